import { viewSources, type ExportSpec } from '../../components/export-spec';
import type { LegendItem } from '../../components/Legend';
import { AID_TYPES } from '../../data/constants';
import type { AidRecord, Source } from '../../data/schema';
import type { AidCell, AidQuestion } from '../../model/aid';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { describeFilters, sourcesLine } from '../../model/describe-filters';
import { AID_TYPE_LABELS } from '../../model/labels';
import type { Layout } from '../../model/measures';
import type { DollarReading } from '../../model/money-reading';
import { AID_TYPE_PATTERNS } from './aid-constants';
import { AidMarks } from './AidMarks';
import { computeAid } from './compute-aid';
import { AID_CSV_COLUMNS, AID_TITLE, aidCsvRow, aidFilterItems, aidSubtitle, bareDollarNote, describeAidInWords, inKindNote, readingNotes } from './describe-aid';

/** How to export the aid chart under the current filters: the same cells, layout and sentences as the screen. */
export function buildAidExport(input: {
  model: DatasetModel;
  filters: ResolvedFilters;
  question: AidQuestion;
  reading: DollarReading;
  layout: Layout;
  cells: readonly AidCell[];
  inKind: readonly AidRecord[];
  sources: readonly Source[];
}): ExportSpec {
  const { model, filters, cells, question, reading } = input;
  const countries = filters.countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code }));
  const lay = (width: number) => computeAid({ cells, countries, types: filters.types, measure: filters.measure, indicators: model.indicators, layout: input.layout, width });
  const legend = (theme: Parameters<ExportSpec['chart']>[1]): LegendItem[] =>
    filters.types.map((t) => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] }));
  const bareDollar = cells.some((c) => c.bareDollar);
  const converted = cells.some((c) => c.converted);
  const subtitle = aidFilterItems({ filterLines: describeFilters(model, filters, { types: true, measure: true }), question, fromIso: filters.fromIso, toIso: filters.toIso, bareDollar, converted });
  return {
    stem: 'aid-by-country',
    title: AID_TITLE,
    subtitle: aidSubtitle({ countryNames: countries.map((c) => c.name), types: filters.types, allTypes: filters.types.length === AID_TYPES.length, measure: filters.measure, question, fromIso: filters.fromIso, toIso: filters.toIso }),
    filters: [subtitle],
    legend,
    chart: (width, theme) => {
      const layout = lay(width);
      return {
        width,
        height: layout.height,
        marks: <AidMarks layout={layout} theme={theme} idPrefix="aid-export" highlighted={[]} />,
      };
    },
    notes: [...readingNotes({ question, converted, fromIso: filters.fromIso, toIso: filters.toIso, onScreen: false }), ...(bareDollar ? [bareDollarNote(reading, model.dataset.exchangeRates, cells, model.countryNames, false)] : [])],
    details: inKindNote(input.inKind, model.countryNames),
    sources: sourcesLine(
      input.sources.map((s) => s.id),
      model.sources,
    ),
    documents: viewSources(
      input.sources.map((s) => s.id),
      model.sources,
    ),
    description: describeAidInWords({ cells, names: model.countryNames, measure: filters.measure, indicators: model.indicators, question, toIso: filters.toIso, fromIso: filters.fromIso }),
    csv: {
      columns: [...AID_CSV_COLUMNS],
      rows: cells.map((cell) =>
        aidCsvRow(cell, {
          countryName: model.countryNames.get(cell.country) ?? cell.country,
          measure: filters.measure,
          indicator: model.indicators[cell.country],
          question,
          fromIso: filters.fromIso,
          toIso: filters.toIso,
          sourceLabel: (id) => model.sources.get(id)?.label ?? id,
        }),
      ),
    },
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
