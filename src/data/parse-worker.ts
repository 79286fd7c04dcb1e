/// <reference lib="webworker" />
// Validates datasets off the main thread, so a large file does not freeze the page.
import { DatasetError } from './errors';
import { parseDatasetText } from './validate';

interface Request {
  id: number;
  origin: string;
  body: string | Blob;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, origin, body } = event.data;
  try {
    const text = typeof body === 'string' ? body : await body.text();
    const data = parseDatasetText(text, origin);
    self.postMessage({ id, ok: true, data });
  } catch (error) {
    const problems = error instanceof DatasetError ? error.problems : [{ path: '', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }];
    const total = error instanceof DatasetError ? error.total : 1;
    self.postMessage({ id, ok: false, problems, total });
  }
};
