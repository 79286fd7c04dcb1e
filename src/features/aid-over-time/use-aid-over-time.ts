import { useMemo } from 'react';
import { useModel } from '../../stores/use-model';
import { useFontsLoaded } from '../../components/use-fonts-loaded';
import { startDay } from '../../model/dates';
import type { ResolvedFilters } from '../../model/dataset-model';
import type { DollarReading } from '../../model/money-reading';
import { useHighlightedCountries } from '../../stores/use-resolved-filters';
import { onceByKey } from '../../model/once-by-key';
import { computeTrend, selectTrend, trendDomain, trendLinesOf, type TrendMode, type TrendScale } from './compute-aid-over-time';
import { describeTrend, type TrendDescribeInput } from './describe-aid-over-time';

/** Everything the view of stated aid over time shows under the filters it is given, for a width, mode and scale. */
export function useAidOverTime(filters: ResolvedFilters, reading: DollarReading, width: number, mode: TrendMode, scale: TrendScale) {
  const model = useModel();
  const { countries, types, window, measure } = filters;
  const index = reading === 'local' ? model.aidLocal : model.aid;
  const aidFrom = model.dataset.meta.aidFrom ? startDay(model.dataset.meta.aidFrom.date) : undefined;
  const domain = useMemo(() => trendDomain(index, window, model.extent, aidFrom), [index, window, model.extent, aidFrom]);
  const latest = !Number.isFinite(window.to);
  // Each country's lines worked out once for the index and query: a country toggled leaves the
  // others' as they are (as the aid chart keeps its cells, for the same reason).
  const linesOf = useMemo(() => (domain ? onceByKey((c: string) => c, (c: string) => trendLinesOf(index, { types, domain, latest, mode }, c)) : undefined), [index, types, domain, latest, mode]);
  const selection = useMemo(() => selectTrend(index, { countries, types, domain, latest, mode }, linesOf), [index, countries, types, domain, latest, mode, linesOf]);
  const describeInput: TrendDescribeInput = useMemo(
    () => ({ selection, countries, types, names: model.countryNames, sourceById: model.sources, indicators: model.indicators, rates: model.dataset.exchangeRates, measure, reading, mode, scale }),
    [selection, countries, types, model, measure, reading, mode, scale],
  );
  const description = useMemo(() => describeTrend(describeInput), [describeInput]);
  const named = useMemo(() => countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code })), [countries, model]);
  const fontsLoaded = useFontsLoaded();
  // Laid out again when the chart font arrives: its labels are measured in that font.
  const layout = useMemo(() => {
    void fontsLoaded;
    return selection ? computeTrend({ selection, countries: named, measure, indicators: model.indicators, scale, width, daggerOnce: description.daggerOnce }) : null;
  }, [selection, named, measure, model.indicators, scale, width, description.daggerOnce, fontsLoaded]);
  const highlighted = useHighlightedCountries();
  return { model, selection, describeInput, description, layout, highlighted };
}
