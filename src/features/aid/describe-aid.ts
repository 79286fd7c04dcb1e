import type { AidRecord, AidType, ExchangeRates } from '../../data/schema';
import type { AidCell, AidEntry, AidQuestion, AidValue } from '../../model/aid';
import { listInWords } from '../../model/dataset-model';
import { isoDay } from '../../model/dates';
import { describeDateBasis, formatDay, formatInteger, formatIsoRange, formatMeasure, formatMeasureShort, formatPartialDate, formatShare, formatUsdCompact, formatUsdConverted } from '../../model/format';
import { AID_TYPE_LABELS } from '../../model/labels';
import { MEASURE_LABELS, normalise, type Indicator, type Measure } from '../../model/measures';
import { readingApplies, type DollarReading, type Qualifier } from '../../model/money-reading';

// Every sentence the aid chart says, on screen and in its exports, is written here once.

/** Title of the aid figure (its accessible name). */
export const AID_TITLE = 'Aid to Ukraine by country and type';

/** The mark after a figure printed with a bare "$". */
export const BARE_DOLLAR_MARK = '†';

/** The two questions, as the switch names them. */
export const QUESTION_NAMES: Record<AidQuestion, string> = { 'as-of': 'Total as of To', within: 'Committed From–To' };

/** The two readings of a bare "$", as the switch names them. */
export const READING_NAMES: Record<DollarReading, string> = { usd: 'US dollars', local: 'Donor’s own dollar' };

/** The standings of a value, as the legend and the CSV name them. */
export const STANDING_NAMES = {
  stated: 'stated',
  'at-least': 'at least (aid the sources do not report may come on top)',
  range: 'range (timing not stated)',
  'not-stated': 'not stated',
} as const;

/** "31 Oct 2024" for an ISO day; "the last record" for an open end. */
const dayWords = (iso: string | null) => {
  const day = isoDay(iso);
  return day === null ? 'the last record' : formatDay(day);
};

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', nearly: 'nearly ', over: 'over ', about: 'about ' };
const QUALIFIER_MARKS: Record<Qualifier, string> = { exact: '', nearly: '≈', over: '>', about: '≈' };

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

const approximate = (cell: AidValue) => cell.qualifier !== 'exact' || cell.converted;
const mark = (cell: AidValue) => (cell.converted && cell.qualifier === 'exact' ? '≈' : QUALIFIER_MARKS[cell.qualifier]);
const word = (cell: AidValue) => (cell.converted && cell.qualifier === 'exact' ? 'about ' : QUALIFIER_WORDS[cell.qualifier]);
const dagger = (cell: AidValue) => (cell.bareDollar ? BARE_DOLLAR_MARK : '');

/** A US$ amount with a converted part has the three significant figures of the exchange rate. */
const inMeasure = (cell: AidValue, value: number, measure: Measure, short: boolean) =>
  cell.converted && measure === 'usd' ? formatUsdConverted(value) : short ? formatMeasureShort(value, measure) : formatMeasure(value, measure);

/**
 * The label at a bar's end: "US$141.9M†", "≈US$12B", "≥ US$308.9M†", "US$0–11.7B". Not stated has
 * no label on the bar (the row says it once).
 */
export function valueLabel(cell: AidValue, m: MeasuredValue | null, measure: Measure): string {
  if (cell.standing === 'not-stated') return 'not stated';
  if (!m) return 'no population or GDP figure';
  if (cell.standing === 'range') {
    // Nothing certain within the dates: "up to", rather than a 0 that reads as a stated value.
    const most = `${mark(cell)}${inMeasure(cell, m.max, measure, true)}${dagger(cell)}`;
    return m.value > 0 ? `${inMeasure(cell, m.value, measure, true)}–${most}` : `up to ${most}`;
  }
  const value = `${mark(cell)}${inMeasure(cell, m.value, measure, true)}${dagger(cell)}`;
  return cell.standing === 'at-least' ? `≥ ${value}` : value;
}

/** The value in words, for tooltips, tables and the CSV: "nearly US$12B", "at least ≈US$308.9M†", "up to nearly US$11.7B (timing not stated)"; † where "$" was printed bare. */
export function valueWords(cell: AidValue, m: MeasuredValue | null, measure: Measure): string {
  if (cell.standing === 'not-stated') return 'not stated';
  if (!m) return 'no population or GDP figure for this country';
  if (cell.standing === 'range') {
    const most = `${word(cell)}${inMeasure(cell, m.max, measure, false)}${dagger(cell)}`;
    return m.value > 0 ? `${inMeasure(cell, m.value, measure, false)} to ${most} (timing not stated)` : `up to ${most} (timing not stated)`;
  }
  // "At least nearly" says two things at once: a lower bound that rests on an approximate figure reads "at least ≈".
  if (cell.standing === 'at-least') return `at least ${approximate(cell) ? '≈' : ''}${inMeasure(cell, m.value, measure, false)}${dagger(cell)}`;
  return `${word(cell)}${inMeasure(cell, m.value, measure, false)}${dagger(cell)}`;
}

/** One statement as counted: "17 Apr 2022, running total as of: $141.9 million†", a part: "11 Apr 2022, announced: $7.5 million allotted to lethal aid". */
export function entryWords(entry: AidEntry): string {
  const r = entry.record;
  const date = formatPartialDate(r.date, r.precision);
  const basis = describeDateBasis(r.dateBasis, r.basis === 'total');
  const printed = `${entry.money.printed}${entry.bareDollar ? BARE_DOLLAR_MARK : ''}`;
  if (entry.role === 'part') return `${date}, ${basis}: ${printed} ${entry.label ?? ''}`.trim();
  if (entry.role === 'rest') {
    // Worked out here, not printed: in US$ under the reading in force, with its marks.
    const rest = `${entry.converted ? '≈' : ''}${formatUsdCompact(entry.usd)}${entry.bareDollar ? BARE_DOLLAR_MARK : ''}`;
    return `${date}, ${basis}: the rest of ${printed}, ${rest} after the part ${entry.label ?? 'allotted'}; its purpose is not stated`;
  }
  const previous = r.previous ? ` (up from ${r.previous.printed})` : '';
  const subtype = r.subtype ? ` · ${r.subtype.replace(/-and-/g, ' and ')}` : '';
  return `${date}, ${basis}: ${printed}${previous}${subtype}`;
}

/** How a cell was counted, in one or two sentences. */
export function countingWords(cell: AidCell, question: AidQuestion, toIso: string | null, fromIso: string | null): string {
  const end = dayWords(toIso);
  if (cell.standing === 'not-stated') {
    return question === 'as-of' ? `The sources state no money value by ${end}.` : `The sources state no money value committed ${formatIsoRange(fromIso, toIso)}.`;
  }
  const parts: string[] = [];
  if (question === 'as-of') {
    // At the precision the source gives: "Jul 2024" for a month, never a day it does not state.
    const latest = [...cell.entries].sort((a, b) => b.end - a.end)[0];
    if (latest) parts.push(`The latest statement behind it dates to ${formatPartialDate(latest.record.date, latest.record.precision)}.`);
  }
  if (cell.lowerBound.includes('sum')) {
    parts.push('A sum of statements from different sources or with long gaps between: aid the sources do not report may come on top.');
  }
  const kind = cell.lowerBound.includes('subtype') ? cell.entries.find((e) => e.basis === 'total')?.record.subtype : undefined;
  if (kind) {
    parts.push(`The running total behind it is of ${kind.replace(/-and-/g, ' and ')} aid alone: the sources state no total of the type’s other aid.`);
  }
  if (cell.lowerBound.includes('later')) {
    parts.push(`No later money value is stated, and ${end} is over a year on: aid the sources do not report may come on top.`);
  }
  if (cell.standing === 'range') {
    parts.push(
      `${formatUsdCompact(cell.usd)} is certainly within the dates; up to ${word(cell)}${formatUsdCompact(cell.maxUsd - cell.usd)} more may be, from a running total whose growth the sources do not date.`,
    );
  }
  if (cell.converted) parts.push('Amounts printed with a bare “$” are read as the donor’s own dollar and converted at the 2022 average rate.');
  else if (cell.bareDollar) parts.push(`${BARE_DOLLAR_MARK} Printed with a bare “$”; read as US dollars.`);
  return parts.filter(Boolean).join(' ');
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

/**
 * How to read the marks, one line: under the legend, and in every export. On screen the dates are
 * the filters' To and From; an image has no such controls, so it names the dates.
 */
export function readingNotes(input: { question: AidQuestion; converted: boolean; fromIso: string | null; toIso: string | null; onScreen: boolean }): string[] {
  const { question, onScreen } = input;
  const to = onScreen ? 'To' : dayWords(input.toIso);
  const approx = `≈: nearly or about, as the source words it${input.converted ? ', or converted from the donor’s own dollar' : ''}.`;
  return [
    question === 'as-of'
      ? `Solid: the stated total as of ${to}. An open end (▸): at least: a sum of statements with gaps between them, a total stated over a year before ${onScreen ? 'To' : 'that date'}, or a total of one kind alone (loans). ${approx}`
      : `Solid: committed within ${onScreen ? 'From–To' : formatIsoRange(input.fromIso, input.toIso)}. Lighter extension: may also fall within the dates; the sources do not say when. An open end (▸): at least. ${approx}`,
  ];
}

/** The caption: what is measured, over which dates, from which sources. */
export function aidCaption(input: { measure: Measure; question: AidQuestion; fromIso: string | null; toIso: string | null; sources: readonly string[]; cut: boolean; converted?: boolean }): string {
  const { measure, question, fromIso, toIso, sources } = input;
  const what = MEASURE_LABELS[measure].name;
  const when = question === 'as-of' ? `stated as of ${dayWords(toIso)} (From does not apply)` : `committed ${formatIsoRange(fromIso, toIso)}`;
  // The documents after a colon, one per item: their own names hold brackets ("(APB Series)").
  const cited = sources.length ? `: ${sources.join('; ')}` : '';
  const cut = input.cut ? ' A bar marked // runs past the axis; its full value is printed.' : '';
  // Per capita and % of GDP are worked out here from what the sources state: the caption says so.
  // Converted amounts are the sources' figures read in the donor's dollar: the caption says so.
  const read = input.converted ? ', a bare “$” read as the donor’s own dollar and converted at 2022 average rates' : '';
  const from = measure === 'usd' ? `, as the sources state it${read}${cited}` : `, the amounts the sources state${read ? `${read},` : ''} over 2022 ${measure === 'per-capita' ? 'population' : 'GDP'}${cited}`;
  return `${what} ${when}${from}.${cut}`;
}

/** The aid export's subtitle items: countries, types, what the bars answer for which dates, the measure, how "$" was read. */
export function aidFilterItems(input: { filterLines: readonly string[]; question: AidQuestion; fromIso: string | null; toIso: string | null; bareDollar: boolean; converted: boolean }): string {
  const items = input.filterLines.flatMap((l) => l.split(' · ')).filter((item) => !item.startsWith('Dates: '));
  const when = input.question === 'as-of' ? `Stated totals as of ${dayWords(input.toIso)}` : `Committed ${formatIsoRange(input.fromIso, input.toIso)}`;
  const measureAt = items.findIndex((item) => item.startsWith('Measure: '));
  items.splice(measureAt < 0 ? items.length : measureAt, 0, when);
  // How "$" was read in what is shown: the donor's own dollar only where a figure was converted.
  if (input.bareDollar) items.push(`A bare “$” read as ${input.converted ? 'the donor’s own dollar where it is a dollar' : 'US dollars'}`);
  return items.join(' · ');
}

/** Said under the axis when a bar is cut. */
export const CUT_NOTE = 'bars marked // are cut short; their full value is printed';

/** What the chart shows when there is nothing to draw, or null. */
export function aidEmpty(input: { countries: readonly string[]; countryNames: readonly string[]; types: readonly AidType[]; windowEmpty: boolean; cells: readonly AidCell[]; question: AidQuestion; fromIso: string | null; toIso: string | null; inKindCount: number }): string | null {
  if (!input.countries.length) return 'No country is selected. Choose one or more under Countries.';
  if (!input.types.length) return 'No aid type is selected. Choose one or more under Aid type.';
  if (input.windowEmpty) return 'The date range is empty: From is after To.';
  if (input.cells.every((c) => c.standing === 'not-stated')) {
    const typeWords = listInWords(input.types.map((t) => AID_TYPE_LABELS[t].toLowerCase()));
    const who = listInWords(input.countryNames);
    const when = input.question === 'as-of' ? `by ${dayWords(input.toIso)}` : `${formatIsoRange(input.fromIso, input.toIso)}`;
    const extra = input.inKindCount ? ' Contributions without a stated value are listed below.' : '';
    return `The sources state no ${typeWords} aid with a money value for ${who} ${when}.${extra}`;
  }
  return null;
}

/** One quiet note per country: the types the sources give no money value for. */
export function notStatedNote(cells: readonly AidCell[]): string | null {
  // "Purpose not stated" is where money of unstated purpose goes; its absence needs no note.
  const types = cells.filter((c) => c.standing === 'not-stated' && c.type !== 'unspecified').map((c) => AID_TYPE_LABELS[c.type].toLowerCase());
  return types.length ? `No value stated: ${listInWords(types)}` : null;
}

/** The table's and the CSV's columns. */
export const AID_CSV_COLUMNS = [
  'Country',
  'Country code',
  'Aid type',
  'Question',
  'From',
  'To',
  'Standing',
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

/** The CSV row of one cell. A value that is not stated is left empty, and the standing column says why. */
export function aidCsvRow(
  cell: AidCell,
  ctx: { countryName: string; measure: Measure; indicator: Indicator | undefined; question: AidQuestion; fromIso: string | null; toIso: string | null; sourceLabel: (id: string) => string },
): (string | number | null)[] {
  const m = measured(cell, ctx.measure, ctx.indicator);
  const all = [...cell.entries, ...cell.openEntries];
  const currencies = [...new Set(all.map((e) => (e.bareDollar ? 'bare “$” (not stated)' : e.money.currency)))];
  const notes = [...new Set(all.map((e) => e.record.note).filter((n): n is string => Boolean(n)))];
  return [
    ctx.countryName,
    cell.country,
    AID_TYPE_LABELS[cell.type],
    QUESTION_NAMES[ctx.question],
    ctx.question === 'as-of' ? null : ctx.fromIso,
    ctx.toIso,
    STANDING_NAMES[cell.standing],
    cell.standing === 'not-stated' ? null : approximate(cell) ? word(cell).trim() || 'about' : 'exact',
    cell.standing === 'not-stated' || !m ? null : m.value,
    cell.standing === 'range' && m ? m.max : null,
    UNITS[ctx.measure],
    valueWords(cell, m, ctx.measure),
    currencies.join('; ') || null,
    cell.bareDollar ? (cell.converted ? 'donor’s own dollar, converted at the 2022 average rate' : 'US dollars') : null,
    cell.entries.map(entryWords).join('; ') || null,
    cell.openEntries.map(entryWords).join('; ') || null,
    notes.join(' ') || null,
    [...new Set(all.flatMap((e) => e.record.citations.map((c) => ctx.sourceLabel(c.source))))].join('; ') || null,
  ];
}

/** An in-kind item in words: "70,000 tons of coal", "over 6,000 humanitarian visas to Ukrainian refugees", "bulletproof vests". */
export function itemText(item: AidRecord['items'][number]): string {
  if (item.quantity === null) return item.what;
  const qty = `${item.qualifier ? `${item.qualifier} ` : ''}${formatInteger(item.quantity)}`;
  return item.unit && !item.what.includes(item.unit) ? `${qty} ${item.unit} of ${item.what}` : `${qty} ${item.what}`;
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

/**
 * The chart in words, from the same numbers it draws: the largest figure first, then the others by
 * country, and the types with no stated value.
 */
export function describeAidInWords(input: { cells: readonly AidCell[]; names: ReadonlyMap<string, string>; measure: Measure; indicators: Readonly<Record<string, Indicator | undefined>>; question: AidQuestion; toIso: string | null; fromIso: string | null }): string {
  const { cells, names, measure } = input;
  const stated = cells.filter((c) => c.standing !== 'not-stated');
  const when = input.question === 'as-of' ? `as of ${dayWords(input.toIso)}` : `committed ${formatIsoRange(input.fromIso, input.toIso)}`;
  if (!stated.length) return `The sources state no aid with a money value for the selected countries and types ${when}.`;
  const say = (c: AidCell) => `${names.get(c.country) ?? c.country}’s ${AID_TYPE_LABELS[c.type].toLowerCase()} aid, ${valueWords(c, measured(c, measure, input.indicators[c.country]), measure)}`;
  const ranked = [...stated].sort((a, b) => b.maxUsd - a.maxUsd);
  const [top, ...rest] = ranked;
  const lines = [`Aid to Ukraine ${when}, in ${MEASURE_LABELS[measure].name}: ${say(top!)}, is the largest figure`];
  if (rest.length) lines.push(`then ${rest.map(say).join('; ')}`);
  const missing = cells.filter((c) => c.standing === 'not-stated');
  if (missing.length) lines.push(`no money value is stated for ${listInWords(missing.map((c) => `${names.get(c.country) ?? c.country}’s ${AID_TYPE_LABELS[c.type].toLowerCase()} aid`))}`);
  return `${lines.join('; ')}.`;
}

/** The image's subtitle, one sentence in words: whose aid of which types, what the bars answer for which dates, in which measure. */
export function aidSubtitle(input: { countryNames: readonly string[]; types: readonly AidType[]; allTypes: boolean; measure: Measure; question: AidQuestion; fromIso: string | null; toIso: string | null }): string {
  const kinds = input.allTypes ? 'Aid to Ukraine by type' : `${listInWords(input.types.map((t) => AID_TYPE_LABELS[t].toLowerCase()))} aid to Ukraine`;
  const when = input.question === 'as-of' ? `as the sources state it as of ${dayWords(input.toIso)}` : `committed ${formatIsoRange(input.fromIso, input.toIso)}`;
  const what = kinds[0]!.toUpperCase() + kinds.slice(1);
  return `${what} from ${listInWords(input.countryNames)}, ${when}, in ${MEASURE_LABELS[input.measure].name}.`;
}
