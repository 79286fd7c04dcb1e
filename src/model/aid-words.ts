import type { AidRecord, ExchangeRates } from '../data/schema';
import { latestOf, type AidCell, type AidEntry, type AidQuestion, type AidValue } from './aid';
import { listInWords } from './dataset-model';
import { describeDateBasis, formatDay, formatInteger, formatMeasure, formatMeasureShort, formatRecordDate, formatShare, formatUsdWorked, type Provenance } from './format';
import { normalise, type Indicator, type Measure } from './measures';
import { readingApplies, type DollarReading, type Qualifier } from './money-reading';
import type { DayWindow } from './window';

// How one aid value is said, wherever it is shown: its number and marks, its date, its standing in
// words, the statements behind it. Every aid view says a value so, and nowhere else is it worded.

/** The mark after a figure printed with a bare "$". */
export const BARE_DOLLAR_MARK = '†';

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
/** Whether a value rests on an approximate or converted amount. */
export const approximate = (cell: AidValue) => cell.qualifier !== 'exact' || cell.converted;
/** One sign for an approximate figure on the chart's face: "~" for nearly, about or converted; ">" for over. */
const faceMark = (cell: AidValue) => (cell.qualifier === 'over' ? '>' : approximate(cell) ? '~' : '');
/** The word before an approximate figure: "nearly ", "about " (a converted amount), "over ". */
export const word = (cell: AidValue) => (cell.converted && cell.qualifier === 'exact' ? 'about ' : QUALIFIER_WORDS[cell.qualifier]);
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
export const dayOrNull = (day: number) => (Number.isFinite(day) ? formatDay(day) : null);

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
    lines.push(to ? `Nothing is stated between ${latest} and ${to}: more may have come.` : `Nothing is stated after ${latest}: more may have come.`);
  }
  if (cell.lowerBound.includes('package')) lines.push('It ends on a package, not a running total: other aid may come beside it.');
  const kind = cell.lowerBound.includes('subtype') ? cell.entries.findLast((e) => e.basis === 'total')?.record.subtype : undefined;
  if (kind) lines.push(`The running total behind it is of ${kind.replace(/-and-/g, ' and ')} aid alone.`);
  if (cell.lowerBound.includes('start') && from) lines.push(`No running total is stated for the day before ${from}: other aid may fall within the dates.`);
  if (cell.standing === 'stated') lines.push(question === 'as-of' ? 'A running total of the whole type, stated for these dates.' : 'Running totals of the whole type bound both ends of the dates.');
  if (cell.standing === 'range') {
    lines.push(`${formatUsdWorked(cell.usd)} is certainly within the dates; up to ${word(cell)}${formatUsdWorked(cell.maxUsd - cell.usd)} more may be: the sources do not date a running total’s growth.`);
  }
  if (cell.converted) lines.push('Amounts printed with a bare “$” are read as the donor’s own dollar and converted at the 2022 average rate.');
  else if (cell.bareDollar) lines.push(`${BARE_DOLLAR_MARK} Printed with a bare “$”; read as US dollars.`);
  return lines;
}

/** "1 Jan 2022 – 31 Dec 2022", "since 1 Jan 2022", "up to 31 Dec 2022". */
export function rangeWords(window: DayWindow): string {
  const from = dayOrNull(window.from);
  const to = dayOrNull(window.to);
  if (from && to) return `between ${from} and ${to}`;
  if (from) return `since ${from}`;
  return to ? `up to ${to}` : 'at any date';
}

/**
 * The footnote for figures printed with a bare "$", under the reading in force: how "$" was read, and
 * for whose figures the other reading would differ, by how much at the dataset's rates.
 */
export function bareDollarNote(reading: DollarReading, rates: ExchangeRates | undefined, cells: readonly (AidValue & { country: string })[], names: ReadonlyMap<string, string>, onScreen = true): string {
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

/** Whether every value drawn has †: then it is said once, under the axis, not on every label. */
export const everyValueBare = (cells: readonly AidValue[]) => {
  const shown = cells.filter((c) => c.standing !== 'not-stated');
  return shown.length > 0 && shown.every((c) => c.bareDollar);
};

/** An in-kind item in words: "70,000 tons of coal", "over 6,000 humanitarian visas to Ukrainian refugees", "bulletproof vests". */
export function itemText(item: AidRecord['items'][number]): string {
  if (item.quantity === null) return item.what;
  const qty = `${item.qualifier ? `${item.qualifier} ` : ''}${formatInteger(item.quantity)}`;
  return item.unit && !item.what.includes(item.unit) ? `${qty} ${item.unit} of ${item.what}` : `${qty} ${item.what}`;
}


/**
 * The notes on the signs a view's values carry, each said once: "~" where some value is approximate
 * or converted, † where some was printed with a bare "$", and what per person and % of GDP are
 * worked out from. `onScreen`: the notes may point at the page's controls.
 */
export function signNotes(input: { values: readonly (AidValue & { country: string })[]; reading: DollarReading; rates: ExchangeRates | undefined; names: ReadonlyMap<string, string>; measure: Measure }, onScreen: boolean): string[] {
  const shown = input.values.filter((c) => c.standing !== 'not-stated');
  const notes: string[] = [];
  const converted = shown.some((c) => c.converted);
  if (shown.some((c) => approximate(c))) notes.push(`~ nearly or about, as the source words it${converted ? ', or converted from the donor’s own dollar' : ''}.`);
  if (shown.some((c) => c.bareDollar)) notes.push(bareDollarNote(input.reading, input.rates, shown, input.names, onScreen));
  if (input.measure !== 'usd') notes.push(`Worked out over 2022 ${input.measure === 'per-capita' ? 'population' : 'GDP'} (World Bank, three significant figures), from the amounts the sources state.`);
  return notes;
}
