import { Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ChartFramePlaceContext, type ChartFramePlace } from '../components/chart-frame-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { lightTheme } from '../components/theme';
import { ExportRegistryContext, type ExportSpec } from '../components/export-spec';
import { AidChart } from '../features/aid/AidChart';
import { EMBED_HEIGHT_MESSAGE, dashboardUrl } from '../features/export/embed-link';
import { ExportActions } from '../features/export/ExportActions';
import { OilChart } from '../features/oil/OilChart';
import { useFiltersStore } from '../stores/filters-store';
import { ModelContext, useModelQuery } from '../stores/use-model';
import { DASHBOARD_NAME } from './App';
import { useReconcileCountries } from './use-reconcile-countries';

const Timeline = lazy(() => import('../features/timeline/Timeline').then((m) => ({ default: m.Timeline })));
const AidOverTime = lazy(() => import('../features/aid-over-time/AidOverTime').then((m) => ({ default: m.AidOverTime })));

/** The views an embed page shows, one at a time. */
export const EMBED_VIEWS = ['aid', 'aid-over-time', 'oil', 'milestones'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** The view a link asks for; the aid chart when it names none or one that does not exist. */
export function embeddedView(value: string | null): EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value ?? '') ? (value as EmbedView) : 'aid';
}

const dashboardLink = () => dashboardUrl(window.location.href);
// The embed's one menu: Download, with its sizes and colours.
const actions = (getSpec: () => ExportSpec) => <ExportActions getSpec={getSpec} dashboardName={DASHBOARD_NAME} link={dashboardLink} embeddable={false} menuOnly />;

/** An export registry that tells when a view registers: the timeline is drawn later than the page (its code loads on demand). */
class WatchedRegistry extends Map<string, () => ExportSpec> {
  private listeners = new Set<() => void>();
  override set(key: string, value: () => ExportSpec): this {
    super.set(key, value);
    this.listeners?.forEach((l) => l());
    return this;
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The embed's footer lines: the documents the view's export names, and the notes every exported image
 * gives (how to read the marks, what is not drawn), so an embedded figure carries the caveats the
 * dashboard gives. Read once the view has registered and after each filter change.
 */
function FooterLines({ view, registry }: { view: EmbedView; registry: WatchedRegistry }) {
  const [lines, setLines] = useState<{ sources: string[]; notes: string[] }>({ sources: [], notes: [] });
  useEffect(() => {
    const read = () => {
      const spec = registry.get(view)?.();
      // The chart's own notes (a bar drawn broken) hold at any width the figure is drawn.
      const chartNotes = spec && !spec.empty ? (spec.chart(document.body.clientWidth, lightTheme).notes ?? []) : [];
      setLines({ sources: spec?.sources ?? [], notes: spec ? [...chartNotes, ...spec.notes] : [] });
    };
    read();
    const unwatch = registry.subscribe(read);
    const unsubscribe = useFiltersStore.subscribe(() => requestAnimationFrame(read));
    return () => {
      unwatch();
      unsubscribe();
    };
  }, [registry, view]);
  return (
    <>
      {lines.sources.length > 0 && <p className="embed__sources">{lines.sources.join(' ')}</p>}
      {lines.notes.length > 0 && (
        <p className="embed__notes">
          <span className="chart-frame__label">Note: </span>
          {lines.notes.join(' ')}
        </p>
      )}
    </>
  );
}

/**
 * Tells the page that frames this one how tall its content is, whenever that changes, so the
 * embed snippet's script can size the frame to it. Only the height is sent.
 */
function usePostHeight() {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    // The body's own height: the document's scroll height is never less than the frame, so a frame
    // made taller than its content would never shrink back to it.
    const post = () => window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
}

/**
 * One view of the dashboard for another page's <iframe>: the figure with the link's filters (its
 * title, the chart and a footer with its sources), the Download menu and one link back to the
 * dashboard; no switches. Fits the width it is given and follows the reader's colour scheme, as the
 * dashboard does.
 */
export function EmbedApp({ view }: { view: EmbedView }) {
  usePostHeight();
  const [registry] = useState(() => new WatchedRegistry());
  const query = useModelQuery();
  const model = query.data;
  useReconcileCountries(model);
  const back = dashboardUrl(window.location.href);
  const place = useMemo<ChartFramePlace>(
    () => ({
      embedded: true,
      footer: (
        <>
          <FooterLines view={view} registry={registry} />
          <p className="embed__from">
            {DASHBOARD_NAME} ·{' '}
            <a href={back} target="_blank" rel="noopener">
              Open in the dashboard
            </a>
          </p>
        </>
      ),
    }),
    [view, registry, back],
  );

  let figure: ReactNode = null;
  if (view === 'aid') figure = <AidChart renderActions={actions} />;
  else if (view === 'aid-over-time') figure = <AidOverTime renderActions={actions} />;
  else if (view === 'oil') figure = <OilChart renderActions={actions} />;
  else figure = <Timeline renderActions={actions} />;

  return (
    <div className="embed">
      {query.isPending && <p role="status">Loading the dataset…</p>}
      {query.isError && !model && <p role="alert">The dataset could not be loaded: {query.error.message}</p>}
      {model && (
        <ModelContext.Provider value={model}>
          <ExportRegistryContext.Provider value={registry}>
            <ChartFramePlaceContext.Provider value={place}>
              <ErrorBoundary label="The chart">
                <Suspense fallback={<p role="status">Loading the chart…</p>}>{figure}</Suspense>
              </ErrorBoundary>
            </ChartFramePlaceContext.Provider>
          </ExportRegistryContext.Provider>
        </ModelContext.Provider>
      )}
    </div>
  );
}
