import { DatasetError, type DatasetProblem } from './errors';
import type { Dataset } from './schema';

type Reply = { id: number; ok: true; data: Dataset } | { id: number; ok: false; problems: DatasetProblem[]; total: number };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { origin: string; resolve: (data: Dataset) => void; reject: (error: Error) => void }>();

function failAll(message: string) {
  for (const [id, job] of waiting) {
    job.reject(new DatasetError(job.origin, [{ path: '', message }]));
    waiting.delete(id);
  }
}

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'dataset-parser' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if (reply.ok) job.resolve(reply.data);
    else job.reject(new DatasetError(job.origin, reply.problems, reply.total));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    failAll(`could not be checked (${event.message || 'the validator stopped'})`);
  };
  return worker;
}

/**
 * Parses and validates dataset text (or a file) off the main thread; where workers are not
 * available it does the same work here. Every failure is a DatasetError naming `origin`.
 */
export async function parseDatasetOffThread(body: string | Blob, origin: string): Promise<Dataset> {
  const w = getWorker();
  if (!w) {
    const { parseDatasetText } = await import('./validate');
    return parseDatasetText(typeof body === 'string' ? body : await body.text(), origin);
  }
  return new Promise<Dataset>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { origin, resolve, reject });
    w.postMessage({ id, origin, body });
  });
}
