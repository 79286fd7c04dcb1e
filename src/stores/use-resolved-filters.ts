import type { AidType } from '../data/schema';
import { useModel } from '../app/model-context';
import { resolveFilters, type DatasetModel, type ResolvedFilters } from '../model/dataset-model';
import type { Measure } from '../model/measures';
import { useFiltersStore } from './filters-store';

interface FilterValues {
  countries: readonly string[] | null;
  types: readonly AidType[];
  from: string | null;
  to: string | null;
  measure: Measure;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

// Every view resolves the same filters in the same render: the last answer is shared, so they
// all hold the very same arrays (and caches keyed by them hit across views).
let last: { model: DatasetModel; values: FilterValues; resolved: ResolvedFilters } | null = null;

/**
 * The filters resolved against the dataset, sharing every part that did not change with the last
 * answer: toggling an aid type keeps the very same countries and window, so what depends on those
 * alone neither recomputes nor re-renders.
 */
export function sharedResolve(model: DatasetModel, values: FilterValues): ResolvedFilters {
  const previous = last;
  if (
    previous &&
    previous.model === model &&
    previous.values.countries === values.countries &&
    previous.values.types === values.types &&
    previous.values.from === values.from &&
    previous.values.to === values.to &&
    previous.values.measure === values.measure
  ) {
    return previous.resolved;
  }
  let resolved = resolveFilters(model, values);
  if (previous?.model === model) {
    const before = previous.resolved;
    resolved = {
      ...resolved,
      countries: sameList(before.countries, resolved.countries) ? before.countries : resolved.countries,
      types: sameList(before.types, resolved.types) ? before.types : resolved.types,
      window: before.window.from === resolved.window.from && before.window.to === resolved.window.to ? before.window : resolved.window,
    };
    if ((Object.keys(resolved) as (keyof ResolvedFilters)[]).every((k) => resolved[k] === before[k])) resolved = before;
  }
  last = { model, values: { countries: values.countries, types: values.types, from: values.from, to: values.to, measure: values.measure }, resolved };
  return resolved;
}

/** The shared filters resolved against the loaded dataset; stable while they do not change. */
export function useResolvedFilters(): ResolvedFilters {
  const model = useModel();
  return useFiltersStore((s) => sharedResolve(model, s));
}

/** One part of the resolved filters: the component re-renders only when that part changes. */
export function useResolvedFilter<K extends keyof ResolvedFilters>(key: K): ResolvedFilters[K] {
  const model = useModel();
  return useFiltersStore((s) => sharedResolve(model, s)[key]);
}

/** The filters as they are now, for handlers (exports) that must not re-render with every change. */
export function currentFilters(model: DatasetModel): ResolvedFilters {
  return sharedResolve(model, useFiltersStore.getState());
}

/**
 * The country under the pointer anywhere on the page, while the views show it (the others are
 * dimmed). A country hovered in the filters but not selected dims nothing.
 */
export function useHighlightedCountry(): string | null {
  const model = useModel();
  return useFiltersStore((s) => (s.hoveredCountry !== null && sharedResolve(model, s).countries.includes(s.hoveredCountry) ? s.hoveredCountry : null));
}
