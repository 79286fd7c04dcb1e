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
 * What a person does in one field while it keeps the focus is one change. A date typed into a
 * date field changes its value with every digit (Chromium: month, day, then the year as 0002,
 * 0020, 0202, 2023), and the arrow keys step it one unit at a time; back should undo the date, not
 * each keystroke. So while the focus stays on the element that made the last change of the dates
 * alone, further changes of the dates alone rewrite that change's history entry; leaving the
 * field ends it.
 */
function focusedField(): Element | null {
  const focused = document.activeElement;
  return focused && focused !== document.body ? focused : null;
}

/** Writes the URL after the next paint, so a change reaches the views first (the history entry costs 1.5–2 ms). */
function afterNextPaint(write: () => void): void {
  requestAnimationFrame(() => setTimeout(write, 0));
}

const changedKeys = (before: UrlFilters, after: UrlFilters) => (Object.keys(after) as (keyof UrlFilters)[]).filter((k) => after[k] !== before[k]);

/**
 * Keeps the URL and the filters in step: each change pushes a history entry (the edits of one date
 * field, one entry: see focusedField), and back and forward restore the filters of that entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let restoring = false;
    let pending: { replace: boolean } | null = null;
    // The element whose changes of the dates make the current history entry, while it has the focus.
    let editing: Element | null = null;
    const onPopState = () => {
      pending = null;
      editing = null;
      restoring = true;
      applyFiltersFromUrl(window.location.search);
      restoring = false;
    };
    const onFocusOut = () => {
      editing = null;
    };
    window.addEventListener('popstate', onPopState);
    document.addEventListener('focusout', onFocusOut);
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
      const changed = changedKeys(urlFiltersOf(previous), urlFiltersOf(state));
      if (changed.length === 0) return;
      const field = changed.every((k) => k === 'from' || k === 'to') ? focusedField() : null;
      const replace = field !== null && field === editing;
      editing = field;
      if (pending) {
        pending.replace &&= replace;
        return;
      }
      pending = { replace };
      afterNextPaint(write);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('focusout', onFocusOut);
      unsubscribe();
    };
  }, []);
}
