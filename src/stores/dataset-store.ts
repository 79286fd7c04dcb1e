import { create } from 'zustand';
import type { KeptInfo } from '../data/kept-dataset';
import type { DatasetSource } from '../data/load';

/** A refused dataset, as the reader sees it: where it came from and what is wrong with it. */
export interface LoadFailure {
  origin: string;
  message: string;
  problems: { path: string; message: string }[];
  total: number;
}

/** Which dataset the dashboard shows, which one is loading, and why the last one was refused. */
export interface DatasetState {
  active: DatasetSource;
  loading: DatasetSource | null;
  failure: LoadFailure | null;
  /** The dataset kept in this browser (the last one loaded from a file), whether shown or not. */
  kept: KeptInfo | null;
  /** The filters (a query string) active before the first dataset other than the bundled one was shown; restored by "Back to bundled data". */
  viewBefore: string | null;
  /** True until the page has looked for a kept dataset to show instead of the bundled one. */
  restoring: boolean;
  setActive: (source: DatasetSource) => void;
  setLoading: (source: DatasetSource | null) => void;
  setFailure: (failure: LoadFailure | null) => void;
  setKept: (kept: KeptInfo | null) => void;
  setViewBefore: (viewBefore: string | null) => void;
  setRestoring: (restoring: boolean) => void;
}

export const useDatasetStore = create<DatasetState>()((set) => ({
  active: { kind: 'bundled' },
  loading: null,
  failure: null,
  kept: null,
  viewBefore: null,
  restoring: false,
  setActive: (active) => set({ active }),
  setLoading: (loading) => set({ loading }),
  setFailure: (failure) => set({ failure }),
  setKept: (kept) => set({ kept }),
  setViewBefore: (viewBefore) => set({ viewBefore }),
  setRestoring: (restoring) => set({ restoring }),
}));

/**
 * The dataset a link asks for with `?data=`: a URL on this site. Anything else is ignored with a
 * notice, and the bundled dataset is used.
 */
export function sourceFromUrl(search: string, base: string): { source: DatasetSource; notice: string | null } {
  const value = new URLSearchParams(search).get('data');
  if (value === null || value.trim() === '') return { source: { kind: 'bundled' }, notice: null };
  const shown = `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { source: { kind: 'bundled' }, notice: `Ignored ${shown} in “data”: not a URL.` };
  }
  if (url.origin !== new URL(base).origin || !/^https?:$/.test(url.protocol)) {
    return { source: { kind: 'bundled' }, notice: `Ignored ${shown} in “data”: only datasets on this site can be loaded.` };
  }
  return { source: { kind: 'url', url: url.pathname + url.search }, notice: null };
}

/** Turns any error from loading into what the reader is shown. */
export function toLoadFailure(error: unknown, origin: string): LoadFailure {
  if (error && typeof error === 'object' && 'problems' in error && 'origin' in error) {
    const e = error as { origin: string; message: string; problems: LoadFailure['problems']; total: number };
    return { origin: e.origin, message: e.message, problems: e.problems, total: e.total };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { origin, message: `${origin} was not loaded: ${message}`, problems: [{ path: '', message }], total: 1 };
}

/** Writes the dataset a link should load into the URL (`?data=` for a URL, nothing otherwise), in place. */
export function writeDataParam(source: DatasetSource): void {
  const url = new URL(window.location.href);
  if (source.kind === 'url') url.searchParams.set('data', source.url);
  else url.searchParams.delete('data');
  window.history.replaceState(window.history.state, '', url.pathname + url.search.replace(/%2C/gi, ',') + url.hash);
}
