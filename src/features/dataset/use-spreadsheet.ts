import { useCallback, useEffect, useRef, useState } from 'react';
import type { MappingChoices } from '../../data/csv/csv-to-dataset';
import type { ResolvedCountry } from '../../data/csv/csv-values';
import type { CsvPreview } from '../../data/csv/csv-work';
import { CancelledError, openSpreadsheet, type CsvSession } from '../../data/csv/csv-session';
import type { DatasetProblem } from '../../data/errors';
import type { Dataset } from '../../data/schema';
import { dateToDay, dayToIso } from '../../model/dates';

/** Where a spreadsheet is on its way in: being read, waiting for its columns to be mapped, or being checked. */
export type SpreadsheetState =
  | { phase: 'reading'; progress: number }
  | { phase: 'mapping' | 'checking'; preview: CsvPreview; problems: { problems: DatasetProblem[]; total: number } | null };

/** What becomes of a spreadsheet: its checked dataset, or why it could not be read. */
export interface SpreadsheetOutcome {
  known: readonly ResolvedCountry[];
  onMapped: (name: string, mapped: { dataset: Dataset; text: string }, notes: string[]) => Promise<void>;
  onFailed: (name: string, message: string) => void;
}

/**
 * Reads a spreadsheet in a worker, holds it while the reader maps its columns, and hands the checked
 * dataset to `onMapped`. Unmounting (Cancel, or another file) stops the worker at once.
 */
export function useSpreadsheet(file: File, outcome: SpreadsheetOutcome) {
  const [state, setState] = useState<SpreadsheetState>({ phase: 'reading', progress: 0 });
  const session = useRef<CsvSession | null>(null);
  const latest = useRef(outcome);
  useEffect(() => {
    latest.current = outcome;
  });

  useEffect(() => {
    const current = openSpreadsheet(file, file.name, (progress) => setState((s) => (s.phase === 'reading' ? { phase: 'reading', progress } : s)));
    session.current = current;
    current.preview.then(
      (preview) => setState({ phase: 'mapping', preview, problems: null }),
      (error: unknown) => {
        if (error instanceof CancelledError) return;
        latest.current.onFailed(file.name, `could not be read as a spreadsheet (${error instanceof Error ? error.message : String(error)})`);
      },
    );
    return () => {
      current.close();
      session.current = null;
    };
  }, [file]);

  const submit = useCallback(
    async (choices: MappingChoices) => {
      const current = session.current;
      if (!current || state.phase !== 'mapping') return;
      const { preview } = state;
      setState({ phase: 'checking', preview, problems: null });
      try {
        const result = await current.map(choices, {
          name: file.name,
          modified: dayToIso(dateToDay(new Date(file.lastModified))),
          known: latest.current.known,
        });
        if (!result.ok) {
          setState({ phase: 'mapping', preview, problems: { problems: result.problems, total: result.total } });
          return;
        }
        await latest.current.onMapped(file.name, result, result.notes);
      } catch (error) {
        if (error instanceof CancelledError) return;
        setState({ phase: 'mapping', preview, problems: { problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }], total: 1 } });
      }
    },
    [file, state],
  );

  return { state, submit };
}
