import type { ExportSpec } from '../../components/export-spec';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { describeFilters, sourcesLine } from '../../model/describe-filters';
import { formatInteger } from '../../model/format';
import type { OilRow } from '../../model/oil';
import { computeOilBars } from './compute-oil-bars';
import { OilBars } from './OilBars';

/** How to export the oil chart under the current filters. */
export function buildOilExport(input: { title: string; model: DatasetModel; filters: ResolvedFilters; rows: readonly OilRow[]; total: number }): ExportSpec {
  const { model, filters, rows, total } = input;
  const records = rows.flatMap((r) => r.records);
  return {
    stem: 'oil-releases',
    title: input.title,
    filters: describeFilters(model, filters, { types: false, measure: false }),
    legend: () => [],
    chart: (width, theme) => {
      const layout = computeOilBars(rows, model.countryNames, width);
      return { width, height: layout.height, marks: <OilBars layout={layout} theme={theme} highlighted={null} /> };
    },
    notes: [`Barrels released from emergency stocks in the International Energy Agency's collective action of 2022; shares are of the ${formatInteger(total)} barrels all countries in the data released.`],
    sources: sourcesLine(records.flatMap((r) => r.citations.map((c) => c.source)), model.sources),
    csv: {
      columns: ['Country', 'Country code', 'Barrels', 'Unit', 'Share of total', 'Total (all countries)', 'Date', 'Sources', 'Quote'],
      rows: rows.map((r) => [
        model.countryNames.get(r.country) ?? r.country,
        r.country,
        r.barrels,
        'barrels',
        Number(r.share.toFixed(6)),
        total,
        r.records.map((rec) => rec.date).join('; '),
        [...new Set(r.records.flatMap((rec) => rec.citations.map((c) => model.sources.get(c.source)?.label ?? c.source)))].join('; '),
        r.records.flatMap((rec) => rec.citations.map((c) => c.quote)).join(' | '),
      ]),
    },
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
