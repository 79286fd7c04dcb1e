import { Suspense, lazy, useContext, useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ExportRegistryContext, type ExportRegistry, type ExportSpec } from '../components/export-spec';
import { AidChart } from '../features/aid/AidChart';
import { EMBED_HEIGHT_MESSAGE, dashboardUrl } from '../features/export/embed-link';
import { ExportActions } from '../features/export/ExportActions';
import { OilChart } from '../features/oil/OilChart';
import { useFiltersStore } from '../stores/filters-store';
import { ModelContext, useModelQuery } from '../stores/use-model';
import { DASHBOARD_NAME } from './App';
import { useReconcileCountries } from './use-reconcile-countries';

const Timeline = lazy(() => import('../features/timeline/Timeline').then((m) => ({ default: m.Timeline })));

/** The views an embed page shows, one at a time. */
export const EMBED_VIEWS = ['aid', 'oil', 'milestones'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** The view a link asks for; the aid chart when it names none or one that does not exist. */
export function embeddedView(value: string | null): EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value ?? '') ? (value as EmbedView) : 'aid';
}

const dashboardLink = () => dashboardUrl(window.location.href);
const actions = (getSpec: () => ExportSpec) => <ExportActions getSpec={getSpec} dashboardName={DASHBOARD_NAME} link={dashboardLink} embeddable={false} />;

/** The source line under the figure: the documents its export names, read once the view has registered it. */
function SourceLine({ view }: { view: EmbedView }) {
  const registry = useContext(ExportRegistryContext);
  const [sources, setSources] = useState<string[]>([]);
  useEffect(() => {
    const read = () => setSources(registry?.get(view)?.().sources ?? []);
    read();
    return useFiltersStore.subscribe(() => requestAnimationFrame(read));
  }, [registry, view]);
  return (
    <p className="embed__sources">
      {sources.length ? sources.join(' ') : 'Every figure is quoted from its source.'}
    </p>
  );
}

/**
 * Tells the page that frames this one how tall its content is, whenever that changes, so the
 * embed snippet's script can size the frame to it. Only the height is sent.
 */
function usePostHeight() {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    const post = () => window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
}

/**
 * One view of the dashboard for another page's <iframe>: a compact header, the figure with the
 * link's filters, its source line and a link back to the full dashboard. Fits the width it is
 * given and follows the reader's colour scheme, as the dashboard does.
 */
export function EmbedApp({ view }: { view: EmbedView }) {
  usePostHeight();
  const [registry] = useState<ExportRegistry>(() => new Map());
  const query = useModelQuery();
  const model = query.data;
  useReconcileCountries(model);
  const back = dashboardUrl(window.location.href);

  let figure: ReactNode = null;
  if (view === 'aid') figure = <AidChart renderActions={actions} />;
  else if (view === 'oil') figure = <OilChart renderActions={actions} />;
  else figure = <Timeline renderActions={actions} />;

  return (
    <div className="embed">
      <header className="embed__header">
        <a href={back} target="_blank" rel="noopener">
          {DASHBOARD_NAME}
        </a>
      </header>
      {query.isPending && <p role="status">Loading the dataset…</p>}
      {query.isError && !model && <p role="alert">The dataset could not be loaded: {query.error.message}</p>}
      {model && (
        <ModelContext.Provider value={model}>
          <ExportRegistryContext.Provider value={registry}>
            <ErrorBoundary label="The chart">
              <Suspense fallback={<p role="status">Loading the chart…</p>}>{figure}</Suspense>
            </ErrorBoundary>
            <footer className="embed__footer">
              <SourceLine view={view} />
              <a href={back} target="_blank" rel="noopener">
                Open the full dashboard with these filters
              </a>
            </footer>
          </ExportRegistryContext.Provider>
        </ModelContext.Provider>
      )}
    </div>
  );
}
