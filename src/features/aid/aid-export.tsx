import { viewSources, type ExportSpec } from '../../components/export-spec';
import type { AidQuestion } from '../../model/aid';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import type { Layout } from '../../model/measures';
import type { DollarReading } from '../../model/money-reading';
import { aidLegendItems } from '../../components/aid-style';
import { AidMarks } from './AidMarks';
import { aidDescribeInput, computeAid, type AidSelection } from './compute-aid';
import { aidCsv, aidFilterItems, describeAid } from './describe-aid';
import { describeFilters } from '../../model/describe-filters';

/** How to export the aid chart under the current filters: the same cells, layout and sentences as the screen. */
export function buildAidExport(input: { model: DatasetModel; filters: ResolvedFilters; question: AidQuestion; reading: DollarReading; layout: Layout } & AidSelection): ExportSpec {
  const { filters } = input;
  const describeInput = aidDescribeInput(input.model, filters, input.question, input.reading, input);
  // An image has no controls: its notes name no switch.
  const description = describeAid(describeInput, false);
  const countries = filters.countries.map((code) => ({ code, name: describeInput.names.get(code) ?? code }));
  return {
    stem: 'aid-by-country',
    title: description.title,
    filters: [aidFilterItems(describeInput, describeFilters(input.model, filters, { types: true, measure: true }))],
    subtitle: description.subtitle,
    legend: (theme) => aidLegendItems(describeInput.types, description.standings, theme),
    chart: (width, theme) => {
      const layout = computeAid({ cells: describeInput.cells, countries, types: filters.types, measure: filters.measure, indicators: describeInput.indicators, layout: input.layout, width, daggerOnce: description.daggerOnce });
      return { width, height: layout.height, marks: <AidMarks layout={layout} theme={theme} idPrefix="aid-export" highlighted={[]} />, notes: layout.notes };
    },
    notes: description.notes,
    // The contributions without a value: the full-size images list them, the slide and the square leave them out.
    details: description.inKindNote,
    sources: description.sources,
    documents: viewSources(
      describeInput.sources.map((s) => s.id),
      describeInput.sourceById,
    ),
    description: description.inWords,
    empty: description.empty,
    csv: aidCsv(describeInput),
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
