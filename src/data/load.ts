import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './errors';
import { checkOffThread } from './parse';
import type { Dataset } from './schema';

/** The largest dataset file the dashboard reads, in bytes. */
export const MAX_DATASET_BYTES = 40 * 1024 * 1024;

/** Where the dataset comes from: the bundled file, a same-origin URL, or a file the user picked. */
export type DatasetSource =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string; file: File }
  /** The dataset last loaded from a file, kept in this browser (see kept-dataset.ts). */
  | { kind: 'kept'; name: string; savedAt: number };

/** The URL of the dataset bundled with the app. */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}dataset.json`;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(origin: string, bytes: number): DatasetError {
  return new DatasetError(origin, [
    { path: '', message: `is ${megabytes(bytes)}, larger than the ${megabytes(MAX_DATASET_BYTES)} limit` },
  ]);
}

/** Fetches and validates a dataset from a URL; every failure is a DatasetError that names the URL. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(url, [{ path: '', message: `could not be fetched (${error instanceof Error ? error.message : String(error)})` }]);
  }
  if (!response.ok) {
    throw new DatasetError(url, [{ path: '', message: `could not be fetched (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})` }]);
  }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new DatasetError(url, [{ path: '', message: 'could not be fetched: the server sent a web page, not a JSON dataset (is the path right?)' }]);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_DATASET_BYTES) throw tooLarge(url, declared);
  const text = await response.text();
  if (text.length > MAX_DATASET_BYTES) throw tooLarge(url, text.length);
  // The checker gets a copy of the text: fetching it twice costs more.
  return checkOffThread({ text }, url);
}

/** Reads and validates a dataset from a file the user chose. */
export async function readDatasetFile(file: File): Promise<Dataset> {
  if (file.size > MAX_DATASET_BYTES) throw tooLarge(file.name, file.size);
  return checkOffThread({ blob: file }, file.name);
}

/** Reads and validates the dataset kept in this browser. */
async function readKeptDataset(source: { name: string; savedAt: number }): Promise<Dataset> {
  let text: string;
  try {
    const { readKeptText } = await import('./kept-dataset');
    text = await readKeptText(source.savedAt);
  } catch (error) {
    throw new DatasetError(source.name, [{ path: '', message: error instanceof Error ? error.message : String(error) }]);
  }
  return checkOffThread({ text }, source.name);
}

/** Loads a dataset from any source, marking its start and end on the page's performance timeline. */
export async function loadDataset(source: DatasetSource, signal?: AbortSignal): Promise<Dataset> {
  performance.mark('dataset:load-start');
  const dataset = await loadFrom(source, signal);
  performance.mark('dataset:validated');
  return dataset;
}

function loadFrom(source: DatasetSource, signal?: AbortSignal): Promise<Dataset> {
  switch (source.kind) {
    case 'bundled':
      return fetchDataset(BUNDLED_DATASET_URL, signal);
    case 'url':
      return fetchDataset(source.url, signal);
    case 'file':
      return readDatasetFile(source.file);
    case 'kept':
      return readKeptDataset(source);
  }
}

/** A stable cache key for a source (a File is keyed by name, size and date, not by identity). */
export function sourceKey(source: DatasetSource): string[] {
  switch (source.kind) {
    case 'bundled':
      return ['bundled'];
    case 'url':
      return ['url', source.url];
    case 'file':
      return ['file', source.name, String(source.file.size), String(source.file.lastModified)];
    case 'kept':
      return ['kept', String(source.savedAt)];
  }
}

/**
 * Query options for a dataset: loaded once and kept for the session; a failure is shown with a
 * retry button, not retried silently. A dataset is never compared with the one before it for parts
 * to keep (structural sharing): at 100k records that would walk every record for nothing.
 */
export function datasetQueryOptions(source: DatasetSource) {
  return queryOptions({
    queryKey: ['dataset', ...sourceKey(source)],
    queryFn: ({ signal }) => loadDataset(source, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    structuralSharing: false,
  });
}
