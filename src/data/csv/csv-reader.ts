// What the spreadsheet worker does: read a spreadsheet and keep its rows, so the page gets only a
// preview to map and, once the mapping is chosen, the finished dataset. Kept apart from the worker's
// wiring (csv-worker.ts) so that the tests, which have no workers, run the very same code.
import type { Table } from './csv-table';
import { readSpreadsheet, type CsvReply, type CsvRequest } from './csv-work';

/** One spreadsheet's reader: it answers each request through `post`, and holds the rows in between. */
export function spreadsheetReader(post: (reply: CsvReply) => void): (request: CsvRequest) => Promise<void> {
  let rows: Table | null = null;
  return async (request) => {
    try {
      if (request.type === 'read') {
        const text = await request.file.text();
        const { table, preview } = readSpreadsheet(text, request.name, (share) => post({ type: 'progress', share }));
        rows = table;
        post({ type: 'preview', preview });
      } else {
        if (!rows) throw new Error('the file has not been read');
        const { tableToDataset } = await import('./csv-to-dataset');
        post({ type: 'mapped', result: tableToDataset(rows, request.choices, request.file) });
      }
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
