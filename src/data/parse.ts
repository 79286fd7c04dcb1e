import { DatasetError, type DatasetProblem } from './errors';
import type { Dataset } from './schema';

type Reply = { id: number; ok: true; ms?: number } | { id: number; ok: false; problems: DatasetProblem[]; total: number };
type Body = { url: string } | { blob: Blob } | { text: string };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { origin: string; resolve: () => void; reject: (error: Error) => void }>();

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
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'dataset-validator' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if (reply.ok) {
      // The validator's own time, for the benchmarks.
      if (reply.ms !== undefined) performance.measure('dataset:worker-validate', { start: performance.now() - reply.ms, duration: reply.ms });
      job.resolve();
    } else {
      job.reject(new DatasetError(job.origin, reply.problems, reply.total));
    }
    // The validator's memory (its own copy of the data) goes back to the system between loads.
    if (waiting.size === 0) {
      worker?.terminate();
      worker = null;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    failAll(`could not be checked (${event.message || 'the validator stopped'})`);
  };
  return worker;
}

/** Starts the validator early, so its code is loaded before a dataset arrives. */
export function prewarmValidator(): void {
  getWorker();
}

/** Whether datasets are validated on another thread here (not in test environments without workers). */
export function canValidateOffThread(): boolean {
  return getWorker() !== null;
}

/**
 * Asks the validator whether a dataset (fetched by it from a URL, read from a file, or given as text)
 * is valid. Resolves when it is; rejects with a DatasetError naming `origin` and the problems.
 */
export function validateOffThread(body: Body, origin: string): Promise<void> {
  const w = getWorker();
  if (!w) return Promise.reject(new Error('No worker to validate with.'));
  const verdict = new Promise<void>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { origin, resolve, reject });
    w.postMessage({ id, origin, body });
  });
  // Awaited later by the caller; until then a refusal must not count as unhandled.
  verdict.catch(() => {});
  return verdict;
}

/**
 * Parses dataset text here while the validator checks the same data, so the two costs overlap.
 * The data is returned only once the validator has passed it. Without workers the text is
 * validated here. Every failure is a DatasetError naming `origin`.
 */
export async function parseWhileValidating(text: string, origin: string, verdict: Promise<void> | null): Promise<Dataset> {
  if (!verdict) {
    const { parseDatasetText } = await import('./validate');
    return parseDatasetText(text, origin);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
    performance.mark('dataset:parsed');
  } catch {
    // Not JSON: the validator names the problem.
  }
  await verdict;
  return parsed as Dataset;
}
