import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from '../../src/stores/filters-store';
import { useUrlSync, withoutHistoryEntry } from '../../src/stores/use-url-sync';
import { resetFilters } from '../helpers/render';

// The URL is written a frame after a change; this waits for that frame, as the sync does.
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe('useUrlSync', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    resetFilters();
  });

  it('adds a history entry for each filter change, and back and forward restore the filters', async () => {
    renderHook(() => useUrlSync());
    act(() => useFiltersStore.getState().setMeasure('per-capita'));
    await waitFor(() => expect(window.location.search).toBe('?measure=per-capita'));
    act(() => useFiltersStore.getState().setLayout('stacked'));
    await waitFor(() => expect(window.location.search).toBe('?measure=per-capita&layout=stacked'));

    act(() => window.history.back());
    await waitFor(() => expect(useFiltersStore.getState().layout).toBe('grouped'));
    expect(useFiltersStore.getState().measure).toBe('per-capita');
    act(() => window.history.back());
    await waitFor(() => expect(useFiltersStore.getState().measure).toBe('usd'));
    expect(window.location.search).toBe('');
    act(() => window.history.forward());
    await waitFor(() => expect(useFiltersStore.getState().measure).toBe('per-capita'));
    // Restoring an entry writes none: forward still leads to the last change.
    await act(nextFrame);
    act(() => window.history.forward());
    await waitFor(() => expect(useFiltersStore.getState().layout).toBe('stacked'));
  });

  it('rewrites the current entry for a change made without one, so back skips it', async () => {
    renderHook(() => useUrlSync());
    act(() => useFiltersStore.getState().setCountries(['JP', 'XX']));
    await waitFor(() => expect(window.location.search).toBe('?countries=JP,XX'));
    act(() => withoutHistoryEntry(() => useFiltersStore.getState().setCountries(['JP'])));
    expect(window.location.search).toBe('?countries=JP');
    await act(nextFrame);
    act(() => useFiltersStore.getState().setMeasure('gdp-share'));
    await waitFor(() => expect(window.location.search).toBe('?countries=JP&measure=gdp-share'));

    act(() => window.history.back());
    await waitFor(() => expect(useFiltersStore.getState().measure).toBe('usd'));
    expect(useFiltersStore.getState().countries).toEqual(['JP']);
    // The entry before is the page as it was opened: ["JP", "XX"] has no entry of its own.
    act(() => window.history.back());
    await waitFor(() => expect(useFiltersStore.getState().countries).toBeNull());
  });
});
