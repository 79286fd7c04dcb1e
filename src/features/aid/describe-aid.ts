import type { Column } from '../../components/DataTable';
import type { CsvCell } from '../../components/export-spec';
import type { AidRecord, AidType, ExchangeRates, Source } from '../../data/schema';
import { latestOf, type AidCell, type AidEntry, type AidQuestion, type AidValue } from '../../model/aid';
import { listInWords } from '../../model/dataset-model';
import { sourcesLine } from '../../model/describe-filters';
import { describeDateBasis, formatDay, formatInteger, formatMeasure, formatMeasureShort, formatRecordDate, formatShare, formatUsdWorked, type Provenance } from '../../model/format';
import { AID_TYPE_LABELS } from '../../model/labels';
import { MEASURE_LABELS, normalise, type Indicator, type Measure } from '../../model/measures';
import { readingApplies, type DollarReading, type Qualifier } from '../../model/money-reading';
import type { DayWindow } from '../../model/window';

// Every sentence the aid chart says, on screen and in its exports, is written here once.

/** Title of the aid figure (its accessible name). */
export const AID_TITLE = 'Aid to Ukraine by country and type';

/** The mark after a figure printed with a bare "$". */
export const BARE_DOLLAR_MARK = '†';

/** The two questions, as the switch names them. */
export const QUESTION_NAMES: Record<AidQuestion, string> = { 'as-of': 'Total as of To', within: 'Committed From–To' };

/** The two readings of a bare "$", as the switch names them. */
export const READING_NAMES: Record<DollarReading, string> = { usd: 'US dollars', local: 'Donor’s own dollar' };

/** The standings of a value, as the table and the CSV name them. */
export const STANDING_NAMES = {
  stated: 'stated',
  'at-least': 'at least (aid the sources do not report may come on top)',
  range: 'range (timing not stated)',
  'not-stated': 'not stated',
} as const;

/** The standings drawn on the chart's face, as its legend of example bars explains them once. */
export const STANDING_KEY = {
  stated: 'Stated total',
  'at-least': 'At least: more may have come',
  range: 'May fall within the dates: timing not stated',
} as const;

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
// One value: its number, marks, date and standing in words.

/** A value in the chosen measure: certain part and most, or null where the country has no indicator. */
export interface MeasuredValue {
  value: number;
  max: number;
}

/** The cell's certain and possible amounts in the measure; null when the measure has no indicator for the country. */
export function measured(cell: AidValue, measure: Measure, indicator: Indicator | undefined): MeasuredValue | null {
  const value = normalise(cell.usd, measure, indicator);
  const max = normalise(cell.maxUsd, measure, indicator);
  return value === null || max === null ? null : { value, max };
}

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', nearly: 'nearly ', over: 'over ', about: 'about ' };
const approximate = (cell: AidValue) => cell.qualifier !== 'exact' || cell.converted;
/** One sign for an approximate figure on the chart's face: "~" for nearly, about or converted; ">" for over. */
const faceMark = (cell: AidValue) => (cell.qualifier === 'over' ? '>' : approximate(cell) ? '~' : '');
const word = (cell: AidValue) => (cell.converted && cell.qualifier === 'exact' ? 'about ' : QUALIFIER_WORDS[cell.qualifier]);
const dagger = (cell: AidValue) => (cell.bareDollar ? BARE_DOLLAR_MARK : '');

/** Whether an amount is a figure a source prints (to its own digits), or worked out (to three significant figures). */
function provenanceOf(cell: AidValue, usd: number, measure: Measure): Provenance {
  if (measure !== 'usd' || cell.converted) return 'worked';
  const printed = [...cell.entries, ...cell.openEntries].some((e) => e.role !== 'rest' && Math.abs(e.usd - usd) < 0.5);
  return printed ? 'printed' : 'worked';
}

const amount = (cell: AidValue, usd: number, value: number, measure: Measure, short: boolean) =>
  (short ? formatMeasureShort : formatMeasure)(value, measure, provenanceOf(cell, usd, measure));

/** A statement's date as its source gives it: "17 Apr 2022", "Jul 2024 or later". */
export const entryDate = (entry: AidEntry) => formatRecordDate(entry.record);

/** The statements whose dates a value stands on: the latest certain one, then the latest open one. */
function valueDates(cell: AidValue): string[] {
  const open = latestOf(cell.openEntries);
  return [cell.latest, open].filter((e): e is AidEntry => e !== null).map(entryDate);
}

/** The date beside a value: "as of 17 Apr 2022"; for a range, the statements it rests on. */
export function dateLabel(cell: AidValue): string {
  const dates = [...new Set(valueDates(cell))];
  if (!dates.length) return '';
  if (cell.standing !== 'range') return `as of ${dates[0]}`;
  return dates.length > 1 ? `stated ${dates[0]} and ${dates[1]}` : `stated ${dates[0]}`;
}

/**
 * The value on the chart's face: "~US$12B", "US$141.9M", "US$300M–~US$12B", "up to ~US$11.7B".
 * "At least" is the bar's open end, explained once in the legend; † only where not every value has it.
 */
export function valueLabel(cell: AidValue, m: MeasuredValue | null, measure: Measure, withDagger = true): string {
  if (cell.standing === 'not-stated') return 'not stated';
  if (!m) return 'no population or GDP figure';
  const tail = withDagger ? dagger(cell) : '';
  if (cell.standing === 'range') {
    // Nothing certain within the dates: "up to", rather than a 0 that reads as a stated value.
    const most = `${faceMark(cell)}${amount(cell, cell.maxUsd, m.max, measure, true)}${tail}`;
    return m.value > 0 ? `${amount(cell, cell.usd, m.value, measure, true)}–${most}` : `up to ${most}`;
  }
  return `${faceMark(cell)}${amount(cell, cell.usd, m.value, measure, true)}${tail}`;
}

/**
 * The value in words, with its date, for tooltips, tables, the CSV and the description: "nearly
 * US$12B†, as of Jul 2024 or later", "at least ~US$309M†, as of Jul 2024", "US$300M to nearly
 * US$12B† (timing not stated), stated 19 Apr 2022 and Jul 2024 or later".
 */
export function valueWords(cell: AidValue, m: MeasuredValue | null, measure: Measure): string {
  if (cell.standing === 'not-stated') return 'not stated';
  if (!m) return 'no population or GDP figure for this country';
  const date = dateLabel(cell);
  const when = date ? `, ${date}` : '';
  if (cell.standing === 'range') {
    const most = `${word(cell)}${amount(cell, cell.maxUsd, m.max, measure, false)}${dagger(cell)}`;
    const span = m.value > 0 ? `${amount(cell, cell.usd, m.value, measure, false)} to ${most}` : `up to ${most}`;
    return `${span} (timing not stated)${when}`;
  }
  const figure = `${amount(cell, cell.usd, m.value, measure, false)}${dagger(cell)}`;
  // "At least nearly" says two things at once: a lower bound on an approximate figure reads "at least ~".
  if (cell.standing === 'at-least') return `${cell.qualifier === 'over' ? 'more than ' : `at least ${approximate(cell) ? '~' : ''}`}${figure}${when}`;
  return `${word(cell)}${figure}${when}`;
}

/** One statement as counted: "17 Apr 2022, running total as of: $141.9 million†", a part: "11 Apr 2022, announced: $7.5 million allotted to lethal aid". */
export function entryWords(entry: AidEntry): string {
  const r = entry.record;
  const date = entryDate(entry);
  const basis = describeDateBasis(r.dateBasis, r.basis === 'total');
  const printed = `${entry.money.printed}${entry.bareDollar ? BARE_DOLLAR_MARK : ''}`;
  if (entry.role === 'part') return `${date}, ${basis}: ${printed} ${entry.label ?? ''}`.trim();
  if (entry.role === 'rest') {
    // Worked out here, not printed: in US$ under the reading in force, with its marks.
    const rest = `${entry.converted ? '~' : ''}${formatUsdWorked(entry.usd)}${entry.bareDollar ? BARE_DOLLAR_MARK : ''}`;
    return `${date}, ${basis}: the rest of ${printed}, ${rest} after the part ${entry.label ?? 'allotted'}; its purpose is not stated`;
  }
  const previous = r.previous ? ` (up from ${r.previous.printed})` : '';
  const subtype = r.subtype ? ` · ${r.subtype.replace(/-and-/g, ' and ')}` : '';
  return `${date}, ${basis}: ${printed}${previous}${subtype}`;
}

/** "31 Oct 2024" for a finite day. */
const dayOrNull = (day: number) => (Number.isFinite(day) ? formatDay(day) : null);

/** How a value was counted and why it is no more than it says, in short sentences. */
export function countingWords(cell: AidCell, question: AidQuestion, window: DayWindow): string[] {
  const to = dayOrNull(window.to);
  const from = dayOrNull(window.from);
  if (cell.standing === 'not-stated') {
    if (question === 'as-of') return [to ? `The sources state no money value by ${to}.` : 'The sources state no money value.'];
    return [`The sources state no money value committed ${rangeWords(window)}.`];
  }
  const lines: string[] = [];
  const latest = cell.latest ? entryDate(cell.latest) : null;
  if (cell.lowerBound.includes('later') && latest) {
    lines.push(to ? `Nothing is stated between ${latest} and ${to}: aid the sources do not report may have come.` : `Nothing later is stated: aid the sources do not report may have come since ${latest}.`);
  }
  if (cell.lowerBound.includes('package')) lines.push('It ends on a package, not a running total: aid the sources do not report may come beside it.');
  const kind = cell.lowerBound.includes('subtype') ? cell.entries.findLast((e) => e.basis === 'total')?.record.subtype : undefined;
  if (kind) lines.push(`The running total behind it is of ${kind.replace(/-and-/g, ' and ')} aid alone.`);
  if (cell.lowerBound.includes('start') && from) lines.push(`No running total is stated for the day before ${from}: aid the sources do not report may fall within the dates too.`);
  if (cell.standing === 'stated') lines.push(question === 'as-of' ? 'A running total of the whole type, stated for these dates.' : 'Running totals of the whole type bound both ends of the dates.');
  if (cell.standing === 'range') {
    lines.push(`${formatUsdWorked(cell.usd)} is certainly within the dates; up to ${word(cell)}${formatUsdWorked(cell.maxUsd - cell.usd)} more may be: the sources do not date a running total’s growth.`);
  }
  if (cell.converted) lines.push('Amounts printed with a bare “$” are read as the donor’s own dollar and converted at the 2022 average rate.');
  else if (cell.bareDollar) lines.push(`${BARE_DOLLAR_MARK} Printed with a bare “$”; read as US dollars.`);
  return lines;
}

/** "1 Jan 2022 – 31 Dec 2022", "since 1 Jan 2022", "up to 31 Dec 2022". */
function rangeWords(window: DayWindow): string {
  const from = dayOrNull(window.from);
  const to = dayOrNull(window.to);
  if (from && to) return `between ${from} and ${to}`;
  if (from) return `since ${from}`;
  return to ? `up to ${to}` : 'at any date';
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

/**
 * The footnote for figures printed with a bare "$", under the reading in force: how "$" was read, and
 * for whose figures the other reading would differ, by how much at the dataset's rates.
 */
export function bareDollarNote(reading: DollarReading, rates: ExchangeRates | undefined, cells: readonly AidCell[], names: ReadonlyMap<string, string>, onScreen = true): string {
  const bare = [...new Set(cells.filter((c) => c.bareDollar).map((c) => c.country))];
  const own = bare.filter((c) => readingApplies(c, rates));
  const currencyOf = (c: string) => rates!.currencyOf[c]!;
  const whose = listInWords(own.map((c) => names.get(c) ?? c));
  if (reading === 'usd' || !rates || !own.length) {
    if (!own.length || !rates) return `${BARE_DOLLAR_MARK} Printed with a bare “$”; read as US dollars.`;
    const less = own.map((c) => `${currencyOf(c)} ${formatShare(1 - 1 / rates.perUsd[currencyOf(c)]!)} less`);
    return `${BARE_DOLLAR_MARK} Printed with a bare “$”; read as US dollars. ${whose}’s figures may be in their own dollars: at ${rates.year} average rates that is ${listInWords([...new Set(less)])} in US$.${onScreen ? ' Choose “Donor’s own dollar” to see them so.' : ''}`;
  }
  const rateText = [...new Set(own.map((c) => `${rates.perUsd[currencyOf(c)]} ${currencyOf(c)}`))].join(', ');
  const others = bare.filter((c) => !own.includes(c)).map((c) => names.get(c) ?? c);
  return `${BARE_DOLLAR_MARK} Printed with a bare “$”; ${whose}’s figures are read as their own dollars and converted at ${rates.year} average rates (${rateText} per US$; ${rates.source}), an approximation for an amount announced on one day.${others.length ? ` ${listInWords(others)}’s “$” is read as US dollars.` : ''}`;
}

/** The notes under the chart: the signs on its face, each said once, and what per person and % of GDP are worked out from. */
export function aidNotes(input: AidDescribeInput, onScreen: boolean): string[] {
  const shown = input.cells.filter((c) => c.standing !== 'not-stated');
  const notes: string[] = [];
  const converted = shown.some((c) => c.converted);
  if (shown.some((c) => approximate(c))) notes.push(`~ nearly or about, as the source words it${converted ? ', or converted from the donor’s own dollar' : ''}.`);
  if (shown.some((c) => c.bareDollar)) notes.push(bareDollarNote(input.reading, input.rates, input.cells, input.names, onScreen));
  if (input.measure !== 'usd') notes.push(`Worked out over 2022 ${input.measure === 'per-capita' ? 'population' : 'GDP'} (World Bank, three significant figures), from the amounts the sources state.`);
  return notes;
}

/** Whether every value drawn has †: then it is said once, under the axis, not on every label. */
export const everyValueBare = (cells: readonly AidCell[]) => {
  const shown = cells.filter((c) => c.standing !== 'not-stated');
  return shown.length > 0 && shown.every((c) => c.bareDollar);
};

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
  if (!input.countries.length) return 'No country is selected. Choose one or more under Countries.';
  if (!input.types.length) return 'No aid type is selected. Choose one or more under Aid type.';
  if (input.window.to < input.window.from) return 'The date range is empty: From is after To.';
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

/** An in-kind item in words: "70,000 tons of coal", "over 6,000 humanitarian visas to Ukrainian refugees", "bulletproof vests". */
export function itemText(item: AidRecord['items'][number]): string {
  if (item.quantity === null) return item.what;
  const qty = `${item.qualifier ? `${item.qualifier} ` : ''}${formatInteger(item.quantity)}`;
  return item.unit && !item.what.includes(item.unit) ? `${qty} ${item.unit} of ${item.what}` : `${qty} ${item.what}`;
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

/** Every sentence the aid view says, for the screen, its table, the CSV and the export alike. */
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
  table: ReturnType<typeof aidTable>;
  csv: { columns: string[]; rows: CsvCell[][] };
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
    table: aidTable(input),
    csv: { columns: [...AID_CSV_COLUMNS], rows: input.cells.map((cell) => aidCsvRow(cell, input)) },
    inWords: describeAidInWords(input),
  };
}
