import { useLayoutEffect, useRef } from 'react';
import { listInWords, type DatasetModel } from '../model/dataset-model';
import { useFiltersStore } from '../stores/filters-store';
import { withoutHistoryEntry } from '../stores/use-url-sync';

/**
 * Keeps the country selection when the dataset changes: countries the new dataset lacks are taken
 * out with a notice naming them (by the name the previous dataset gave them), and when none of the
 * selection remains the new dataset's own selection is shown, never an empty page. Codes from a
 * link that no dataset has are ignored the same way.
 */
export function useReconcileCountries(model: DatasetModel | undefined): void {
  const previous = useRef<DatasetModel | undefined>(undefined);
  // Before the views are painted: a notice added after them would push them down the page.
  useLayoutEffect(() => {
    if (!model) return;
    const before = previous.current;
    previous.current = model;
    const { countries, setCountries, addNotices } = useFiltersStore.getState();
    if (countries === null) return;
    const unknown = countries.filter((c) => !model.countryNames.has(c));
    if (!unknown.length) return;
    const kept = countries.filter((c) => model.countryNames.has(c));
    withoutHistoryEntry(() => setCountries(kept.length ? kept : null));
    const named = unknown.filter((c) => before?.countryNames.has(c));
    const codes = unknown.filter((c) => !before?.countryNames.has(c));
    const notices: string[] = [];
    const rest = kept.length ? '' : ` Showing ${model.partners.length === 1 ? 'its country' : 'its own selection of countries'} instead.`;
    if (named.length) {
      const names = listInWords(named.map((c) => before!.countryNames.get(c) ?? c));
      notices.push(`${names} ${named.length === 1 ? 'is' : 'are'} not in this dataset, so ${named.length === 1 ? 'it was' : 'they were'} taken out of the selection.${codes.length ? '' : rest}`);
    }
    if (codes.length) notices.push(`Ignored ${codes.map((c) => `“${c}”`).join(', ')} in “countries”: not a country in this dataset.${rest}`);
    addNotices(notices);
  }, [model]);
}
