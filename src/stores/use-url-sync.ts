import { useEffect } from 'react';
import { parseFilterParams, serializeFilterParams, type UrlFilters } from './url-state';
import { urlFiltersOf, useFiltersStore } from './filters-store';

/** Query parameters the filters do not own but a link must keep (the dataset's URL). */
const KEPT_PARAMS = ['data'] as const;

function keptParams(search: string): Record<string, string | null> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEPT_PARAMS.map((k) => [k, params.get(k)]));
}

/** The address that carries these filters, or null when the current one already does. */
function urlOf(filters: UrlFilters): string | null {
  const next = serializeFilterParams(filters, keptParams(window.location.search));
  if (`?${next}` === window.location.search || (next === '' && window.location.search === '')) return null;
  return next ? `?${next}` : window.location.pathname + window.location.hash;
}

/**
 * Runs a store update whose URL change replaces the current history entry instead of adding one
 * (a link's country that the dataset lacks is dropped from that link). The entry is rewritten at
 * once, so the sync then finds the URL already as the filters say.
 */
export function withoutHistoryEntry(update: () => void): void {
  update();
  const url = urlOf(urlFiltersOf(useFiltersStore.getState()));
  if (url !== null) window.history.replaceState(window.history.state, '', url);
}

/** Applies the filters of a query string to the store, with notices for what was ignored. */
export function applyFiltersFromUrl(search: string): void {
  const { filters, notices } = parseFilterParams(search);
  const store = useFiltersStore.getState();
  store.applyUrlFilters(filters);
  store.addNotices(notices);
}

/**
 * Keeps the URL and the filters in step: each filter change pushes a history entry, and back and
 * forward restore the filters of that entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let restoring = false;
    let pending: { replace: boolean } | null = null;
    const onPopState = () => {
      pending = null;
      restoring = true;
      applyFiltersFromUrl(window.location.search);
      restoring = false;
    };
    window.addEventListener('popstate', onPopState);
    let lastDateEdit = 0;
    // The URL is written after the next paint, so a filter change reaches the views first.
    const write = () => {
      const replace = pending?.replace ?? false;
      pending = null;
      const url = urlOf(urlFiltersOf(useFiltersStore.getState()));
      if (url === null) return;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    };
    const unsubscribe = useFiltersStore.subscribe((state, previous) => {
      if (restoring) return;
      const before = urlFiltersOf(previous);
      const after = urlFiltersOf(state);
      if ((Object.keys(after) as (keyof typeof after)[]).every((k) => after[k] === before[k])) return;
      // Typing a date changes it digit by digit: one history entry per burst of date edits.
      const onlyDates = (Object.keys(after) as (keyof typeof after)[]).every((k) => k === 'from' || k === 'to' || after[k] === before[k]);
      const now = Date.now();
      const replace = onlyDates && now - lastDateEdit < 1000;
      lastDateEdit = onlyDates ? now : 0;
      if (pending) {
        pending.replace &&= replace;
        return;
      }
      pending = { replace };
      requestAnimationFrame(() => setTimeout(write, 0));
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
