import { EMPTY_WORDS } from '../../model/empty-words';
import type { Column } from '../../components/DataTable';
import type { CsvCell } from '../../components/export-spec';
import type { AidRecord, AidType, ExchangeRates, Source } from '../../data/schema';
import type { AidCell, AidQuestion } from '../../model/aid';
import { STANDING_KEY, STANDING_NAMES, approximate, countingWords, signNotes, dayOrNull, entryWords, everyValueBare, itemText, measured, rangeWords, valueWords, word } from '../../model/aid-words';
import { listInWords } from '../../model/dataset-model';
import { sourcesLine } from '../../model/describe-filters';
import { describeDateBasis, formatInteger, formatRecordDate } from '../../model/format';
import { AID_TYPE_LABELS } from '../../model/labels';
import { MEASURE_LABELS, type Indicator, type Measure } from '../../model/measures';
import type { DollarReading } from '../../model/money-reading';
import type { DayWindow } from '../../model/window';

// Every sentence the aid chart says, on screen and in its exports, is written here once; a value's
// own words (its number, marks, date and standing) are the model's, in src/model/aid-words.ts.

/** Title of the aid figure (its accessible name). */
export const AID_TITLE = 'Aid to Ukraine by country and type';

/** The two questions, as the switch names them. */
export const QUESTION_NAMES: Record<AidQuestion, string> = { 'as-of': 'Total as of To', within: 'Committed From–To' };

/** The two readings of a bare "$", as the switch names them. */
export const READING_NAMES: Record<DollarReading, string> = { usd: 'US dollars', local: 'Donor’s own dollar' };

/** Said under the chart when a bar is cut: "Japan’s financial bar is broken: …". */
export function cutNote(bars: readonly { countryName: string; type: AidType }[]): string {
  const which = listInWords(bars.map((b) => `${b.countryName}’s ${AID_TYPE_LABELS[b.type].toLowerCase()}`));
  return `${which} bar${bars.length > 1 ? 's run' : ' runs'} past the axis, drawn broken so the others stay readable; ${bars.length > 1 ? 'their' : 'its'} full value is printed.`;
}

/** What the sentences of the aid view are written from. */
export interface AidDescribeInput {
  cells: readonly AidCell[];
  inKind: readonly AidRecord[];
  /** The documents behind what is shown. */
  sources: readonly Source[];
  /** Every source of the dataset, by id. */
  sourceById: ReadonlyMap<string, Source>;
  names: ReadonlyMap<string, string>;
  countries: readonly string[];
  types: readonly AidType[];
  indicators: Readonly<Record<string, Indicator | undefined>>;
  rates: ExchangeRates | undefined;
  measure: Measure;
  question: AidQuestion;
  reading: DollarReading;
  /** The dates asked; an open To (Infinity) asks for each figure's latest statement. */
  window: DayWindow;
}

// ---------------------------------------------------------------------------------------------
// The view's sentences.

const MEASURE_WORDS: Record<Measure, string> = {
  usd: 'in US dollars',
  'per-capita': 'in US dollars per person of 2022 population',
  'gdp-share': 'as a share of 2022 GDP',
};

/** The subtitle: one sentence in words of what the bars answer. */
export function aidSubtitle(input: Pick<AidDescribeInput, 'question' | 'window' | 'measure'>): string {
  const to = dayOrNull(input.window.to);
  const unit = MEASURE_WORDS[input.measure];
  if (input.question === 'as-of') {
    return to
      ? `What the sources state each country had committed to Ukraine by ${to}, by type of aid, ${unit}.`
      : `What the sources state each country has committed to Ukraine, by type of aid, ${unit}, as of each figure’s latest statement.`;
  }
  return `What the sources state each country committed to Ukraine ${rangeWords(input.window)}, by type of aid, ${unit}.`;
}

/** The notes under the chart: the signs on its face, each said once, and what per person and % of GDP are worked out from. */
export function aidNotes(input: AidDescribeInput, onScreen: boolean): string[] {
  return signNotes({ values: input.cells, reading: input.reading, rates: input.rates, names: input.names, measure: input.measure }, onScreen);
}

/**
 * The filters in words, for a citation: countries, types, what the bars answer for which dates, the
 * measure, how "$" was read. `filterLines` are the shared filters' ("Countries: … · Dates: …").
 */
export function aidFilterItems(input: Pick<AidDescribeInput, 'question' | 'window' | 'cells'>, filterLines: readonly string[]): string {
  const items = filterLines.flatMap((l) => l.split(' · ')).filter((item) => !item.startsWith('Dates: '));
  const to = dayOrNull(input.window.to);
  const when = input.question === 'as-of' ? (to ? `Stated totals by ${to}` : 'Stated totals as of each latest statement') : `Committed ${rangeWords(input.window)}`;
  const measureAt = items.findIndex((item) => item.startsWith('Measure: '));
  items.splice(measureAt < 0 ? items.length : measureAt, 0, when);
  const bare = input.cells.some((c) => c.bareDollar);
  // How "$" was read in what is shown: the donor's own dollar only where a figure was converted.
  if (bare) items.push(`A bare “$” read as ${input.cells.some((c) => c.converted) ? 'the donor’s own dollar where it is a dollar' : 'US dollars'}`);
  return items.join(' · ');
}

/** What the chart shows when there is nothing to draw, or null. */
export function aidEmpty(input: Pick<AidDescribeInput, 'countries' | 'names' | 'types' | 'cells' | 'question' | 'window' | 'inKind'>): string | null {
  if (!input.countries.length) return EMPTY_WORDS.noCountry;
  if (!input.types.length) return EMPTY_WORDS.noType;
  if (input.window.to < input.window.from) return EMPTY_WORDS.emptyRange;
  if (input.cells.every((c) => c.standing === 'not-stated')) {
    const typeWords = listInWords(input.types.map((t) => AID_TYPE_LABELS[t].toLowerCase()));
    const who = listInWords(input.countries.map((c) => input.names.get(c) ?? c));
    const to = dayOrNull(input.window.to);
    const when = input.question === 'as-of' ? (to ? ` by ${to}` : '') : ` ${rangeWords(input.window)}`;
    const extra = input.inKind.length ? ' Contributions without a stated value are listed below.' : '';
    return `The sources state no ${typeWords} aid with a money value for ${who}${when}.${extra}`;
  }
  return null;
}

/** One quiet note per country: the types the sources give no money value for. */
export function notStatedNote(cells: readonly AidCell[]): string | null {
  // "Purpose not stated" is where money of unstated purpose goes; its absence needs no note.
  const types = cells.filter((c) => c.standing === 'not-stated' && c.type !== 'unspecified').map((c) => AID_TYPE_LABELS[c.type].toLowerCase());
  return types.length ? `No value stated: ${listInWords(types)}` : null;
}

/** An in-kind contribution's heading: "Australia · Humanitarian · as of 17 Apr 2022: food; shelter". */
export function inKindHeading(record: AidRecord, names: ReadonlyMap<string, string>): string {
  return `${names.get(record.country) ?? record.country} · ${AID_TYPE_LABELS[record.type]} · ${describeDateBasis(record.dateBasis)} ${formatRecordDate(record)}: ${record.items.map(itemText).join('; ')}`;
}

/** The in-kind contributions named in an export's notes before "and N more". */
const IN_KIND_NAMED = 12;

/** The export's line on contributions without a value. */
export function inKindNote(records: readonly AidRecord[], names: ReadonlyMap<string, string>): string[] {
  if (!records.length) return [];
  const items = records.slice(0, IN_KIND_NAMED).map((r) => `${names.get(r.country) ?? r.country}: ${r.items.map(itemText).join(', ')}`);
  const more = records.length > IN_KIND_NAMED ? `; and ${formatInteger(records.length - IN_KIND_NAMED)} more` : '';
  return [`Also given, without a stated value: ${items.join('; ')}${more}.`];
}

// ---------------------------------------------------------------------------------------------
// Table, CSV and words.

/** The table's and the CSV's columns. */
export const AID_CSV_COLUMNS = [
  'Country',
  'Country code',
  'Aid type',
  'Question',
  'From',
  'To',
  'Standing',
  'As of (latest statement behind the certain value)',
  'Qualifier',
  'Value',
  'Value (most, for a range)',
  'Unit',
  'As shown',
  'Currency as printed',
  '“$” read as',
  'Statements behind it',
  'Statements whose timing is open',
  'Notes',
  'Sources',
] as const;

const UNITS: Record<Measure, string> = { usd: 'US$', 'per-capita': 'US$ per person', 'gdp-share': '% of 2022 GDP' };

const isoOrNull = (day: number) => (Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : null);

/** The CSV row of one cell. A value that is not stated, or of which nothing is certain, is left empty (never 0), and the standing column says why. */
export function aidCsvRow(cell: AidCell, input: AidDescribeInput): CsvCell[] {
  const m = measured(cell, input.measure, input.indicators[cell.country]);
  const all = [...cell.entries, ...cell.openEntries];
  const currencies = [...new Set(all.map((e) => (e.bareDollar ? 'bare “$” (not stated)' : e.money.currency)))];
  const notes = [...new Set(all.map((e) => e.record.note).filter((n): n is string => Boolean(n)))];
  const asOf = cell.latest ? `${cell.latest.record.date}${cell.latest.record.orLater ? ' or later' : ''}` : null;
  return [
    input.names.get(cell.country) ?? cell.country,
    cell.country,
    AID_TYPE_LABELS[cell.type],
    QUESTION_NAMES[input.question],
    input.question === 'as-of' ? null : isoOrNull(input.window.from),
    isoOrNull(input.window.to) ?? 'latest statement',
    STANDING_NAMES[cell.standing],
    asOf,
    cell.standing === 'not-stated' ? null : approximate(cell) ? word(cell).trim() || 'about' : 'exact',
    cell.standing === 'not-stated' || !m || cell.usd === 0 ? null : m.value,
    cell.standing === 'range' && m ? m.max : null,
    UNITS[input.measure],
    valueWords(cell, m, input.measure),
    currencies.join('; ') || null,
    cell.bareDollar ? (cell.converted ? 'donor’s own dollar, converted at the 2022 average rate' : 'US dollars') : null,
    cell.entries.map(entryWords).join('; ') || null,
    cell.openEntries.map(entryWords).join('; ') || null,
    notes.join(' ') || null,
    [...new Set(all.flatMap((e) => e.record.citations.map((c) => input.sourceById.get(c.source)?.label ?? c.source)))].join('; ') || null,
  ];
}

/**
 * The CSV of what the chart draws, a row per country and type. Built when a CSV is saved, and the
 * table when it is shown, not on every filter change: with 100k records their words for every
 * statement behind every cell were half of a country click's work (`npm run bench:compare`).
 */
export function aidCsv(input: AidDescribeInput): { columns: string[]; rows: CsvCell[][] } {
  return { columns: [...AID_CSV_COLUMNS], rows: input.cells.map((cell) => aidCsvRow(cell, input)) };
}

/** The table of what the chart draws: a row per value, then one row per country for the types with no stated value. */
export function aidTable(input: AidDescribeInput): { caption: string; columns: Column[]; rows: { key: string; cells: string[] }[] } {
  const name = (code: string) => input.names.get(code) ?? code;
  const rows = input.cells
    .filter((c) => c.standing !== 'not-stated')
    .map((cell) => ({
      key: `${cell.country}:${cell.type}`,
      cells: [name(cell.country), AID_TYPE_LABELS[cell.type], valueWords(cell, measured(cell, input.measure, input.indicators[cell.country]), input.measure), STANDING_NAMES[cell.standing], [...cell.entries, ...cell.openEntries].map(entryWords).join('; ')],
    }));
  for (const code of input.countries) {
    const missing = input.cells.filter((c) => c.country === code && c.standing === 'not-stated').map((c) => AID_TYPE_LABELS[c.type].toLowerCase());
    if (missing.length) rows.push({ key: `${code}:not-stated`, cells: [name(code), listInWords(missing), 'not stated', STANDING_NAMES['not-stated'], '—'] });
  }
  return {
    caption: `${AID_TITLE}: ${aidSubtitle(input)}`,
    columns: [
      { key: 'country', header: 'Country' },
      { key: 'type', header: 'Aid type' },
      { key: 'value', header: `${MEASURE_LABELS[input.measure].name}, with its date`, numeric: true },
      { key: 'standing', header: 'Standing' },
      { key: 'records', header: 'Statements behind it, as printed († a bare “$”)' },
    ],
    rows,
  };
}

/**
 * The chart in words, from the same numbers it draws: the largest figure first, then the others by
 * country, and the types with no stated value.
 */
export function describeAidInWords(input: AidDescribeInput): string {
  const { cells, names, measure } = input;
  const stated = cells.filter((c) => c.standing !== 'not-stated');
  const when = input.question === 'as-of' ? (dayOrNull(input.window.to) ? `by ${dayOrNull(input.window.to)}` : 'as of each latest statement') : `committed ${rangeWords(input.window)}`;
  if (!stated.length) return `The sources state no aid with a money value for the selected countries and types ${when}.`;
  const say = (c: AidCell) => `${names.get(c.country) ?? c.country}’s ${AID_TYPE_LABELS[c.type].toLowerCase()} aid, ${valueWords(c, measured(c, measure, input.indicators[c.country]), measure)}`;
  const ranked = [...stated].sort((a, b) => b.maxUsd - a.maxUsd);
  const [top, ...rest] = ranked;
  const lines = [`Aid to Ukraine ${when}, ${MEASURE_WORDS[measure]}: ${say(top!)}, is the largest figure`];
  if (rest.length) lines.push(`then ${rest.map(say).join('; ')}`);
  const missing = cells.filter((c) => c.standing === 'not-stated');
  if (missing.length) lines.push(`no money value is stated for ${listInWords(missing.map((c) => `${names.get(c.country) ?? c.country}’s ${AID_TYPE_LABELS[c.type].toLowerCase()} aid`))}`);
  return `${lines.join('; ')}.`;
}

/** A bar's tooltip, as structured text. */
export interface AidTooltipText {
  title: string;
  value: string;
  lines: string[];
  entries: { key: string; words: string; dateNote: string | null; quotes: { quote: string; source: string }[]; note: string | null }[];
}

/** The tooltip of one cell. */
export function aidTooltip(cell: AidCell, input: AidDescribeInput): AidTooltipText {
  const m = measured(cell, input.measure, input.indicators[cell.country]);
  // The US$ behind a per-capita or %-of-GDP value, with the same standing and marks.
  const usd = input.measure !== 'usd' && m ? ` (${valueWords(cell, measured(cell, 'usd', undefined), 'usd')})` : '';
  return {
    title: `${input.names.get(cell.country) ?? cell.country} · ${AID_TYPE_LABELS[cell.type]}`,
    value: `${valueWords(cell, m, input.measure)}${usd}`,
    lines: countingWords(cell, input.question, input.window),
    entries: [...cell.entries, ...cell.openEntries].map((e) => ({
      key: `${e.record.id}:${e.role}`,
      words: entryWords(e),
      dateNote: e.record.dateNote ?? null,
      quotes: e.record.citations.map((c) => ({ quote: c.quote, source: input.sourceById.get(c.source)?.label ?? c.source })),
      note: e.record.note ?? null,
    })),
  };
}

/** Every sentence the aid view says, for the screen and the export alike (the table and the CSV: `aidTable`, `aidCsv`). */
export interface AidDescription {
  title: string;
  subtitle: string;
  empty: string | null;
  /** The standings drawn, for the legend of example bars. */
  standings: (keyof typeof STANDING_KEY)[];
  /** Notes under the chart: the signs on its face, each said once. */
  notes: string[];
  /** In-kind contributions in one line, for exports that do not list them. */
  inKindNote: string[];
  /** The documents behind what is drawn, with their dates. */
  sources: string[];
  /** Whether † is said once under the axis instead of on every label. */
  daggerOnce: boolean;
  inWords: string;
}

/** Describes the aid view under its filters. `onScreen`: the notes may point at the page's controls. */
export function describeAid(input: AidDescribeInput, onScreen = true): AidDescription {
  const shown = input.cells.filter((c) => c.standing !== 'not-stated');
  return {
    title: AID_TITLE,
    subtitle: aidSubtitle(input),
    empty: aidEmpty(input),
    standings: (['stated', 'at-least', 'range'] as const).filter((s) => shown.some((c) => c.standing === s)),
    notes: aidNotes(input, onScreen),
    inKindNote: inKindNote(input.inKind, input.names),
    sources: sourcesLine(
      input.sources.map((s) => s.id),
      input.sourceById,
    ),
    daggerOnce: everyValueBare(input.cells),
    inWords: describeAidInWords(input),
  };
}
