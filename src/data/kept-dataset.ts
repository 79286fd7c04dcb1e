// The last dataset the reader loaded from a file, kept in this browser's IndexedDB so a reload
// shows it again. Nothing is sent anywhere. Its text is kept apart from what the page needs at
// start (name, date, whether it was shown), so a large file is read only when it is shown.
import { createStore, delMany, get, getMany, setMany } from 'idb-keyval';

/** What the page knows about the kept dataset without reading it. */
export interface KeptInfo {
  name: string;
  /** When it was kept (ms since 1970); identifies this copy. */
  savedAt: number;
  /** Whether it was on screen when the page was left, so a reload shows it again. */
  shown: boolean;
  /** The filters (as a query string) that were active before it was loaded, for "Back to bundled data". */
  viewBefore: string | null;
}

const INFO = 'kept-info';
const TEXT = 'kept-text';

const store = () => createStore('ip4-dashboard', 'kept-dataset');

/** Whether this browser can keep a dataset at all. */
export function canKeep(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** Keeps a dataset's JSON text, replacing the one kept before. */
export async function keepDataset(name: string, text: string, viewBefore: string | null): Promise<KeptInfo> {
  if (!canKeep()) throw new Error('IndexedDB is not available');
  const info: KeptInfo = { name, savedAt: Date.now(), shown: true, viewBefore };
  await setMany([[INFO, info], [TEXT, text]], store());
  return info;
}

/** What is kept, or null when nothing is (or it cannot be read). */
export async function readKeptInfo(): Promise<KeptInfo | null> {
  if (!canKeep()) return null;
  try {
    const info = await get<KeptInfo>(INFO, store());
    return info && typeof info.name === 'string' && typeof info.savedAt === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** The kept copy's text; fails when it is gone or was replaced by another. */
export async function readKeptText(savedAt: number): Promise<string> {
  const [info, text] = canKeep() ? ((await getMany([INFO, TEXT], store())) as [KeptInfo | undefined, unknown]) : [undefined, undefined];
  if (!info || info.savedAt !== savedAt || typeof text !== 'string') throw new Error('is no longer kept in this browser');
  return text;
}

/** Records whether the kept dataset is on screen. */
export async function markKeptShown(shown: boolean): Promise<void> {
  const info = await readKeptInfo();
  if (info && info.shown !== shown) await setMany([[INFO, { ...info, shown }]], store());
}

/** Deletes the kept dataset from this browser. */
export async function forgetKeptDataset(): Promise<void> {
  if (!canKeep()) return;
  await delMany([INFO, TEXT], store());
}
