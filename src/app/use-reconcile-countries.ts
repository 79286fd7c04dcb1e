import { useLayoutEffect } from 'react';
import type { DatasetModel } from '../model/dataset-model';
import { useFiltersStore } from '../stores/filters-store';
import { withoutHistoryEntry } from '../stores/use-url-sync';

/** Drops countries the loaded dataset does not have (from a link, or a previous dataset), with a notice. */
export function useReconcileCountries(model: DatasetModel | undefined): void {
  // Before the views are painted: a notice added after them would push them down the page.
  useLayoutEffect(() => {
    if (!model) return;
    const { countries, setCountries, addNotices } = useFiltersStore.getState();
    if (countries === null) return;
    const unknown = countries.filter((c) => !model.countryNames.has(c));
    if (!unknown.length) return;
    withoutHistoryEntry(() => setCountries(countries.filter((c) => model.countryNames.has(c))));
    addNotices([`Ignored ${unknown.map((c) => `“${c}”`).join(', ')} in “countries”: not a country in this dataset.`]);
  }, [model]);
}
