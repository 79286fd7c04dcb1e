import { Suspense, lazy, useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ExportRegistryContext, type ExportRegistry, type ExportSpec } from '../components/export-spec';
import { AidChart } from '../features/aid/AidChart';
import { BUNDLED_TEXT, describeDataset, sourceName } from '../features/dataset/describe-dataset';
import { useRestoreKept } from '../features/dataset/use-restore-kept';
import { sourceKey } from '../data/load';
import { ExportActions } from '../features/export/ExportActions';
import { HeaderActions } from '../features/export/HeaderActions';
import { FilterPanel } from '../features/filters/FilterPanel';
import type { DatasetModel } from '../model/dataset-model';
import { toLoadFailure, useDatasetStore, writeDataParam } from '../stores/dataset-store';
import { ModelContext, useModelQuery } from '../stores/use-model';
import { useUrlSync } from '../stores/use-url-sync';
import { Notices } from './Notices';
import { useReconcileCountries } from './use-reconcile-countries';

/** The dashboard's name on the bundled data, shown in the header and on exported images. */
export const DASHBOARD_NAME = BUNDLED_TEXT.title;

// The timeline (d3-zoom, d3-brush and their kin) is its own chunk, fetched alongside the dataset.
const loadTimeline = () => import('../features/timeline/Timeline').then((m) => ({ default: m.Timeline }));
const Timeline = lazy(loadTimeline);
// Stated aid over time loads on demand, as the timeline does: it is not needed for the first paint.
const AidOverTime = lazy(() => import('../features/aid-over-time/AidOverTime').then((m) => ({ default: m.AidOverTime })));
if (typeof window !== 'undefined') void loadTimeline();
// The oil chart, below the aid views, is fetched alongside the dataset too: with the aid chart's
// value words and the link's schema in the first script, it would take that script past its
// budget (123 kB gzip with it, 120 kB allowed).
const loadOilChart = () => import('../features/oil/OilChart').then((m) => ({ default: m.OilChart }));
const OilChart = lazy(loadOilChart);
if (typeof window !== 'undefined') void loadOilChart();
// So are the dataset controls (a file of your own, the spreadsheet mapping): they are drawn with the
// views, once the data is in, and the page's first script stays within its budget (120 kB gzip)
// with the link's schema in it.
const loadDatasetControls = () => import('../features/dataset/DatasetControls').then((m) => ({ default: m.DatasetControls }));
const DatasetControls = lazy(loadDatasetControls);
if (typeof window !== 'undefined') void loadDatasetControls();

/** The frame of a view whose code is still loading. */
function ViewLoading({ title }: { title: string }) {
  return (
    <section className="chart-frame" aria-busy="true" aria-label={`${title}: loading`}>
      <h2 className="chart-frame__title">{title}</h2>
      <div className="skeleton skeleton--chart" />
    </section>
  );
}

/** A view whose code loads on demand: its frame while it loads, and a message, not a blank page, if it fails. */
function LazyView({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  return (
    <ErrorBoundary label={label}>
      <Suspense fallback={<ViewLoading title={title} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** The loaded dataset's model and the export registry, for everything below. */
function Loaded({ model, registry, children }: { model: DatasetModel; registry: ExportRegistry; children: ReactNode }) {
  return (
    <ModelContext.Provider value={model}>
      <ExportRegistryContext.Provider value={registry}>{children}</ExportRegistryContext.Provider>
    </ModelContext.Provider>
  );
}

/**
 * A dataset a link asked for (`?data=`) that cannot be loaded leaves nothing to show: say why and
 * show the bundled dataset instead, without the broken parameter.
 */
function useFallBackToBundled(error: Error | null) {
  useEffect(() => {
    if (!error) return;
    const store = useDatasetStore.getState();
    const origin = store.active.kind === 'bundled' ? 'the dataset' : sourceName(store.active);
    store.setFailure(toLoadFailure(error, origin));
    store.setActive({ kind: 'bundled' });
    writeDataParam({ kind: 'bundled' });
  }, [error]);
}

/** While the dataset loads, or when it cannot be loaded: say so, with a way to try again. */
function LoadState({ query, shown }: { query: ReturnType<typeof useModelQuery>; shown: boolean }) {
  return (
    <>
      {(query.isPending || (query.data && !shown)) && (
        <div className="loading" role="status">
          <p>Loading the dataset…</p>
          <div className="skeleton" aria-hidden="true" />
        </div>
      )}
      {query.isError && !shown && (
        <section className="load-error" role="alert">
          <h2>The dataset could not be loaded</h2>
          <p>{query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </section>
      )}
    </>
  );
}

/** The filters, the four linked views, and the dataset panel. */
function Views({ exportActions }: { exportActions: (getSpec: () => ExportSpec) => ReactNode }) {
  return (
    <>
      <div className="layout">
        <aside className="layout__filters">
          <FilterPanel />
        </aside>
        <main className="layout__views" id="charts" tabIndex={-1}>
          <ErrorBoundary label="The aid chart">
            <AidChart renderActions={exportActions} />
          </ErrorBoundary>
          <LazyView label="The chart of aid stated over time" title="Stated aid over time">
            <AidOverTime renderActions={exportActions} />
          </LazyView>
          <LazyView label="The oil chart" title="Oil released from emergency stocks">
            <OilChart renderActions={exportActions} />
          </LazyView>
          <LazyView label="The milestones timeline" title="Partnership milestones">
            <Timeline renderActions={exportActions} />
          </LazyView>
        </main>
      </div>
      {/* What the dashboard shows, its version and counts, and loading a dataset of one's own. */}
      <div className="dataset-panel" id="dataset">
        <Suspense fallback={null}>
          <DatasetControls />
        </Suspense>
      </div>
    </>
  );
}

/** The dashboard: header, filters, and the four linked views. */
export function App() {
  useUrlSync();
  const [registry] = useState<ExportRegistry>(() => new Map());
  useRestoreKept();
  const active = useDatasetStore((s) => s.active);
  const failure = useDatasetStore((s) => s.failure);
  const query = useModelQuery();
  const loaded = query.data;
  // The views are drawn in a transition: React renders them a few milliseconds at a time and lets
  // the browser in between. Drawn at once when the data arrived, they were the load's longest task;
  // at 4× CPU slowdown the longest task after the data arrives went from a median of 367 ms to 150
  // ms (bundled data; 235 to 121 ms at 10k records), the views showing no later
  // (docs/performance.md).
  // Only the first time: a dataset loaded later replaces the one shown at once, as the header's
  // account of it does.
  const deferred = useDeferredValue(loaded);
  const model = deferred ? loaded : undefined;
  useReconcileCountries(model);
  useEffect(() => {
    // Read by the benchmarks: the dataset's views are on the page.
    if (model) performance.mark('dataset:shown');
  }, [model]);
  useFallBackToBundled(active.kind !== 'bundled' && query.isError ? query.error : null);
  // The page speaks of the data it shows: the bundled wording only for the bundled data.
  const text = useMemo(() => (active.kind === 'bundled' || !model ? BUNDLED_TEXT : describeDataset(model)), [active.kind, model]);
  const title = model || active.kind === 'bundled' ? text.title : sourceName(active);
  const exportActions = useCallback((getSpec: () => ExportSpec) => <ExportActions getSpec={getSpec} dashboardName={text.title} />, [text.title]);
  // Everything below starts afresh with each dataset (zoom, open tables, an old "Saved …" notice).
  const datasetKey = sourceKey(active).join('\u0000');

  return (
    <div className="app">
      <a className="skip-link" href="#charts">
        Skip to the charts
      </a>
      <header className="app-header">
        <h1>{title}</h1>
        {(model || active.kind === 'bundled') && <p className="app-header__lede">{text.intro}</p>}
        {model && (
          <Loaded key={datasetKey} model={model} registry={registry}>
            <div className="app-header__bar">
              <HeaderActions dashboardName={text.title} />
            </div>
          </Loaded>
        )}
        {failure && (
          <p className="app-header__failure">
            {failure.origin} was not loaded: <a href="#dataset">the dataset panel</a> says why.
          </p>
        )}
      </header>
      {/* Shown with the views, not above the loading state: the header's bar arrives with them and
          would push notices already on the screen down (a layout shift of 0.026 on a phone). */}
      {(model || query.isError) && <Notices />}
      <LoadState query={query} shown={Boolean(model)} />
      {model && (
        <Loaded key={datasetKey} model={model} registry={registry}>
          <Views exportActions={exportActions} />
        </Loaded>
      )}
      <footer className="app-footer">
        <p>{text.sources}</p>
      </footer>
    </div>
  );
}
