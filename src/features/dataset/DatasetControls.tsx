import { Suspense, lazy, useEffect, useEffectEvent, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isSpreadsheet, SPREADSHEET_TYPES } from '../../data/csv/csv-files';
import { MAX_DATASET_BYTES } from '../../data/load';
import { useModel } from '../../stores/use-model';
import { useDatasetStore } from '../../stores/dataset-store';
import { useFiltersStore } from '../../stores/filters-store';
import { describeCounts, sourceName } from './describe-dataset';
import { ProblemList } from './ProblemList';
import { useDatasetActions } from './use-dataset-loader';
import './dataset.css';

// Reading a spreadsheet and mapping its columns is needed only once one is opened.
const SpreadsheetLoad = lazy(() => import('./SpreadsheetLoad').then((m) => ({ default: m.SpreadsheetLoad })));

// Up to this many records the downloaded JSON is indented for reading; larger ones are kept compact.
const READABLE_RECORDS = 5000;

/** Saves the dataset on screen as a JSON file in the dashboard's format; nothing leaves the browser. */
function downloadJson(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Load dataset" (a JSON dataset, or a CSV or TSV spreadsheet whose columns are then mapped; from
 * the file picker, or dropped anywhere on the page), "Back to bundled data", and the dataset kept
 * in this browser: shown again, downloaded as JSON, or forgotten.
 */
export function DatasetControls() {
  const model = useModel();
  const actions = useDatasetActions();
  const { load } = actions;
  const input = useRef<HTMLInputElement>(null);
  const { active, loading, failure, setFailure, kept } = useDatasetStore(
    useShallow((s) => ({ active: s.active, loading: s.loading, failure: s.failure, setFailure: s.setFailure, kept: s.kept })),
  );
  const [dragging, setDragging] = useState(false);
  const known = useMemo(() => model.dataset.countries.map((c) => ({ code: c.code, name: c.name })), [model]);
  const [spreadsheet, setSpreadsheet] = useState<File | null>(null);

  const loadFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    setFailure(null);
    if (isSpreadsheet(file)) {
      // As for a JSON file: a spreadsheet's dataset is several times its size.
      if (file.size > MAX_DATASET_BYTES) {
        const message = `is ${(file.size / 1024 / 1024).toFixed(1)} MB, larger than the ${(MAX_DATASET_BYTES / 1024 / 1024).toFixed(1)} MB limit`;
        setFailure({ origin: file.name, message: `${file.name} was not loaded: ${message}`, problems: [{ path: '', message }], total: 1 });
      } else setSpreadsheet(file);
    } else {
      setSpreadsheet(null);
      void load({ kind: 'file', name: file.name, file });
    }
  };
  // The drop listener below, added once, calls the latest loadFiles.
  const loadDropped = useEffectEvent(loadFiles);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      loadDropped(e.dataTransfer?.files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const { dataset } = model;
  const shownName = active.kind === 'bundled' ? 'the bundled dataset' : sourceName(active);
  const busy = loading !== null;
  const recordCount = dataset.aid.length + dataset.oil.length + dataset.milestones.length;

  return (
    <section className="dataset" aria-label="Dataset">
      <p className="dataset__current">
        <strong>Data:</strong> {shownName}
        {active.kind === 'kept' ? ' (kept in this browser)' : ''} — {dataset.meta.title}, version {dataset.meta.version} ({describeCounts(dataset)})
      </p>
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
            loadFiles(e.target.files);
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
            <button type="button" onClick={() => void load({ kind: 'kept', name: kept.name, savedAt: kept.savedAt })} disabled={busy}>
              Show {kept.name} again
            </button>
            <button type="button" onClick={() => void actions.forget()} disabled={busy}>
              Forget {kept.name}
            </button>
          </>
        )}
        {active.kind !== 'bundled' && (
          <button type="button" onClick={() => downloadJson(JSON.stringify(dataset, null, recordCount > READABLE_RECORDS ? undefined : 2), `${dataset.meta.title.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'dataset'}.json`)}>
            Download as JSON
          </button>
        )}
        <span className="hint">
          or drop a JSON, CSV or TSV file on the page · <a href={`${import.meta.env.BASE_URL}README.md`}>format</a>
        </span>
      </div>
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
      {failure && (
        <div className="notice notice--error dataset__failure" role="alert">
          <div>
            <p>
              <strong>{failure.origin}</strong> was not loaded; the dashboard still shows {shownName}.
            </p>
            <ProblemList problems={failure.problems} total={failure.total} />
          </div>
          <button type="button" onClick={() => setFailure(null)} aria-label="Dismiss the loading error">
            ×
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a JSON dataset or a CSV or TSV file to load it</p>
        </div>
      )}
    </section>
  );
}
