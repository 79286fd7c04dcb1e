import type { ExportSpec } from '../../components/export-spec';
import type { LegendItem } from '../../components/Legend';
import type { AidRecord } from '../../data/schema';
import { aidSourcesWithin, type AidCell } from '../../model/aid';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { describeFilters, sourcesLine } from '../../model/describe-filters';
import { describeMoney, formatInteger } from '../../model/format';
import { MEASURE_LABELS } from '../../model/measures';
import type { Layout } from '../../model/measures';
import { AID_TYPE_LABELS, AID_TYPE_PATTERNS } from './aid-constants';
import { AidBars } from './AidBars';
import { computeAidBars } from './compute-aid-bars';
import { describeAidRecord, itemText } from './describe-aid';

const UNITS = { usd: 'US$', 'per-capita': 'US$ per person', 'gdp-share': '% of 2022 GDP' } as const;

/** In-kind contributions named in an export's notes before "and N more". */
const IN_KIND_NAMED = 12;

function inKindLine(records: readonly AidRecord[], names: ReadonlyMap<string, string>): string[] {
  if (!records.length) return [];
  const items = records.slice(0, IN_KIND_NAMED).map((r) => `${names.get(r.country) ?? r.country}: ${r.items.map(itemText).join(', ')}`);
  const more = records.length > IN_KIND_NAMED ? `; and ${formatInteger(records.length - IN_KIND_NAMED)} more` : '';
  return [`Also given, without a stated value: ${items.join('; ')}${more}.`];
}

/** How to export the aid chart under the current filters. */
export function buildAidExport(input: {
  title: string;
  model: DatasetModel;
  filters: ResolvedFilters;
  cells: readonly AidCell[];
  inKind: readonly AidRecord[];
  layout: Layout;
}): ExportSpec {
  const { model, filters, cells, inKind } = input;
  const countries = filters.countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code }));
  const lay = (width: number) =>
    computeAidBars({ cells, countries, types: filters.types, measure: filters.measure, indicators: model.indicators, layout: input.layout, width });
  const reference = lay(800);
  const legend = (theme: Parameters<ExportSpec['chart']>[1]): LegendItem[] =>
    filters.types.map((t) => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] }));
  const cited = aidSourcesWithin(model.aid, filters.countries, filters.types, filters.window);
  const notes = [
    `${MEASURE_LABELS[filters.measure].axis}, committed within the dates: the running total at the end minus the total before the start, as the sources state it.`,
    ...(reference.cutAt !== null ? ['A bar marked // runs past the axis and is drawn cut; its full value is printed.'] : []),
    ...inKindLine(inKind, model.countryNames),
  ];
  return {
    stem: 'aid-by-country',
    title: input.title,
    filters: describeFilters(model, filters, { types: true, measure: true }),
    legend,
    chart: (width, theme) => {
      const layout = lay(width);
      return { width, height: layout.height, marks: <AidBars layout={layout} theme={theme} idPrefix="aid-export" highlighted={null} /> };
    },
    notes,
    sources: sourcesLine(
      model.dataset.sources.map((s) => s.id).filter((id) => cited.has(id)),
      model.sources,
    ),
    csv: {
      columns: ['Country', 'Country code', 'Aid type', 'Value', 'Unit', 'US$ committed', 'Running total before (US$)', 'Running total at end (US$)', 'From', 'To', 'As printed in the sources', 'Sources'],
      rows: reference.bars.map((b) => [
        b.countryName,
        b.country,
        AID_TYPE_LABELS[b.type],
        b.value,
        UNITS[filters.measure],
        b.usd,
        b.cell.before,
        b.cell.atEnd,
        filters.fromIso,
        filters.toIso,
        b.cell.records
          .map((r) => {
            const d = describeAidRecord(r);
            return `${d.date}, ${d.basis}: ${r.money ? describeMoney(r.money) : r.summary}`;
          })
          .join('; '),
        [...new Set(b.cell.records.flatMap((r) => r.citations.map((c) => model.sources.get(c.source)?.label ?? c.source)))].join('; '),
      ]),
    },
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
