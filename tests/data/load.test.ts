import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DATASET_BYTES, fetchDataset, readDatasetFile } from '../../src/data/load';
import { sourceFromUrl } from '../../src/stores/dataset-store';
import { bundledText } from '../helpers/bundled';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readDatasetFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json');
    const text = vi.spyOn(big, 'text');
    await expect(readDatasetFile(big)).rejects.toThrow('huge.json was not loaded: is 50.0 MB, larger than the 40.0 MB limit');
    expect(text).not.toHaveBeenCalled();
    expect(MAX_DATASET_BYTES).toBe(40 * 1024 * 1024);
  });

  it('reads a valid file', async () => {
    const dataset = await readDatasetFile(new File([bundledText], 'copy.json'));
    expect(dataset.countries).toHaveLength(5);
  });
});

describe('fetchDataset', () => {
  it('names the URL and the HTTP status when the fetch fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404, statusText: 'Not Found' })));
    await expect(fetchDataset('/missing.json')).rejects.toThrow('/missing.json was not loaded: could not be fetched (HTTP 404 Not Found)');
  });

  it('names the URL when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchDataset('/x.json')).rejects.toThrow('/x.json was not loaded: could not be fetched (Failed to fetch)');
  });

  it('refuses a response that declares more than the limit', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { headers: { 'content-length': String(60 * 1024 * 1024) } })));
    await expect(fetchDataset('/big.json')).rejects.toThrow('/big.json was not loaded: is 60.0 MB, larger than the 40.0 MB limit');
  });
});

describe('sourceFromUrl', () => {
  const base = 'https://dash.example/app/?x=1';
  it('uses the bundled data without ?data=', () => {
    expect(sourceFromUrl('', base)).toEqual({ source: { kind: 'bundled' }, notice: null });
  });
  it('accepts a path on this site, relative or absolute', () => {
    expect(sourceFromUrl('?data=/files/a.json', base).source).toEqual({ kind: 'url', url: '/files/a.json' });
    expect(sourceFromUrl('?data=b.json', base).source).toEqual({ kind: 'url', url: '/app/b.json' });
    expect(sourceFromUrl('?data=https://dash.example/c.json?v=2', base).source).toEqual({ kind: 'url', url: '/c.json?v=2' });
  });
  it('refuses other sites and other schemes, with a notice', () => {
    for (const value of ['https://evil.example/a.json', '//evil.example/a.json', 'javascript:alert(1)', 'data:application/json,{}']) {
      const { source, notice } = sourceFromUrl(`?data=${encodeURIComponent(value)}`, base);
      expect(source, value).toEqual({ kind: 'bundled' });
      expect(notice, value).toMatch(/in “data”/);
    }
  });
});
