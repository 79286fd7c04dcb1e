import { useMemo } from 'react';
import { useModel } from '../../stores/use-model';
import { useFontsLoaded } from '../../components/use-fonts-loaded';
import { useFiltersStore } from '../../stores/filters-store';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import { aidCellMaker } from '../../model/aid';
import { aidIndexFor, askedWindow, computeAid, selectAid } from './compute-aid';
import { aidCaption, aidEmpty, describeAidInWords } from './describe-aid';

/** Everything the aid chart shows under the current filters, for a given width. */
export function useAid(width: number) {
  const model = useModel();
  const filters = useResolvedFilters();
  const layoutName = useFiltersStore((s) => s.layout);
  const question = useFiltersStore((s) => s.question);
  const reading = useFiltersStore((s) => s.dollar);
  const { countries, types, window, measure, fromIso, toIso } = filters;

  const cellOf = useMemo(() => aidCellMaker(aidIndexFor(model, reading), question, askedWindow(model, window)), [model, reading, question, window]);
  const { cells, inKind, sources } = useMemo(() => selectAid(model, { countries, types, window }, question, reading, cellOf), [model, countries, types, window, question, reading, cellOf]);
  const namedCountries = useMemo(() => countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code })), [model, countries]);
  const fontsLoaded = useFontsLoaded();
  // Laid out again when the chart font arrives: its labels are measured in that font.
  const layout = useMemo(() => {
    void fontsLoaded;
    return computeAid({ cells, countries: namedCountries, types, measure, indicators: model.indicators, layout: layoutName, width });
  }, [cells, namedCountries, types, measure, model.indicators, layoutName, width, fontsLoaded]);
  const converted = cells.some((c) => c.converted);
  const caption = aidCaption({ measure, question, fromIso, toIso, sources: sources.map((s) => s.label), cut: layout.cutAt !== null, converted });
  const empty = aidEmpty({
    countries,
    countryNames: namedCountries.map((c) => c.name),
    types,
    windowEmpty: window.to < window.from,
    cells,
    question,
    fromIso,
    toIso,
    inKindCount: inKind.length,
  });
  const description = useMemo(
    () => describeAidInWords({ cells, names: model.countryNames, measure, indicators: model.indicators, question, toIso, fromIso }),
    [cells, model, measure, question, toIso, fromIso],
  );
  const bareDollar = cells.some((c) => c.bareDollar);
  return { model, filters, question, reading, layoutName, cells, inKind, layout, sources, caption, empty, description, bareDollar, converted };
}
