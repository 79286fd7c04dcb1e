/// <reference lib="webworker" />
// Validates datasets off the main thread. It answers only whether the data is a valid dataset (and
// why not): the page parses the same bytes itself meanwhile, which is cheaper than copying the data
// back. For a URL it fetches the file itself, so neither side waits for the other.
import { DatasetError } from './errors';
import { parseDatasetText } from './validate';

interface Request {
  id: number;
  origin: string;
  body: { url: string } | { blob: Blob } | { text: string };
}

async function textOf(body: Request['body']): Promise<string> {
  if ('text' in body) return body.text;
  if ('blob' in body) return body.blob.text();
  const response = await fetch(body.url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, origin, body } = event.data;
  try {
    const text = await textOf(body);
    const started = performance.now();
    parseDatasetText(text, origin);
    self.postMessage({ id, ok: true, ms: performance.now() - started });
  } catch (error) {
    const problems = error instanceof DatasetError ? error.problems : [{ path: '', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }];
    const total = error instanceof DatasetError ? error.total : 1;
    self.postMessage({ id, ok: false, problems, total });
  }
};
