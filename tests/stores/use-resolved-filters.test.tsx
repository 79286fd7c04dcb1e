import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ModelContext } from '../../src/stores/use-model';
import { buildModel } from '../../src/model/dataset-model';
import { isoDay } from '../../src/model/dates';
import { useFiltersStore } from '../../src/stores/filters-store';
import { currentFilters, useHighlightedCountries, useResolvedFilters } from '../../src/stores/use-resolved-filters';
import { loadBundled } from '../helpers/bundled';
import { resetFilters } from '../helpers/render';

const model = buildModel(loadBundled());
const wrapper = ({ children }: { children: ReactNode }) => <ModelContext.Provider value={model}>{children}</ModelContext.Provider>;

describe('useResolvedFilters', () => {
  it('resolves the stored filters: the four partners by default, in the dataset’s order, over the data’s extent', () => {
    resetFilters();
    const { result } = renderHook(() => useResolvedFilters(), { wrapper });
    expect(result.current.countries).toEqual(['JP', 'KR', 'AU', 'NZ']);
    expect(result.current.types).toEqual(['military', 'humanitarian', 'financial', 'unspecified']);
    expect(result.current.window).toEqual({ from: -Infinity, to: Infinity });
    expect(result.current.measure).toBe('usd');
    // The bundled data runs from Japan's partnership (the 1990s) to October 2024.
    expect(result.current.fromIso).toBe('1990-01-01');
    expect(result.current.toIso).toBe('2024-10-31');
  });

  it('follows every change of the store', () => {
    resetFilters();
    const { result } = renderHook(() => useResolvedFilters(), { wrapper });
    act(() => {
      const store = useFiltersStore.getState();
      store.setCountries(['NZ', 'SG', 'XX', 'KR']);
      store.toggleType('humanitarian', false);
      store.setRange('2022-01-01', '2022-12-31');
      store.setMeasure('per-capita');
    });
    // Unknown codes are dropped and the dataset's order is kept.
    expect(result.current.countries).toEqual(['KR', 'NZ', 'SG']);
    expect(result.current.types).toEqual(['military', 'financial', 'unspecified']);
    expect(result.current.window).toEqual({ from: isoDay('2022-01-01'), to: isoDay('2022-12-31') });
    expect([result.current.fromIso, result.current.toIso, result.current.measure]).toEqual(['2022-01-01', '2022-12-31', 'per-capita']);
  });

  it('keeps the aid types in the order of the format, whatever order they are switched on in', () => {
    resetFilters({ types: [] });
    const { result } = renderHook(() => useResolvedFilters(), { wrapper });
    act(() => {
      useFiltersStore.getState().toggleType('financial', true);
      useFiltersStore.getState().toggleType('military', true);
    });
    expect(result.current.types).toEqual(['military', 'financial']);
  });
});

describe('currentFilters', () => {
  it('reads the store as it is at the moment of the call', () => {
    resetFilters({ countries: ['NZ'], types: ['humanitarian'] });
    expect(currentFilters(model).countries).toEqual(['NZ']);
    useFiltersStore.getState().toggleType('military', true);
    expect(currentFilters(model).types).toEqual(['military', 'humanitarian']);
  });
});

describe('useHighlightedCountries', () => {
  it('is the hovered countries while they are shown, and none for a country that is not selected', () => {
    resetFilters({ countries: ['JP', 'KR'] });
    const { result } = renderHook(() => useHighlightedCountries(), { wrapper });
    expect(result.current).toEqual([]);
    act(() => useFiltersStore.getState().setHoveredCountry('KR'));
    expect(result.current).toEqual(['KR']);
    act(() => useFiltersStore.getState().setHoveredCountry('AU'));
    expect(result.current).toEqual([]);
    // A timeline event of all four: the two shown are highlighted.
    act(() => useFiltersStore.getState().setHoveredCountries(['JP', 'KR', 'AU', 'NZ']));
    expect(result.current).toEqual(['JP', 'KR']);
  });
});
