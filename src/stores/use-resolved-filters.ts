import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useModel } from './use-model';
import { effectiveRange, resolveCountries, resolveFilters, type DatasetModel, type ResolvedFilters } from '../model/dataset-model';
import { windowFromIso } from '../model/window';
import { useFiltersStore, type FiltersState } from './filters-store';

const storedFilters = (s: FiltersState) => ({ countries: s.countries, types: s.types, from: s.from, to: s.to, measure: s.measure });

/**
 * The shared filters resolved against the loaded dataset. Each part is memoised on what it is made
 * of: toggling an aid type keeps the very same countries and window, so what depends on those
 * alone does not recompute.
 */
export function useResolvedFilters(): ResolvedFilters {
  const model = useModel();
  const { countries: chosen, types, from, to, measure } = useFiltersStore(useShallow(storedFilters));
  const countries = useMemo(() => resolveCountries(model, chosen), [model, chosen]);
  const window = useMemo(() => windowFromIso(from, to), [from, to]);
  const { fromIso, toIso } = effectiveRange(model, from, to);
  return useMemo(() => ({ countries, types, window, fromIso, toIso, measure }), [countries, types, window, fromIso, toIso, measure]);
}

/** One part of the resolved filters; it keeps its identity while what it is made of does not change. */
export function useResolvedFilter<K extends keyof ResolvedFilters>(key: K): ResolvedFilters[K] {
  return useResolvedFilters()[key];
}

/** The filters as they are now, for handlers (exports) that must not re-render with every change. */
export function currentFilters(model: DatasetModel): ResolvedFilters {
  return resolveFilters(model, useFiltersStore.getState());
}

/**
 * The countries under the pointer anywhere on the page (a bar's country, or an event's countries),
 * while the views show them: the others are dimmed. Countries hovered in the filters but not selected
 * dim nothing.
 */
export function useHighlightedCountries(): readonly string[] {
  const model = useModel();
  return useFiltersStore(
    useShallow((s) => {
      const hovered = s.hoveredCountries.length ? s.hoveredCountries : s.hoveredCountry !== null ? [s.hoveredCountry] : [];
      const shown = resolveCountries(model, s.countries);
      return hovered.filter((c) => shown.includes(c));
    }),
  );
}
