import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useModel } from '../../app/model-context';
import { aidCells, inKindSelection } from '../../model/aid';
import { listInWords } from '../../model/dataset-model';
import { formatIsoBetween } from '../../model/format';
import { useFiltersStore } from '../../stores/filters-store';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import { AID_TYPE_LABELS } from './aid-constants';
import { computeAidBars } from './compute-aid-bars';

/** Everything the aid chart shows under the current filters, for a given width. */
export function useAidChart(width: number) {
  const model = useModel();
  const filters = useResolvedFilters();
  const { layout: barLayout } = useFiltersStore(useShallow((s) => ({ layout: s.layout })));
  const { countries, types, window, measure } = filters;

  const cells = useMemo(() => aidCells(model.aid, countries, types, window), [model, countries, types, window]);
  const inKind = useMemo(() => inKindSelection(model.aid, countries, types, window), [model, countries, types, window]);
  const namedCountries = useMemo(() => countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code })), [model, countries]);

  const layout = useMemo(
    () => computeAidBars({ cells, countries: namedCountries, types, measure, indicators: model.indicators, layout: barLayout, width }),
    [cells, namedCountries, types, measure, model.indicators, barLayout, width],
  );

  const empty = useMemo(() => {
    if (!countries.length) return 'No country is selected. Choose one or more under Countries.';
    if (!types.length) return 'No aid type is selected. Choose one or more under Aid type.';
    if (window.to < window.from) return 'The date range is empty: From is after To.';
    if (cells.every((c) => c.usd === 0)) {
      const typeWords = listInWords(types.map((t) => AID_TYPE_LABELS[t].toLowerCase()));
      const who = listInWords(namedCountries.map((c) => c.name));
      const range = formatIsoBetween(filters.fromIso, filters.toIso);
      const extra = inKind.count ? ' Contributions without a stated value are listed below.' : '';
      return `The sources state no ${typeWords} aid with a money value for ${who} ${range}.${extra}`;
    }
    return null;
  }, [countries, types, window, cells, namedCountries, inKind, filters.fromIso, filters.toIso]);

  return { model, filters, cells, inKind, layout, barLayout, empty };
}
