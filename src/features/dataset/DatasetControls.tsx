import { Suspense, lazy, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isSpreadsheet, SPREADSHEET_TYPES } from '../../data/csv/csv-files';
import { MAX_DATASET_BYTES } from '../../data/load';
import type { Dataset } from '../../data/schema';
import { useModel } from '../../stores/use-model';
import { useDatasetStore, type LoadFailure } from '../../stores/dataset-store';
import { useFiltersStore } from '../../stores/filters-store';
import { describeCounts, sourceName } from './describe-dataset';
import { ProblemList } from './ProblemList';
import { useFileDrop } from './use-file-drop';
import { useDatasetActions, type DatasetActions } from './use-dataset-loader';
import './dataset.css';

// Reading a spreadsheet and mapping its columns is needed only once one is opened.
const SpreadsheetLoad = lazy(() => import('./SpreadsheetLoad').then((m) => ({ default: m.SpreadsheetLoad })));

// Up to this many records the downloaded JSON is indented for reading; larger ones are kept compact.
const READABLE_RECORDS = 5000;

/** Saves the dataset on screen as a JSON file in the dashboard's format; nothing leaves the browser. */
function downloadJson(dataset: Dataset) {
  const records = dataset.aid.length + dataset.oil.length + dataset.milestones.length;
  const text = JSON.stringify(dataset, null, records > READABLE_RECORDS ? undefined : 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${dataset.meta.title.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'dataset'}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What a file over the size limit is told, before it is read. */
function tooLarge(file: File): LoadFailure {
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const message = `is ${megabytes(file.size)} MB, larger than the ${megabytes(MAX_DATASET_BYTES)} MB limit`;
  return { origin: file.name, message: `${file.name} was not loaded: ${message}`, problems: [{ path: '', message }], total: 1 };
}

/** The buttons: load a file, back to the bundled data, the kept dataset shown again or forgotten, download. */
function DatasetButtons({ actions, onFiles }: { actions: DatasetActions; onFiles: (files: FileList | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const model = useModel();
  const { active, loading, kept } = useDatasetStore(useShallow((s) => ({ active: s.active, loading: s.loading, kept: s.kept })));
  const busy = loading !== null;
  return (
    <div className="dataset__actions">
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>
        Load dataset
      </button>
      <input
        ref={input}
        type="file"
        accept={`.json,application/json,${SPREADSHEET_TYPES}`}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Dataset file"
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          onFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {active.kind !== 'bundled' && (
        <button type="button" onClick={actions.back} disabled={busy}>
          Back to bundled data
        </button>
      )}
      {active.kind === 'kept' && (
        <button type="button" onClick={() => void actions.forget()} disabled={busy}>
          Forget this dataset
        </button>
      )}
      {active.kind === 'bundled' && kept && (
        <>
          <button type="button" onClick={() => void actions.load({ kind: 'kept', name: kept.name, savedAt: kept.savedAt })} disabled={busy}>
            Show {kept.name} again
          </button>
          <button type="button" onClick={() => void actions.forget()} disabled={busy}>
            Forget {kept.name}
          </button>
        </>
      )}
      {active.kind !== 'bundled' && (
        <button type="button" onClick={() => downloadJson(model.dataset)}>
          Download as JSON
        </button>
      )}
      <span className="hint">
        or drop a JSON, CSV or TSV file on the page · <a href={`${import.meta.env.BASE_URL}README.md`}>format</a>
      </span>
    </div>
  );
}

/** Why the last file was refused, while the dashboard shows what it had. */
function FailureNotice({ failure, shownName, onDismiss }: { failure: LoadFailure; shownName: string; onDismiss: () => void }) {
  return (
    <div className="notice notice--error dataset__failure" role="alert">
      <div>
        <p>
          <strong>{failure.origin}</strong> was not loaded; the dashboard still shows {shownName}.
        </p>
        <ProblemList problems={failure.problems} total={failure.total} />
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss the loading error">
        ×
      </button>
    </div>
  );
}

/**
 * "Load dataset" (a JSON dataset, or a CSV or TSV spreadsheet whose columns are then mapped; from
 * the file picker, or dropped anywhere on the page), "Back to bundled data", and the dataset kept
 * in this browser: shown again, downloaded as JSON, or forgotten.
 */
export function DatasetControls() {
  const model = useModel();
  const actions = useDatasetActions();
  const { active, loading, failure, setFailure } = useDatasetStore(useShallow((s) => ({ active: s.active, loading: s.loading, failure: s.failure, setFailure: s.setFailure })));
  const known = useMemo(() => model.dataset.countries.map((c) => ({ code: c.code, name: c.name })), [model]);
  const [spreadsheet, setSpreadsheet] = useState<File | null>(null);

  const loadFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    setFailure(null);
    // As for a JSON file: a spreadsheet's dataset is several times its size.
    if (isSpreadsheet(file)) {
      if (file.size > MAX_DATASET_BYTES) setFailure(tooLarge(file));
      else setSpreadsheet(file);
    } else {
      setSpreadsheet(null);
      void actions.load({ kind: 'file', name: file.name, file });
    }
  };
  const dragging = useFileDrop(loadFiles);

  const { dataset } = model;
  const shownName = active.kind === 'bundled' ? 'the bundled dataset' : sourceName(active);
  return (
    <section className="dataset" aria-label="Dataset">
      <p className="dataset__current">
        <strong>Data:</strong> {shownName}
        {active.kind === 'kept' ? ' (kept in this browser)' : ''} — {dataset.meta.title}, version {dataset.meta.version} ({describeCounts(dataset)})
      </p>
      <DatasetButtons actions={actions} onFiles={loadFiles} />
      <div role="status" aria-live="polite" className="dataset__status">
        {loading && `Loading ${sourceName(loading)}…`}
      </div>
      {spreadsheet && (
        <Suspense fallback={<p className="dataset__progress">Opening {spreadsheet.name}…</p>}>
          <SpreadsheetLoad
            key={`${spreadsheet.name}-${spreadsheet.lastModified}-${spreadsheet.size}`}
            file={spreadsheet}
            known={known}
            onCancel={() => setSpreadsheet(null)}
            onFailed={(name, message) => {
              setSpreadsheet(null);
              setFailure({ origin: name, message: `${name} was not loaded: ${message}`, problems: [{ path: '', message }], total: 1 });
            }}
            onMapped={async (name, mapped, notes) => {
              await actions.showMapped(name, mapped);
              setSpreadsheet(null);
              useFiltersStore.getState().addNotices(notes);
            }}
          />
        </Suspense>
      )}
      {failure && <FailureNotice failure={failure} shownName={shownName} onDismiss={() => setFailure(null)} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a JSON dataset or a CSV or TSV file to load it</p>
        </div>
      )}
    </section>
  );
}
