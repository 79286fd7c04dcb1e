// jsdom has no Worker. The page's two workers are stood in for by their own code, run in the
// test's thread: a message crosses on a later turn, as it would between threads, and a terminated
// worker answers nothing more.
import type { CheckReply, CheckRequest } from '../../src/data/parse';
import type { CsvReply, CsvRequest } from '../../src/data/csv/csv-work';

type Answer = (request: never, post: (reply: unknown) => void) => Promise<void>;

/** The code each worker script runs, by the script's file name. */
const WORKERS: Record<string, () => Promise<Answer>> = {
  'parse-worker.ts': async () => {
    const { answerCheck } = await import('../../src/data/dataset-checker');
    return (request: CheckRequest, post: (reply: CheckReply) => void) => answerCheck(request, post);
  },
  'csv-worker.ts': async () => {
    const { spreadsheetReader } = await import('../../src/data/csv/csv-reader');
    let reader: ((request: CsvRequest) => Promise<void>) | null = null;
    return (request: CsvRequest, post: (reply: CsvReply) => void) => (reader ??= spreadsheetReader(post))(request);
  },
};

class InProcessWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  #answer: Promise<Answer>;
  #terminated = false;

  constructor(url: string | URL) {
    const script = String(url).split('/').at(-1)!.replace(/\?.*$/, '');
    const load = WORKERS[script];
    if (!load) throw new Error(`No worker script ${script} to stand in for.`);
    this.#answer = load();
  }

  postMessage(data: unknown): void {
    void this.#answer.then((answer) =>
      setTimeout(() => {
        if (this.#terminated) return;
        void answer(data as never, (reply) => setTimeout(() => !this.#terminated && this.onmessage?.({ data: reply } as MessageEvent), 0));
      }, 0),
    );
  }

  terminate(): void {
    this.#terminated = true;
  }
}

globalThis.Worker = InProcessWorker as unknown as typeof Worker;
