import { guessKind, matchHeaders, RECORD_KINDS, type ColumnMapping, type RecordKind } from './csv-fields';
import type { FileFacts, MappedResult, MappingChoices } from './csv-to-dataset';
import { delimiterForName, readTable, type Table } from './csv-table';

/** How many rows the mapping step previews. */
export const PREVIEW_ROWS = 5;

/** What the mapping step needs to know about a spreadsheet that has been read. */
export interface CsvPreview {
  headers: string[];
  /** The first rows, as the file has them. */
  rows: { row: number; cells: string[] }[];
  rowCount: number;
  delimiter: string;
  kind: RecordKind;
  /** The columns matched by their headers, for each kind. */
  mappings: Record<RecordKind, ColumnMapping>;
}

/** A request to the spreadsheet worker. */
export type CsvRequest = { type: 'read'; file: Blob; name: string } | { type: 'map'; choices: MappingChoices; file: FileFacts };

/** A reply from the spreadsheet worker. */
export type CsvReply =
  | { type: 'progress'; share: number }
  | { type: 'preview'; preview: CsvPreview }
  | { type: 'mapped'; result: MappedResult }
  | { type: 'failed'; message: string };

/** Reads spreadsheet text and prepares the mapping step: headers, the first rows, the columns matched. */
export function readSpreadsheet(text: string, name: string, onProgress?: (share: number) => void): { table: Table; preview: CsvPreview } {
  const table = readTable(text, { delimiter: delimiterForName(name), onProgress });
  const kind = guessKind(table.headers);
  const mappings = Object.fromEntries(RECORD_KINDS.map((k) => [k, matchHeaders(table.headers, k)])) as Record<RecordKind, ColumnMapping>;
  const preview: CsvPreview = {
    headers: table.headers,
    rows: table.rows.slice(0, PREVIEW_ROWS),
    rowCount: table.rows.length,
    delimiter: table.delimiter,
    kind,
    mappings,
  };
  return { table, preview };
}
