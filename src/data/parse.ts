import { DatasetError, type DatasetProblem } from './errors';
import type { AidRecord, Dataset, Milestone, OilRelease } from './schema';

/** What the checker is asked: the dataset's text, or a file to read. */
export interface CheckRequest {
  id: number;
  origin: string;
  body: { text: string } | { blob: Blob };
}

/** Some of the records of a checked dataset. */
export interface RecordPart {
  aid?: AidRecord[];
  oil?: OilRelease[];
  milestones?: Milestone[];
}

/**
 * The checker's answer: the dataset the schema gave, without its records (with when it was parsed
 * and checked), followed by `parts` messages of its records; or the problems.
 */
export type CheckReply =
  | { id: number; ok: true; head: Dataset; parts: number; parsedAt: number; checkedAt: number }
  | { id: number; part: RecordPart }
  | { id: number; ok: false; problems: DatasetProblem[]; total: number };

interface Job {
  origin: string;
  resolve: (data: Dataset) => void;
  reject: (error: Error) => void;
  /** The dataset as it arrives, and how many parts of it are still to come. */
  received?: { data: Dataset; left: number };
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, Job>();

function failAll(message: string) {
  for (const [id, job] of waiting) {
    job.reject(new DatasetError(job.origin, [{ path: '', message }]));
    waiting.delete(id);
  }
}

/** Marks, on the page's performance timeline, when the checker had parsed and checked the data (read by the benchmarks). */
function markTimes(reply: { parsedAt: number; checkedAt: number }) {
  const at = (time: number) => time - performance.timeOrigin;
  performance.mark('dataset:parsed', { startTime: at(reply.parsedAt) });
  performance.measure('dataset:worker-validate', { start: at(reply.parsedAt), end: at(reply.checkedAt) });
}

/** Ends a job; the checker's memory goes back to the system between loads. */
function finish(id: number, settle: () => void) {
  waiting.delete(id);
  settle();
  if (waiting.size === 0) {
    worker?.terminate();
    worker = null;
  }
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'dataset-validator' });
  worker.onmessage = (event: MessageEvent<CheckReply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (!job) return;
    if ('part' in reply) {
      if (!job.received) return;
      const { data } = job.received;
      data.aid.push(...(reply.part.aid ?? []));
      data.oil.push(...(reply.part.oil ?? []));
      data.milestones.push(...(reply.part.milestones ?? []));
      job.received.left--;
    } else if (reply.ok) {
      markTimes(reply);
      job.received = { data: reply.head, left: reply.parts };
    } else {
      finish(reply.id, () => job.reject(new DatasetError(job.origin, reply.problems, reply.total)));
      return;
    }
    if (job.received.left === 0) finish(reply.id, () => job.resolve(job.received!.data));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    failAll(`could not be checked (${event.message || 'the validator stopped'})`);
  };
  return worker;
}

/** Starts the checker early, so its code is loaded before a dataset arrives. */
export function prewarmValidator(): void {
  try {
    getWorker();
  } catch {
    // Said when a dataset is checked.
  }
}

/**
 * Parses and checks a dataset (its text, or a file) on another thread, and resolves with what the
 * schema gave; rejects with a DatasetError naming `origin` and the problems. The schema and zod
 * stay out of the page's own code: they load with the worker.
 */
export function checkOffThread(body: CheckRequest['body'], origin: string): Promise<Dataset> {
  return new Promise<Dataset>((resolve, reject) => {
    let w: Worker;
    try {
      w = getWorker();
    } catch (error) {
      reject(new DatasetError(origin, [{ path: '', message: `could not be checked (${error instanceof Error ? error.message : String(error)})` }]));
      return;
    }
    const id = nextId++;
    waiting.set(id, { origin, resolve, reject });
    w.postMessage({ id, origin, body } satisfies CheckRequest);
  });
}
