import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AidType } from '../data/schema';
import { useModel } from '../data/model-context';
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

// Every view resolves the same filters in the same render: the last answer is shared, so they
// all hold the very same arrays (and caches keyed by them hit across views).
let last: { model: DatasetModel; values: FilterValues; resolved: ResolvedFilters } | null = null;

function sharedResolve(model: DatasetModel, values: FilterValues): ResolvedFilters {
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
  const resolved = resolveFilters(model, values);
  last = { model, values, resolved };
  return resolved;
}

/** The shared filters resolved against the loaded dataset; stable while they do not change. */
export function useResolvedFilters(): ResolvedFilters {
  const model = useModel();
  const { countries, types, from, to, measure } = useFiltersStore(
    useShallow((s) => ({ countries: s.countries, types: s.types, from: s.from, to: s.to, measure: s.measure })),
  );
  return useMemo(() => sharedResolve(model, { countries, types, from, to, measure }), [model, countries, types, from, to, measure]);
}

/**
 * The country under the pointer anywhere on the page, while the views show it (the others are
 * dimmed). A country hovered in the filters but not selected dims nothing.
 */
export function useHighlightedCountry(): string | null {
  const { countries } = useResolvedFilters();
  const hovered = useFiltersStore((s) => s.hoveredCountry);
  return hovered !== null && countries.includes(hovered) ? hovered : null;
}
