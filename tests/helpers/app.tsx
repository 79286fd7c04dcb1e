import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterAll, vi } from 'vitest';
import { App } from '../../src/app/App';
import { Providers } from '../../src/app/Providers';
import { sourceFromUrl, useDatasetStore } from '../../src/stores/dataset-store';
import { useFiltersStore } from '../../src/stores/filters-store';
import { applyFiltersFromUrl } from '../../src/stores/use-url-sync';
import { bundledText } from './bundled';
import { resetFilters } from './render';

// The app fetches the code of its lazy views as soon as it is imported. A test file that ends before
// those imports have arrived would have them land after its environment is torn down (an unhandled
// error on a busy machine): every file that renders the app waits for them at its end.
afterAll(async () => {
  await Promise.all([import('../../src/features/timeline/Timeline'), import('../../src/features/oil/OilChart'), import('../../src/features/dataset/DatasetControls'), import('../../src/features/aid-over-time/AidOverTime')]);
});

/** A fetch that answers each URL with the given body (the bundled dataset unless told). */
export function mockFetch(routes: Record<string, () => Response | Promise<Response>> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost/').pathname + new URL(url, 'http://localhost/').search;
    const route = routes[path] ?? routes[new URL(url, 'http://localhost/').pathname];
    if (route) return route();
    if (path === '/dataset.json') return new Response(bundledText, { status: 200, headers: { 'content-type': 'application/json' } });
    return new Response('not found', { status: 404, statusText: 'Not Found' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Renders the whole app at a URL, as main.tsx does, with a fresh query cache and filters. With
 * `restore`, it first looks for a dataset kept in the browser, as a page load does; with `hydrate`,
 * it takes over the page already in the container, as main.tsx does for the bundled data.
 */
export function renderApp(search = '', { restore = false, hydrate }: { restore?: boolean; hydrate?: { container: HTMLElement; onRecoverableError: (error: unknown) => void } } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  resetFilters();
  applyFiltersFromUrl(window.location.search);
  const { source, notice } = sourceFromUrl(window.location.search, window.location.href);
  useDatasetStore.setState({ active: source, loading: null, failure: null, kept: null, viewBefore: null, restoring: restore && source.kind === 'bundled' });
  if (notice) useFiltersStore.getState().addNotices([notice]);
  const client = new QueryClient();
  return render(
    <Providers client={client}>
      <App />
    </Providers>,
    hydrate ? { container: hydrate.container, hydrate: true, onRecoverableError: hydrate.onRecoverableError } : {},
  );
}
