import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useModel } from '../data/model-context';
import { resolveFilters, type ResolvedFilters } from '../model/dataset-model';
import { useFiltersStore } from './filters-store';

/** The shared filters resolved against the loaded dataset; stable while they do not change. */
export function useResolvedFilters(): ResolvedFilters {
  const model = useModel();
  const { countries, types, from, to, measure } = useFiltersStore(
    useShallow((s) => ({ countries: s.countries, types: s.types, from: s.from, to: s.to, measure: s.measure })),
  );
  return useMemo(() => resolveFilters(model, { countries, types, from, to, measure }), [model, countries, types, from, to, measure]);
}
