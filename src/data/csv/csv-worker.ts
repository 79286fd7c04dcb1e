/// <reference lib="webworker" />
// Reads a spreadsheet off the main thread and keeps its rows here, so the page gets only a preview
// to map and, once the mapping is chosen, the finished dataset. Closing the session ends the worker.
import type { Table } from './csv-table';
import { readSpreadsheet, type CsvRequest } from './csv-work';

let rows: Table | null = null;

self.onmessage = async (event: MessageEvent<CsvRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      const text = await request.file.text();
      const { table, preview } = readSpreadsheet(text, request.name, (share) => self.postMessage({ type: 'progress', share }));
      rows = table;
      self.postMessage({ type: 'preview', preview });
    } else {
      if (!rows) throw new Error('the file has not been read');
      const { tableToDataset } = await import('./csv-to-dataset');
      self.postMessage({ type: 'mapped', result: tableToDataset(rows, request.choices, request.file) });
    }
  } catch (error) {
    self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
