import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FIELDS, missingFields, RECORD_KIND_LABELS, RECORD_KINDS, type ColumnMapping, type FieldName, type RecordKind } from '../../data/csv/csv-fields';
import type { MappingChoices } from '../../data/csv/csv-to-dataset';
import type { CsvPreview } from '../../data/csv/csv-work';
import type { DatasetProblem } from '../../data/errors';
import { listInWords } from '../../model/dataset-model';
import { formatInteger } from '../../model/format';
import { countOf } from './describe-dataset';
import { ProblemList } from './ProblemList';
import './dataset.css';

/** Props of the mapping step: the file's preview, the problems of the last try, and what to do next. */
export interface CsvMappingProps {
  name: string;
  preview: CsvPreview;
  problems: { problems: DatasetProblem[]; total: number } | null;
  /** True while every row is being checked. */
  busy: boolean;
  onSubmit: (choices: MappingChoices) => void;
  onCancel: () => void;
}

const DELIMITERS: Record<string, string> = { ',': 'commas', '\t': 'tabs', ';': 'semicolons', '|': 'vertical bars' };

/** A field moved to a column takes it from whichever field had it. */
function withColumn(mapping: ColumnMapping, field: FieldName, column: number | undefined): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [f, c] of Object.entries(mapping) as [FieldName, number][]) if (c !== column && f !== field) next[f] = c;
  if (column !== undefined) next[field] = column;
  return next;
}

/** Which column fills each field of the kind of record chosen; choosing one for a field takes it from the field that had it. */
function ColumnChoices({ id, kind, headers, mapping, onChange }: { id: string; kind: RecordKind; headers: readonly string[]; mapping: ColumnMapping; onChange: (field: FieldName, column: number | undefined) => void }) {
  return (
    <>
      <legend>Columns</legend>
      {FIELDS[kind].map((f) => (
        <div key={f.name} className="csv-mapping__field">
          <label htmlFor={`${id}-${f.name}`}>
            {f.label}
            {f.required && (
              <>
                {' '}
                <span className="csv-mapping__needed">(needed)</span>
              </>
            )}
          </label>
          <select id={`${id}-${f.name}`} value={mapping[f.name] ?? ''} aria-describedby={`${id}-${f.name}-hint`} onChange={(e) => onChange(f.name, e.target.value === '' ? undefined : Number(e.target.value))}>
            <option value="">— not in the file —</option>
            {headers.map((h, i) => (
              <option key={i} value={i}>
                {h || `column ${i + 1}`}
              </option>
            ))}
          </select>
          <span id={`${id}-${f.name}-hint`} className="hint">
            {f.hint}
          </span>
        </div>
      ))}
    </>
  );
}

/** The first rows as the file has them, each column headed by the field it fills. */
function PreviewRows({ preview, kind, mapping }: { preview: CsvPreview; kind: RecordKind; mapping: ColumnMapping }) {
  const fieldOf = (column: number) => FIELDS[kind].find((f) => mapping[f.name] === column);
  return (
    <div className="csv-mapping__preview" role="region" aria-label="The first rows" tabIndex={0}>
      <table>
        <caption>
          The first {countOf(preview.rows.length, 'row', 'rows')}
          {preview.rowCount > preview.rows.length ? ` of ${formatInteger(preview.rowCount)}` : ''}, as they will be read
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {preview.headers.map((h, i) => (
              <th key={i} scope="col">
                {h || `column ${i + 1}`}
                <span className="csv-mapping__as">{fieldOf(i) ? `→ ${fieldOf(i)!.label}` : 'not read'}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row">{r.row}</th>
              {preview.headers.map((_, i) => (
                <td key={i}>{r.cells[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The choices besides the columns: the kind of record, the dataset's title, and how amounts count when no column says. */
function RecordChoices({ choices, busy, onChange }: { choices: Omit<MappingChoices, 'mapping'> & { basisAsked: boolean }; busy: boolean; onChange: (change: Partial<Omit<MappingChoices, 'mapping'>>) => void }) {
  return (
    <div className="csv-mapping__top">
      <label>
        The file holds{' '}
        <select value={choices.kind} onChange={(e) => onChange({ kind: e.target.value as RecordKind })} disabled={busy}>
          {RECORD_KINDS.map((k) => (
            <option key={k} value={k}>
              {RECORD_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title <input type="text" value={choices.title} onChange={(e) => onChange({ title: e.target.value })} maxLength={300} disabled={busy} />
      </label>
      {choices.basisAsked && (
        <label>
          Each amount is{' '}
          <select value={choices.basis} onChange={(e) => onChange({ basis: e.target.value as MappingChoices['basis'] })} disabled={busy}>
            <option value="increment">new aid (amounts add up)</option>
            <option value="total">a running total (replaces the one before)</option>
          </select>
        </label>
      )}
    </div>
  );
}

/**
 * The column-mapping step for a spreadsheet: which kind of record it holds, which column fills
 * which field (matched from the headers, changeable), and the first rows as they will be read.
 * Nothing is loaded until every row passes.
 */
export function CsvMapping({ name, preview, problems, busy, onSubmit, onCancel }: CsvMappingProps) {
  const id = useId();
  const [choices, setChoices] = useState<Omit<MappingChoices, 'mapping'>>({ kind: preview.kind, title: name.replace(/\.[^.]+$/, ''), basis: 'increment' });
  const [mappings, setMappings] = useState(preview.mappings);
  const heading = useRef<HTMLHeadingElement>(null);
  // The step appears in answer to choosing a file: it takes the focus, so a keyboard or screen reader is there too.
  useEffect(() => heading.current?.focus(), []);
  const { kind } = choices;
  const mapping = mappings[kind];
  const missing = missingFields(mapping, kind);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!missing.length && !busy) onSubmit({ ...choices, mapping });
  };

  return (
    <section className="csv-mapping" role="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-about`} onKeyDown={(e: KeyboardEvent) => e.key === 'Escape' && onCancel()}>
      <h2 id={`${id}-title`} className="csv-mapping__title" ref={heading} tabIndex={-1}>
        Map the columns of {name}
      </h2>
      <p id={`${id}-about`} className="csv-mapping__about">
        {countOf(preview.rowCount, 'row', 'rows')} under a header of {countOf(preview.headers.length, 'column', 'columns')}, separated by {DELIMITERS[preview.delimiter] ?? `“${preview.delimiter}”`}. Choose which column fills each field; the columns were matched by their
        headers. Nothing leaves this browser.
      </p>
      <form onSubmit={submit}>
        <RecordChoices choices={{ ...choices, basisAsked: kind === 'aid' && mapping.basis === undefined }} busy={busy} onChange={(change) => setChoices((c) => ({ ...c, ...change }))} />
        <fieldset className="csv-mapping__fields" disabled={busy}>
          <ColumnChoices id={id} kind={kind} headers={preview.headers} mapping={mapping} onChange={(field, column) => setMappings((m) => ({ ...m, [kind]: withColumn(m[kind], field, column) }))} />
        </fieldset>
        <PreviewRows preview={preview} kind={kind} mapping={mapping} />
        {problems && (
          <div className="notice notice--error csv-mapping__problems" role="alert">
            <div>
              <p>
                <strong>{name}</strong> was not loaded; the dashboard still shows the data it had. Fix the file or the mapping and try again:
              </p>
              <ProblemList problems={problems.problems} total={problems.total} />
            </div>
          </div>
        )}
        {missing.length > 0 && <p className="hint">Choose a column for {listInWords(missing.map((f) => f.label))} to load the file.</p>}
        <div className="csv-mapping__actions">
          <button type="submit" className="button--primary" disabled={busy || missing.length > 0}>
            Load the file
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          {busy && (
            <span className="csv-mapping__busy" role="status">
              Checking {countOf(preview.rowCount, 'row', 'rows')}… <progress aria-label={`Checking ${name}`} />
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
