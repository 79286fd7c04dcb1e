import { EMPTY_WORDS } from '../../model/empty-words';
import type { CsvCell, ViewDescription, ViewNote } from '../../components/export-spec';
import { viewSources } from '../../components/export-spec';
import type { OilRelease } from '../../data/schema';
import { listInWords, type DatasetModel, type ResolvedFilters } from '../../model/dataset-model';
import { describeFilters } from '../../model/describe-filters';
import { dateInWords, formatInteger, formatIsoBetween, formatIsoRange, formatPartialDate, formatRecordDate, formatShare } from '../../model/format';
import type { OilRow } from '../../model/oil';
import type { OilBarInput, OilSeries } from './compute-oil';

/** Title of the oil figure (its accessible name). */
export const OIL_TITLE = 'Oil released from emergency stocks';

/** What the oil chart's sentences are written from. */
export interface OilDescribeInput {
  series: OilSeries;
  model: DatasetModel;
  filters: ResolvedFilters;
}

/** A bar's tooltip in words. */
export interface OilTooltipText {
  title: string;
  value: string;
  meta: string[];
  quotes: { key: string; quote: string; source: string }[];
}

/**
 * Every sentence the oil view says, for the screen, its table, the CSV and the export alike: the
 * description every view gives, and what the oil chart's marks and tooltips say.
 */
export interface OilDescription extends ViewDescription {
  bars: OilBarInput[];
  axisLabel: string;
  tooltips: ReadonlyMap<string, OilTooltipText>;
}

const COUNT_WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NOT_AFFECTED = 'Not affected by the aid-type filter.';
const RESPONSE = "the International Energy Agency members' response to the Ukraine war";

const nameOf = (input: OilDescribeInput, code: string) => input.model.countryNames.get(code) ?? code;
const namesOf = (input: OilDescribeInput, codes: readonly string[]) => codes.map((c) => nameOf(input, c));
/** "Singapore", "Singapore or Malaysia", "Singapore, Malaysia or Brunei". */
const orList = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`);
/** The dates of releases as their sources give them: "2022", "Mar 2022 and 2023". */
const datesOf = (records: readonly OilRelease[]) => listInWords([...new Set(records.map((r) => formatPartialDate(r.date, r.precision)))]);
const sourceLabel = (input: OilDescribeInput, id: string) => input.model.sources.get(id)?.label ?? id;
const sourcesOf = (input: OilDescribeInput, records: readonly OilRelease[]) => [...new Set(records.flatMap((r) => r.citations.map((c) => sourceLabel(input, c.source))))];

/**
 * How a release the dates cut is dated, as its own standing says it: "2022, no day given" (a year or
 * a month), "Jul 2024 or later", "6 Apr 2022 – 30 Apr 2022, partly within the dates".
 */
export function cutDateWords(record: OilRelease): string {
  if (record.orLater) return formatRecordDate(record);
  return `${formatPartialDate(record.date, record.precision)}, no day given`;
}

/** The standing of a row's releases that the dates cut, or null for a row within them: "2022, no day given". */
function rowStanding(row: OilRow): string | null {
  if (!row.cut.length) return null;
  const dates = listInWords([...new Set(row.cut.map(cutDateWords))]);
  // Some barrels within the dates and some not: say how many may fall outside.
  return row.within > 0 ? `${formatInteger(row.barrels - row.within)} of them ${dates}` : dates;
}

/** The mark's identity: the records it sums. */
export const oilBarKey = (row: OilRow) => row.records.map((r) => r.id).join(',');

/** "the four’s 38,317,000 barrels", or "the 38,317,000 barrels released by Japan and Australia". */
function totalPhrase(input: OilDescribeInput): string {
  const { releasing, total } = input.series;
  const { partners } = input.model;
  const word = COUNT_WORDS[releasing.length];
  const allPartners = releasing.length > 1 && releasing.length === partners.length && partners.every((p) => releasing.includes(p));
  return allPartners && word ? `the ${word}’s ${formatInteger(total)} barrels` : `the ${formatInteger(total)} barrels released by ${listInWords(namesOf(input, releasing))}`;
}

/** "No oil release is recorded for Singapore in the sources", and beside bars why it has none. */
function unrecordedSentence(input: OilDescribeInput, besideBars = false): string | null {
  const { unrecorded } = input.series;
  if (!unrecorded.length) return null;
  const why = besideBars ? `; the chart has no bar for ${unrecorded.length === 1 ? 'it' : 'them'}` : '';
  return `No oil release is recorded for ${orList(namesOf(input, unrecorded))} in the sources${why}.`;
}

function outsideSentence(input: OilDescribeInput): string | null {
  const { outside } = input.series;
  if (!outside.length) return null;
  const records = outside.flatMap((o) => o.records);
  const names = listInWords(namesOf(input, outside.map((o) => o.country)));
  const subject = records.length === 1 ? `The release recorded for ${names} is` : `The releases recorded for ${names} are`;
  return `${subject} dated ${datesOf(records)}, outside the dates chosen.`;
}

/** What a lighter bar means, said once under the chart when one is drawn. */
function cutNote(input: OilDescribeInput): string | null {
  const cut = input.series.rows.flatMap((r) => r.cut);
  if (!cut.length) return null;
  const dates = listInWords([...new Set(cut.map((r) => formatRecordDate(r)))]);
  return `A lighter bar is a release the source dates only to ${dates}, with no day given: it may fall outside the dates chosen (${formatIsoRange(input.filters.fromIso, input.filters.toIso)}).`;
}

/** Which drawn releases may fall outside the dates, in words. */
function cutSentence(input: OilDescribeInput): string | null {
  const rows = input.series.rows.filter((r) => r.cut.length);
  if (!rows.length) return null;
  const dates = listInWords([...new Set(rows.flatMap((r) => r.cut.map(cutDateWords)))]);
  const one = rows.length === 1 && rows[0]!.cut.length === 1;
  if (rows.length === input.series.rows.length && rows.length > 1) return `Every release shown is dated ${dates}: each may fall outside the dates chosen.`;
  const whose = listInWords(rows.map((r) => `${nameOf(input, r.country)}’s`));
  return `${whose} ${one ? 'release is' : 'releases are'} dated ${dates}: ${one ? 'it' : 'they'} may fall outside the dates chosen.`;
}

/** Why the chart is empty, or null when it has bars. */
function emptyText(input: OilDescribeInput): string | null {
  const { series, filters } = input;
  if (!series.selected.length) return EMPTY_WORDS.noCountry;
  if (filters.window.to < filters.window.from) return EMPTY_WORDS.emptyRange;
  if (series.rows.length) return null;
  if (!series.anyRecorded) return 'The dataset records no oil releases.';
  if (!series.outside.length) return unrecordedSentence(input);
  const records = series.outside.flatMap((o) => o.records);
  const dates = datesOf(records);
  const names = listInWords(namesOf(input, series.outside.map((o) => o.country)));
  const dated = records.length === 1 ? `The release recorded for ${names} is dated ${dates}` : `The releases recorded for ${names} are dated ${dates}`;
  return [`No oil release falls ${formatIsoBetween(filters.fromIso, filters.toIso)}. ${dated}; widen the dates to include ${dates}.`, unrecordedSentence(input)].filter(Boolean).join(' ');
}

/** The chart under the filters in words, sentence by sentence: who released the most, each share, which releases may fall outside the dates, and who has no bar. */
export function describeOilInWords(input: OilDescribeInput): string[] {
  const empty = emptyText(input);
  if (empty) return [empty];
  const [first, second, ...rest] = input.series.rows as [OilRow, ...OilRow[]];
  const leads = second !== undefined && first.barrels > second.barrels;
  const most = input.series.rows.length > 2 ? 'the most oil' : 'more oil';
  const lead = `${nameOf(input, first.country)} released ${leads ? `${most}, ` : ''}${formatInteger(first.barrels)} barrels, ${formatShare(first.share)} of ${totalPhrase(input)}`;
  const others = (second ? [second, ...rest] : []).map((r, i) => `${nameOf(input, r.country)}${i === 0 ? ' released' : ''} ${formatInteger(r.barrels)} (${formatShare(r.share)})`);
  const follow = others.length ? `; ${listInWords(others)}` : '';
  return [`${lead}${follow}.`, cutSentence(input), outsideSentence(input), unrecordedSentence(input, true)].filter((s): s is string => s !== null);
}

/** Each bar's tooltip: barrels, share and dates, whether it may fall outside the dates, and its quotes. */
function oilTooltips(input: OilDescribeInput) {
  const { series } = input;
  return new Map<string, OilTooltipText>(
    series.rows.map((row) => {
      const standing = rowStanding(row);
      return [
        oilBarKey(row),
        {
          title: nameOf(input, row.country),
          value: `${formatInteger(row.barrels)} barrels`,
          meta: [
            `${formatShare(row.share)} of ${totalPhrase(input)} · ${listInWords([...new Set(row.records.map(dateInWords))])}`,
            ...(standing ? [`${standing}: it may fall outside the dates chosen.`] : []),
            ...new Set(row.records.flatMap((r) => (r.dateNote ? [r.dateNote] : []))),
          ],
          quotes: row.records.flatMap((r) => r.citations.map((c, i) => ({ key: `${r.id}-${i}`, quote: c.quote, source: sourceLabel(input, c.source) }))),
        },
      ];
    }),
  );
}

/** The CSV's rows: one per country drawn, outside the dates, or with no release recorded; a missing value is empty, never 0. */
function oilCsvRows(input: OilDescribeInput): CsvCell[][] {
  const { series } = input;
  return [
    ...series.rows.map((r) => [
      nameOf(input, r.country),
      r.country,
      r.barrels,
      'barrels',
      Number(r.share.toFixed(6)),
      series.total,
      r.records.map((rec) => rec.date).join('; '),
      rowStanding(r) ?? 'within the dates',
      sourcesOf(input, r.records).join('; '),
      r.records.flatMap((rec) => rec.citations.map((c) => c.quote)).join(' | '),
      [...new Set(r.records.flatMap((rec) => (rec.dateNote ? [rec.dateNote] : [])))].join(' '),
    ]),
    ...series.outside.map((o) => [nameOf(input, o.country), o.country, null, 'barrels', null, series.total, o.records.map((rec) => rec.date).join('; '), 'outside the dates chosen', sourcesOf(input, o.records).join('; '), null, null]),
    ...series.unrecorded.map((c) => [nameOf(input, c), c, null, 'barrels', null, series.total, null, 'no release recorded in the sources', null, null, null]),
  ];
}

/** Every sentence of the oil view under the filters. */
export function describeOil(input: OilDescribeInput): OilDescription {
  const { series, model, filters } = input;
  const empty = emptyText(input);
  const drawnRecords = series.rows.flatMap((r) => r.records);
  const years = datesOf(series.inWindow);
  // With nothing drawn, no total: the four's barrels would be cited for a chart that shows none of them.
  const subtitle = empty
    ? `Barrels each country released from its emergency stocks in ${RESPONSE}.`
    : `Barrels each country released from its emergency stocks in ${RESPONSE}${years ? ` in ${years}` : ''}, and its share of ${totalPhrase(input)}.`;

  const bars = series.rows.map((row): OilBarInput => {
    const name = nameOf(input, row.country);
    const label = `${formatInteger(row.barrels)} barrels · ${formatShare(row.share)}`;
    const standing = rowStanding(row);
    return {
      key: oilBarKey(row),
      country: row.country,
      row,
      name,
      label,
      note: standing,
      ariaLabel: `${name}: ${label} of ${totalPhrase(input)}${standing ? `; ${standing}, so it may fall outside the dates` : ''}`,
    };
  });

  const tooltips = oilTooltips(input);

  const dated = (row: OilRow) => rowStanding(row) ?? datesOf(row.records);
  const tableRows = [
    ...series.rows.map((r) => ({ key: oilBarKey(r), cells: [nameOf(input, r.country), formatInteger(r.barrels), formatShare(r.share), dated(r), listInWords(sourcesOf(input, r.records))] })),
    // The number columns do not wrap: the words for a missing value go in the date column.
    ...series.outside.map((o) => ({ key: `outside-${o.country}`, cells: [nameOf(input, o.country), '—', '—', `${datesOf(o.records)}, outside the dates chosen`, listInWords(sourcesOf(input, o.records))] })),
    ...series.unrecorded.map((c) => ({ key: `unrecorded-${c}`, cells: [nameOf(input, c), '—', '—', 'No release recorded in the sources', '—'] })),
  ];

  const csvRows = oilCsvRows(input);

  const notes: ViewNote[] = empty
    ? []
    : [
        ...[cutNote(input)].filter((t): t is string => t !== null).map((text) => ({ text, kind: 'reading' as const })),
        ...[outsideSentence(input), unrecordedSentence(input, true)].filter((t): t is string => t !== null).map((text) => ({ text, kind: 'gap' as const })),
        { text: NOT_AFFECTED, kind: 'page' },
      ];

  return {
    stem: 'oil-releases',
    title: OIL_TITLE,
    subtitle,
    empty,
    legend: () => [],
    notes,
    table: {
      caption: `${OIL_TITLE}, ${years || 'within the dates'}`,
      columns: [
        { key: 'country', header: 'Country' },
        { key: 'barrels', header: 'Barrels', numeric: true },
        { key: 'share', header: 'Share of the total recorded', numeric: true },
        { key: 'date', header: 'Dated' },
        { key: 'source', header: 'Source' },
      ],
      rows: tableRows,
    },
    csv: { columns: ['Country', 'Country code', 'Barrels', 'Unit', 'Share of the total recorded', 'Total recorded (barrels)', 'Date', 'Standing', 'Sources', 'Quote', 'Note'], rows: csvRows },
    sources: viewSources(
      drawnRecords.flatMap((r) => r.citations.map((c) => c.source)),
      model.sources,
    ),
    citation: describeFilters(model, filters, { types: false, measure: false }),
    words: describeOilInWords(input),
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
    bars,
    axisLabel: 'Barrels released',
    tooltips,
  };
}
