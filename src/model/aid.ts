import type { AidRecord, AidType, ExchangeRates, Money } from '../data/schema';
import { endDay, startDay } from './dates';
import { qualifierOf, readMoney, type DollarReading, type Qualifier } from './money-reading';
import { onceByKey } from './once-by-key';
import type { DayWindow } from './window';

/**
 * The aid model: what the sources state for a country and aid type, with its standing.
 *
 * Sources state aid as increments (a new package) or running totals (everything so far). Each
 * statement becomes one or more segments: an amount and the days it was committed between. An
 * increment's amount falls within its date's period. The growth a running total shows over what was
 * known before it falls somewhere before the total's date, after the previous running total of the
 * same scope (which counted everything up to its own date): the sources do not say when. A package
 * does not bound what came before it, and a total of loans only does not bound the type's other
 * aid. A total that rose "from $100 million to $300 million" on its date puts the step on that date
 * and the earlier $100 million before it.
 */

/** The two questions the aid chart answers. */
export const AID_QUESTIONS = ['as-of', 'within'] as const;
export type AidQuestion = (typeof AID_QUESTIONS)[number];

/** One money statement counted for a country and type. */
export interface AidEntry {
  record: AidRecord;
  /** The record's money as a whole, one part the source allots to this type, or the rest after the parts. */
  role: 'whole' | 'part' | 'rest';
  /** The part's label ("allotted to lethal aid") for a part; the allotted parts for the rest. */
  label: string | null;
  basis: 'increment' | 'total';
  /** US$ under the reading. */
  usd: number;
  /** For a total that rose "from … to …", the US$ before the rise. */
  previousUsd: number | null;
  qualifier: Qualifier;
  bareDollar: boolean;
  converted: boolean;
  /** The money as printed, the part's or the record's. */
  money: Money;
  start: number;
  end: number;
}

/** An amount committed at some time between two days (inclusive). */
export interface Segment {
  entry: AidEntry;
  usd: number;
  lo: number;
  hi: number;
  /** `stated`: the statement dates it; `growth`: a total's rise, whose timing the sources leave open. */
  kind: 'stated' | 'growth';
}

/** The statements and segments of one country × type, in date order. */
export interface AidSeries {
  country: string;
  type: AidType;
  entries: AidEntry[];
  segments: Segment[];
}

/** Every country × type series, and the records without a money value. */
export interface AidIndex {
  series: ReadonlyMap<string, AidSeries>;
  /** Records with no money value (coal, visas, vests…), in date order. */
  inKind: readonly AidRecord[];
}

/** The key of a country × type series. */
export const seriesKey = (country: string, type: AidType) => `${country}:${type}`;

/** What the index needs to know besides the records. */
export interface AidIndexOptions {
  reading: DollarReading;
  rates?: ExchangeRates | undefined;
  /** The first day aid can date from (the dataset's `meta.aidFrom`); a first total's growth starts here. */
  aidFrom?: number | undefined;
}

/** On the same day a total comes before an increment (it states what was there before the day's news); then by id. */
function compareEntries(a: AidEntry, b: AidEntry): number {
  return a.start - b.start || a.end - b.end || (a.basis === b.basis ? 0 : a.basis === 'total' ? -1 : 1) || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);
}

function entriesOf(record: AidRecord, options: AidIndexOptions): { type: AidType; entry: AidEntry }[] {
  const money = record.money;
  if (!money) return [];
  const start = startDay(record.date);
  const end = endDay(record.date, record.precision);
  const read = (m: Money) => readMoney(m, record.country, options.reading, options.rates);
  const make = (m: Money, role: AidEntry['role'], label: string | null, usd: number): AidEntry => {
    const r = read(m);
    return {
      record,
      role,
      label,
      basis: record.basis,
      usd,
      previousUsd: role === 'whole' && record.previous ? read(record.previous).usd : null,
      qualifier: qualifierOf(m),
      bareDollar: r.bareDollar,
      converted: r.converted,
      money: m,
      start,
      end,
    };
  };
  const typed = (record.parts ?? []).filter((p) => p.type && p.type !== record.type);
  if (record.basis === 'increment' && typed.length) {
    const out = typed.map((p) => ({ type: p.type as AidType, entry: make(p.money, 'part', p.label, read(p.money).usd) }));
    const rest = read(money).usd - out.reduce((sum, p) => sum + p.entry.usd, 0);
    if (rest > 0) out.push({ type: record.type, entry: make(money, 'rest', typed.map((p) => p.label).join('; '), rest) });
    return out;
  }
  return [{ type: record.type, entry: make(money, 'whole', null, read(money).usd) }];
}

function segmentsOf(entries: readonly AidEntry[], aidFrom: number): Segment[] {
  const segments: Segment[] = [];
  let known = 0;
  // The day after the last running total of the whole type, and of each subtype ("loan").
  let afterType = aidFrom;
  const afterSubtype = new Map<string, number>();
  for (const entry of entries) {
    if (entry.basis === 'increment') {
      segments.push({ entry, usd: entry.usd, lo: entry.start, hi: entry.end, kind: 'stated' });
      known += entry.usd;
      continue;
    }
    const subtype = entry.role === 'whole' ? entry.record.subtype : undefined;
    const after = Math.max(afterType, subtype ? (afterSubtype.get(subtype) ?? aidFrom) : aidFrom);
    const before = entry.previousUsd ?? entry.usd;
    // A total lower than what was known is a revision: nothing more was committed.
    if (before > known) segments.push({ entry, usd: before - known, lo: Math.min(after, entry.end), hi: entry.end, kind: 'growth' });
    if (entry.previousUsd !== null && entry.usd > entry.previousUsd) {
      segments.push({ entry, usd: entry.usd - entry.previousUsd, lo: entry.start, hi: entry.end, kind: 'stated' });
    }
    known = Math.max(known, entry.usd);
    // Only a whole total counts everything of its scope up to its date; a part of one bounds nothing.
    if (entry.role === 'whole') {
      if (subtype) afterSubtype.set(subtype, Math.max(afterSubtype.get(subtype) ?? aidFrom, entry.end + 1));
      else afterType = Math.max(afterType, entry.end + 1);
    }
  }
  return segments;
}

/** Builds every country × type series under a reading of "$". Pure; does not mutate `aid`. */
export function buildAidIndex(aid: readonly AidRecord[], options: AidIndexOptions = { reading: 'usd' }): AidIndex {
  const groups = new Map<string, { country: string; type: AidType; entries: AidEntry[] }>();
  const inKind: { record: AidRecord; start: number }[] = [];
  for (const record of aid) {
    if (!record.money) {
      inKind.push({ record, start: startDay(record.date) });
      continue;
    }
    for (const { type, entry } of entriesOf(record, options)) {
      const key = seriesKey(record.country, type);
      const group = groups.get(key) ?? { country: record.country, type, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
  }
  const series = new Map<string, AidSeries>();
  for (const [key, group] of groups) {
    const entries = [...group.entries].sort(compareEntries);
    series.set(key, { ...group, entries, segments: segmentsOf(entries, options.aidFrom ?? -Infinity) });
  }
  inKind.sort((a, b) => a.start - b.start || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return { series, inKind: inKind.map((r) => r.record) };
}

/** Statements more than this many days apart leave room for aid the sources do not report. */
export const GAP_DAYS = 365;

/**
 * What is known of one country and type for a question: a value and its standing.
 * - `not-stated`: the sources give no money value (never 0).
 * - `stated`: one statement, or statements of one source that follow one another closely.
 * - `at-least`: a sum of statements from different sources or with long gaps between: a lower bound.
 * - `range`: the part certainly within the dates (`usd`) and the most that may be (`maxUsd`), when a
 *   total's growth may or may not fall within them.
 */
export interface AidValue {
  standing: 'not-stated' | 'stated' | 'at-least' | 'range';
  /** US$ certainly within (0 when not stated). */
  usd: number;
  /** The most that may be (equals `usd` unless a range). */
  maxUsd: number;
  /** The source's word for the amount, combined over the statements behind it. */
  qualifier: Qualifier;
  /** Some amount behind it was printed with a bare "$". */
  bareDollar: boolean;
  /** Some amount behind it was converted from the donor's dollar. */
  converted: boolean;
  /** The statements the certain value rests on, in date order. */
  entries: AidEntry[];
  /** The statements whose timing is open (what makes a range). */
  openEntries: AidEntry[];
  /** The last day of the latest statement behind the value. */
  statedOn: number | null;
  /**
   * Why an `at-least` value is a lower bound: `sum`, it adds statements from different sources or
   * with long gaps between; `later`, it is asked for more than GAP_DAYS after its latest statement;
   * `subtype`, the running total behind it is of one kind of the type alone (loans, non-lethal aid).
   */
  lowerBound: readonly LowerBoundReason[];
}

export type LowerBoundReason = 'sum' | 'later' | 'subtype';

const NOT_STATED: AidValue = {
  standing: 'not-stated',
  usd: 0,
  maxUsd: 0,
  qualifier: 'exact',
  bareDollar: false,
  converted: false,
  entries: [],
  openEntries: [],
  statedOn: null,
  lowerBound: [],
};

/** The qualifier of a sum: exact when every part is; one word when all the approximate parts share it. */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const words = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (words.size === 0) return 'exact';
  return words.size === 1 ? [...words][0]! : 'about';
}

/** The statements a value rests on: the last total among them and what came after it. */
function behind(entries: readonly AidEntry[]): AidEntry[] {
  let last = -1;
  entries.forEach((e, i) => {
    if (e.basis === 'total') last = i;
  });
  return last < 0 ? [...entries] : entries.slice(last);
}

function isLowerBound(entries: readonly AidEntry[]): boolean {
  if (entries.length < 2) return false;
  // A statement without a quote names no document, so it does not make a sum span two.
  const sources = new Set(entries.map((e) => e.record.citations[0]?.source).filter((s) => s !== undefined));
  if (sources.size > 1) return true;
  return entries.some((e, i) => i > 0 && e.start - entries[i - 1]!.end > GAP_DAYS);
}

const unique = <T>(list: readonly T[]) => [...new Set(list)];

function valueOf(certain: readonly Segment[], open: readonly Segment[]): AidValue {
  if (!certain.length && !open.length) return NOT_STATED;
  const entries = behind(unique(certain.map((s) => s.entry)));
  const openEntries = unique(open.map((s) => s.entry));
  const usd = certain.reduce((sum, s) => sum + s.usd, 0);
  const maxUsd = usd + open.reduce((sum, s) => sum + s.usd, 0);
  const all = [...entries, ...openEntries];
  const standing: AidValue['standing'] = open.length ? 'range' : isLowerBound(entries) ? 'at-least' : 'stated';
  return {
    lowerBound: standing === 'at-least' ? ['sum'] : [],
    standing,
    usd,
    maxUsd,
    qualifier: combineQualifiers(all.map((e) => e.qualifier)),
    bareDollar: all.some((e) => e.bareDollar),
    converted: all.some((e) => e.converted),
    entries,
    openEntries,
    statedOn: entries.length ? Math.max(...entries.map((e) => e.end)) : null,
  };
}

/**
 * The stated total as of a day: of the statements whose period has ended by then, the last total and
 * the increments after it (a later, lower total is a revision and stands). What the sources date
 * later is not counted, even if its month has begun. Asked for more than GAP_DAYS after its latest
 * statement, with nothing reported between, it is "at least": aid is not taken back, and a year
 * leaves room for aid the sources do not report. So is one that rests on a running total of one
 * kind of the type alone (loans, non-lethal aid): the type's other aid is not stated by then.
 */
export function totalAsOf(series: AidSeries | undefined, day: number): AidValue {
  if (!series) return NOT_STATED;
  const known = series.entries.filter((e) => e.end <= day);
  if (!known.length) return NOT_STATED;
  const entries = behind(known);
  const statedOn = Math.max(...entries.map((e) => e.end));
  const lowerBound: LowerBoundReason[] = [];
  if (isLowerBound(entries)) lowerBound.push('sum');
  if (Number.isFinite(day) && day - statedOn > GAP_DAYS) lowerBound.push('later');
  // A total of loans alone says nothing of the type's other aid by then.
  if (entries[0]?.basis === 'total' && entries[0].role === 'whole' && entries[0].record.subtype) lowerBound.push('subtype');
  return {
    lowerBound,
    standing: lowerBound.length ? 'at-least' : 'stated',
    usd: entries.reduce((sum, e) => sum + e.usd, 0),
    maxUsd: entries.reduce((sum, e) => sum + e.usd, 0),
    qualifier: combineQualifiers(entries.map((e) => e.qualifier)),
    bareDollar: entries.some((e) => e.bareDollar),
    converted: entries.some((e) => e.converted),
    entries,
    openEntries: [],
    statedOn,
  };
}

/**
 * Committed within a window: segments wholly inside it are certain; a segment that only overlaps it
 * (a total's growth whose timing the sources leave open, or a statement dated to a month the window
 * cuts) may fall within it.
 */
export function committedWithin(series: AidSeries | undefined, window: DayWindow): AidValue {
  if (!series || window.to < window.from) return NOT_STATED;
  const certain: Segment[] = [];
  const open: Segment[] = [];
  for (const s of series.segments) {
    if (s.lo >= window.from && s.hi <= window.to) certain.push(s);
    else if (s.lo <= window.to && s.hi >= window.from) open.push(s);
  }
  return valueOf(certain, open);
}

/** One bar's worth of aid: a country and type under a question. */
export interface AidCell extends AidValue {
  country: string;
  type: AidType;
}

/** The answer for one country and type. */
export function aidCell(index: AidIndex, country: string, type: AidType, question: AidQuestion, window: DayWindow): AidCell {
  const series = index.series.get(seriesKey(country, type));
  return { ...(question === 'as-of' ? totalAsOf(series, window.to) : committedWithin(series, window)), country, type };
}

/**
 * Answers for one index, question and window, each worked out once: a country toggled leaves the
 * others' cells as they are (at 100k records the cells were 2.6 ms of a country change; CPU profile
 * of 30).
 */
export function aidCellMaker(index: AidIndex, question: AidQuestion, window: DayWindow): (country: string, type: AidType) => AidCell {
  return onceByKey(seriesKey, (country: string, type: AidType) => aidCell(index, country, type, question, window));
}

/** The answer for every selected country × type, in the order given. */
export function aidCells(
  index: AidIndex,
  countries: readonly string[],
  types: readonly AidType[],
  question: AidQuestion,
  window: DayWindow,
  cellOf: (country: string, type: AidType) => AidCell = (country, type) => aidCell(index, country, type, question, window),
): AidCell[] {
  return countries.flatMap((country) => types.map((type) => cellOf(country, type)));
}

/** The days a question looks at: up to To for a total as of a date, From–To for what was committed within. */
export function questionWindow(question: AidQuestion, window: DayWindow): DayWindow {
  return question === 'as-of' ? { from: -Infinity, to: window.to } : window;
}

/** In-kind contributions (no money value) of the selected countries and types dated within the window, in date order. */
export function inKindWithin(index: AidIndex, countries: readonly string[], types: readonly AidType[], window: DayWindow): AidRecord[] {
  return index.inKind.filter((r) => {
    if (!countries.includes(r.country) || !types.includes(r.type)) return false;
    return startDay(r.date) >= window.from && endDay(r.date, r.precision) <= window.to;
  });
}

/** The sources cited by the statements behind the cells and by the in-kind records listed. */
export function aidSources(cells: readonly AidCell[], inKind: readonly AidRecord[]): Set<string> {
  const found = new Set<string>();
  for (const cell of cells) for (const e of [...cell.entries, ...cell.openEntries]) for (const c of e.record.citations) found.add(c.source);
  for (const r of inKind) for (const c of r.citations) found.add(c.source);
  return found;
}

/** The values of several types of one country, added up for a stack: its standing is the least certain of theirs. */
export function combineValues(values: readonly AidValue[]): AidValue {
  const stated = values.filter((v) => v.standing !== 'not-stated');
  if (!stated.length) return NOT_STATED;
  const standing: AidValue['standing'] = stated.some((v) => v.standing === 'range') ? 'range' : stated.some((v) => v.standing === 'at-least') ? 'at-least' : 'stated';
  const days = stated.map((v) => v.statedOn).filter((d): d is number => d !== null);
  return {
    standing,
    usd: stated.reduce((sum, v) => sum + v.usd, 0),
    maxUsd: stated.reduce((sum, v) => sum + v.maxUsd, 0),
    qualifier: combineQualifiers(stated.map((v) => v.qualifier)),
    bareDollar: stated.some((v) => v.bareDollar),
    converted: stated.some((v) => v.converted),
    entries: stated.flatMap((v) => v.entries),
    openEntries: stated.flatMap((v) => v.openEntries),
    statedOn: days.length ? Math.max(...days) : null,
    lowerBound: [...new Set(stated.flatMap((v) => v.lowerBound))],
  };
}
