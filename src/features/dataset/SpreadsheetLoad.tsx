import { formatShare } from '../../model/format';
import { CsvMapping } from './CsvMapping';
import { useSpreadsheet, type SpreadsheetOutcome } from './use-spreadsheet';

/** Props of a spreadsheet on its way in: the file, what becomes of it, and how to stop. */
export interface SpreadsheetLoadProps extends SpreadsheetOutcome {
  file: File;
  onCancel: () => void;
}

/**
 * A spreadsheet being read (with its progress, once that takes more than a moment, and Cancel),
 * then its column mapping. Loaded only when a spreadsheet is opened.
 */
export function SpreadsheetLoad({ file, onCancel, ...outcome }: SpreadsheetLoadProps) {
  const { state, submit } = useSpreadsheet(file, outcome);
  if (state.phase === 'reading') {
    return (
      <div className="dataset__progress" role="status">
        Reading {file.name}… <progress max={1} value={state.progress} aria-label={`Reading ${file.name}`} /> {formatShare(state.progress)}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <CsvMapping
      name={file.name}
      preview={state.preview}
      problems={state.problems}
      busy={state.phase === 'checking'}
      onSubmit={(choices) => void submit(choices)}
      onCancel={onCancel}
    />
  );
}
