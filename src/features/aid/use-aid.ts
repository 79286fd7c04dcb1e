import { useMemo } from 'react';
import { useModel } from '../../stores/use-model';
import { useFontsLoaded } from '../../components/use-fonts-loaded';
import { useFiltersStore } from '../../stores/filters-store';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import { aidCellMaker } from '../../model/aid';
import { aidDescribeInput, aidIndexFor, computeAid, selectAid } from './compute-aid';
import { describeAid } from './describe-aid';

/** Everything the aid chart shows under the current filters, for a given width. */
export function useAid(width: number) {
  const model = useModel();
  const filters = useResolvedFilters();
  const layoutName = useFiltersStore((s) => s.layout);
  const question = useFiltersStore((s) => s.question);
  const reading = useFiltersStore((s) => s.dollar);
  const { countries, types, window, measure } = filters;

  const cellOf = useMemo(() => aidCellMaker(aidIndexFor(model, reading), question, window), [model, reading, question, window]);
  const selection = useMemo(() => selectAid(model, { countries, types, window }, question, reading, cellOf), [model, countries, types, window, question, reading, cellOf]);
  const { cells, inKind } = selection;
  const namedCountries = useMemo(() => countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code })), [model, countries]);
  const describeInput = useMemo(() => aidDescribeInput(model, { countries, types, window, measure }, question, reading, selection), [selection, model, countries, types, measure, question, reading, window]);
  const description = useMemo(() => describeAid(describeInput), [describeInput]);
  const fontsLoaded = useFontsLoaded();
  // Laid out again when the chart font arrives: its labels are measured in that font.
  const layout = useMemo(() => {
    void fontsLoaded;
    return computeAid({ cells, countries: namedCountries, types, measure, indicators: model.indicators, layout: layoutName, width, daggerOnce: description.daggerOnce });
  }, [cells, namedCountries, types, measure, model.indicators, layoutName, width, fontsLoaded, description.daggerOnce]);
  return { model, filters, question, reading, layoutName, inKind, layout, selection, description, describeInput };
}
