import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useModel } from '../../app/model-context';
import { useDatasetStore } from '../../stores/dataset-store';
import { formatInteger } from '../../model/format';
import { sourceName, useDatasetLoader } from './use-dataset-loader';

/** "Load dataset" (file picker, or drop a file anywhere on the page) and "Back to bundled data". */
export function DatasetControls() {
  const model = useModel();
  const load = useDatasetLoader();
  const input = useRef<HTMLInputElement>(null);
  const { active, loading, failure, setFailure } = useDatasetStore(
    useShallow((s) => ({ active: s.active, loading: s.loading, failure: s.failure, setFailure: s.setFailure })),
  );
  const [dragging, setDragging] = useState(false);

  const loadFiles = useCallback(
    (files: FileList | null | undefined) => {
      const file = files?.[0];
      if (file) void load({ kind: 'file', name: file.name, file });
    },
    [load],
  );

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
      loadFiles(e.dataTransfer?.files);
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
  }, [loadFiles]);

  const { dataset } = model;
  // The timeline counts the aid records among its events, so its count is higher than the milestones'.
  const summary = `${formatInteger(dataset.aid.length)} aid records, ${formatInteger(dataset.oil.length)} oil releases, ${formatInteger(dataset.milestones.length)} milestones; the timeline's events are the milestones and the aid records`;

  return (
    <section className="dataset" aria-label="Dataset">
      <p className="dataset__current">
        <strong>Data:</strong> {active.kind === 'bundled' ? 'the bundled dataset' : sourceName(active)} — {dataset.meta.title}, version {dataset.meta.version} ({summary})
      </p>
      <div className="dataset__actions">
        <button type="button" onClick={() => input.current?.click()} disabled={loading !== null}>
          Load dataset
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Dataset file"
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            loadFiles(e.target.files);
            e.target.value = '';
          }}
        />
        {active.kind !== 'bundled' && (
          <button type="button" onClick={() => void load({ kind: 'bundled' })} disabled={loading !== null}>
            Back to bundled data
          </button>
        )}
        <span className="hint">or drop a JSON file on the page · <a href={`${import.meta.env.BASE_URL}README.md`}>format</a></span>
      </div>
      <div role="status" aria-live="polite" className="dataset__status">
        {loading && `Loading ${sourceName(loading)}…`}
      </div>
      {failure && (
        <div className="notice notice--error dataset__failure" role="alert">
          <div>
            <p>
              <strong>{failure.origin}</strong> was not loaded; the dashboard still shows {active.kind === 'bundled' ? 'the bundled dataset' : sourceName(active)}.
            </p>
            <ul>
              {failure.problems.map((p, i) => (
                <li key={i}>
                  {p.path ? <code>{p.path}</code> : null}
                  {p.path ? ': ' : ''}
                  {p.message}
                </li>
              ))}
            </ul>
            {failure.total > failure.problems.length && <p>and {formatInteger(failure.total - failure.problems.length)} more problems.</p>}
          </div>
          <button type="button" onClick={() => setFailure(null)} aria-label="Dismiss the loading error">
            ×
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a JSON dataset to load it</p>
        </div>
      )}
    </section>
  );
}
