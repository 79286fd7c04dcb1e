import { useMemo } from 'react';
import { useModel } from '../../stores/use-model';
import { useFontsLoaded } from '../../components/use-fonts-loaded';
import type { ResolvedFilters } from '../../model/dataset-model';
import { useHighlightedCountries, useResolvedFilter } from '../../stores/use-resolved-filters';
import { computeOil, oilSeries, type OilLayoutInput } from './compute-oil';
import { describeOil } from './describe-oil';

/** The oil chart under the current filters at a width: its rows, sentences and layout, and the country highlighted. */
export function useOil(width: number) {
  const model = useModel();
  // Only the countries and dates: an aid-type or measure change does not touch this chart.
  const countries = useResolvedFilter('countries');
  const window = useResolvedFilter('window');
  const fromIso = useResolvedFilter('fromIso');
  const toIso = useResolvedFilter('toIso');
  const highlighted = useHighlightedCountries();
  // Aid types and the measure do not apply to oil; its filter line leaves them out.
  const filters = useMemo<ResolvedFilters>(() => ({ countries, window, fromIso, toIso, types: [], measure: 'usd' }), [countries, window, fromIso, toIso]);

  const series = useMemo(() => oilSeries(model.dataset.oil, countries, window), [model, countries, window]);
  const description = useMemo(() => describeOil({ series, model, filters }), [series, model, filters]);
  const input = useMemo<OilLayoutInput>(() => ({ bars: description.bars, axisLabel: description.axisLabel }), [description]);
  const fontsLoaded = useFontsLoaded();
  // Laid out again when the chart font arrives: its text is measured in that font.
  const layout = useMemo(() => {
    void fontsLoaded;
    return computeOil(input, width);
  }, [input, width, fontsLoaded]);
  return { model, filters, series, description, input, layout, highlighted };
}
