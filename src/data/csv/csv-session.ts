import type { FileFacts, MappedResult, MappingChoices } from './csv-to-dataset';
import type { CsvPreview, CsvReply, CsvRequest } from './csv-work';

/** One spreadsheet being read and mapped; `close` stops the work at once. */
export interface CsvSession {
  /** The preview for the mapping step, once the file is read. */
  preview: Promise<CsvPreview>;
  /** Maps and checks every row with the reader's choices. */
  map: (choices: MappingChoices, file: FileFacts) => Promise<MappedResult>;
  close: () => void;
}

/** Thrown by a session's promises once it is closed (the reader cancelled). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Opens a spreadsheet in its own worker, which parses it and keeps its rows while the reader maps the columns. */
export function openSpreadsheet(file: Blob, name: string, onProgress: (share: number) => void): CsvSession {
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module', name: 'spreadsheet-reader' });
  let closed = false;
  let pending: { resolve: (reply: CsvReply) => void; reject: (error: Error) => void } | null = null;
  worker.onmessage = (event: MessageEvent<CsvReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply.share);
    else if (reply.type === 'failed') pending?.reject(new Error(reply.message));
    else pending?.resolve(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    pending?.reject(new Error(event.message || 'the spreadsheet reader stopped'));
  };
  const ask = (request: CsvRequest) =>
    new Promise<CsvReply>((resolve, reject) => {
      if (closed) return reject(new CancelledError());
      pending = { resolve, reject };
      worker.postMessage(request);
    });
  return {
    preview: ask({ type: 'read', file, name }).then((r) => (r.type === 'preview' ? r.preview : Promise.reject(new Error('unexpected reply')))),
    map: (choices, facts) => ask({ type: 'map', choices, file: facts }).then((r) => (r.type === 'mapped' ? r.result : Promise.reject(new Error('unexpected reply')))),
    close: () => {
      closed = true;
      worker.terminate();
      pending?.reject(new CancelledError());
      pending = null;
    },
  };
}
