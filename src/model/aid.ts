import type { AidRecord, AidType, ExchangeRates, Money } from '../data/schema';
import { statementDays } from './dates';
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
 *
 * One rule answers both questions. What was committed within From–To is the sum of the segments
 * wholly inside the dates (certain), and of those that only overlap them (may be within: a range).
 * It is "stated" only where running totals of the whole type bound both ends of the dates: at From,
 * the start of the aid or a total as of the day before; at To, a total whose own date To falls in.
 * Otherwise it is "at least". The total as of To is what was committed from the start of the aid
 * to To, so the two questions agree whenever From is before all aid.
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
  /** The first and last day the statement may date from (Infinity for one dated "or later"). */
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
  /** The first day aid can date from (`meta.aidFrom`); nothing is committed before it. */
  aidFrom: number;
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

const byId = (a: AidRecord, b: AidRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** On the same day a total comes before an increment (it states what was there before the day's news); then by id. */
export function compareEntries(a: AidEntry, b: AidEntry): number {
  return a.start - b.start || a.end - b.end || (a.basis === b.basis ? 0 : a.basis === 'total' ? -1 : 1) || byId(a.record, b.record);
}

function entriesOf(record: AidRecord, options: AidIndexOptions): { type: AidType; entry: AidEntry }[] {
  const money = record.money;
  if (!money) return [];
  const [start, end] = statementDays(record);
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

/** A running total of everything of the type (not of loans alone, nor a part of a record). */
const isWholeTotal = (entry: AidEntry) => entry.basis === 'total' && entry.role === 'whole' && !entry.record.subtype;

function segmentsOf(entries: readonly AidEntry[], aidFrom: number): Segment[] {
  const segments: Segment[] = [];
  let known = 0;
  // The first day after which aid is not yet counted by a running total of the whole type, and of each subtype ("loan").
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
    // The date may be the first day of its period, so what came after it may start the day after that.
    if (entry.role === 'whole') {
      if (subtype) afterSubtype.set(subtype, Math.max(afterSubtype.get(subtype) ?? aidFrom, entry.start + 1));
      else afterType = Math.max(afterType, entry.start + 1);
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
      inKind.push({ record, start: statementDays(record)[0] });
      continue;
    }
    for (const { type, entry } of entriesOf(record, options)) {
      const key = seriesKey(record.country, type);
      const group = groups.get(key) ?? { country: record.country, type, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
  }
  const aidFrom = options.aidFrom ?? -Infinity;
  const series = new Map<string, AidSeries>();
  for (const [key, group] of groups) {
    const entries = [...group.entries].sort(compareEntries);
    series.set(key, { ...group, entries, segments: segmentsOf(entries, aidFrom), aidFrom });
  }
  inKind.sort((a, b) => a.start - b.start || byId(a.record, b.record));
  return { series, inKind: inKind.map((r) => r.record) };
}

/**
 * Why an `at-least` value is a lower bound; each is said in words beside the value.
 * - `later`: the dates end after the latest statement behind it: aid may have come since.
 * - `package`: it ends on packages, not on a running total: aid the sources do not report may come beside them.
 * - `subtype`: the running total behind it is of one kind of the type alone (loans, non-lethal aid).
 * - `start`: From is after the aid began and no running total states what was committed before it.
 */
export type LowerBoundReason = 'later' | 'package' | 'subtype' | 'start';

/**
 * What is known of one country and type for a question: a value and its standing.
 * - `not-stated`: the sources give no money value (never 0).
 * - `stated`: running totals of the whole type bound the dates at both ends.
 * - `at-least`: a lower bound (see `lowerBound`).
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
  /** The latest statement the certain value rests on: the value stands as of its date (null when nothing is certain). */
  latest: AidEntry | null;
  lowerBound: readonly LowerBoundReason[];
}

const NOT_STATED: AidValue = {
  standing: 'not-stated',
  usd: 0,
  maxUsd: 0,
  qualifier: 'exact',
  bareDollar: false,
  converted: false,
  entries: [],
  openEntries: [],
  latest: null,
  lowerBound: [],
};

/** The qualifier of a sum: exact when every part is; one word when all the approximate parts share it. */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const words = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (words.size === 0) return 'exact';
  return words.size === 1 ? [...words][0]! : 'about';
}

const unique = <T>(list: readonly T[]) => [...new Set(list)];

/** The later of two statements (either may be missing). */
export const laterOf = (a: AidEntry | null, b: AidEntry | null): AidEntry | null => (!a ? b : !b ? a : compareEntries(b, a) > 0 ? b : a);

/** The statement of the latest date among some, by its first day and then its last. */
export function latestOf(entries: readonly AidEntry[]): AidEntry | null {
  return entries.reduce<AidEntry | null>((best, e) => (!best || compareEntries(e, best) > 0 ? e : best), null);
}

/** Whether From is bounded: before the aid began, or the day after a running total of the whole type dated to one day. */
function startBounded(series: AidSeries, from: number): boolean {
  if (from <= series.aidFrom) return true;
  return series.entries.some((e) => isWholeTotal(e) && e.start === e.end && e.end === from - 1);
}

/**
 * Why a value with nothing open is only a lower bound; none when running totals of the whole type
 * bound both ends of the dates. At To that is a total, the last statement that may date from by then,
 * whose own date To falls in (`latest` is the latest statement the value rests on).
 */
function lowerBoundsOf(series: AidSeries, window: DayWindow, latest: AidEntry): LowerBoundReason[] {
  const begun = series.entries.filter((e) => e.start <= window.to);
  const last = begun[begun.length - 1]!;
  const total = begun.findLast((e) => e.basis === 'total');
  const reasons: LowerBoundReason[] = [];
  if (window.to > latest.end) reasons.push('later');
  if (last.basis === 'increment') reasons.push('package');
  if (total?.record.subtype) reasons.push('subtype');
  if (!startBounded(series, window.from)) reasons.push('start');
  return reasons;
}

/**
 * What was committed within a window of days: segments wholly inside it are certain; a segment that
 * only overlaps it (a total's growth whose timing the sources leave open, or a statement dated to a
 * month the window cuts) may fall within it. The total as of a day is this from the start of the aid.
 */
export function aidWithin(series: AidSeries | undefined, window: DayWindow): AidValue {
  if (!series || window.to < window.from) return NOT_STATED;
  const certain: Segment[] = [];
  const open: Segment[] = [];
  for (const s of series.segments) {
    if (s.lo >= window.from && s.hi <= window.to) certain.push(s);
    else if (s.lo <= window.to && s.hi >= window.from) open.push(s);
  }
  if (!certain.length && !open.length) return NOT_STATED;
  const entries = unique(certain.map((s) => s.entry));
  const openEntries = unique(open.map((s) => s.entry)).filter((e) => !entries.includes(e));
  const all = [...entries, ...openEntries];
  const usd = certain.reduce((sum, s) => sum + s.usd, 0);
  const maxUsd = usd + open.reduce((sum, s) => sum + s.usd, 0);
  const latest = latestOf(entries);
  const lowerBound = open.length || !latest ? [] : lowerBoundsOf(series, window, latest);
  return {
    standing: open.length ? 'range' : lowerBound.length ? 'at-least' : 'stated',
    usd,
    maxUsd,
    qualifier: combineQualifiers(all.map((e) => e.qualifier)),
    bareDollar: all.some((e) => e.bareDollar),
    converted: all.some((e) => e.converted),
    entries: [...entries].sort(compareEntries),
    openEntries: openEntries.sort(compareEntries),
    latest,
    lowerBound,
  };
}

/** One bar's worth of aid: a country and type under a question. */
export interface AidCell extends AidValue {
  country: string;
  type: AidType;
  /** The documents its statements cite: gathered once with the cell, which a country toggled keeps. */
  sources: ReadonlySet<string>;
}

/** The days a question looks at: from the start of the aid to To for a total as of a date, From–To for what was committed within. */
export function questionWindow(question: AidQuestion, window: DayWindow): DayWindow {
  return question === 'as-of' ? { from: -Infinity, to: window.to } : window;
}

/** The answer for one country and type. */
export function aidCell(index: AidIndex, country: string, type: AidType, question: AidQuestion, window: DayWindow): AidCell {
  const value = aidWithin(index.series.get(seriesKey(country, type)), questionWindow(question, window));
  const sources = new Set<string>();
  for (const entries of [value.entries, value.openEntries]) for (const e of entries) for (const c of e.record.citations) sources.add(c.source);
  return { ...value, country, type, sources };
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

/** In-kind contributions (no money value) of the selected countries and types dated within the window, in date order. */
export function inKindWithin(index: AidIndex, countries: readonly string[], types: readonly AidType[], window: DayWindow): AidRecord[] {
  return index.inKind.filter((r) => {
    if (!countries.includes(r.country) || !types.includes(r.type)) return false;
    const [start, end] = statementDays(r);
    return start >= window.from && end <= window.to;
  });
}

/** The sources cited by the statements behind the cells and by the in-kind records listed. */
export function aidSources(cells: readonly AidCell[], inKind: readonly AidRecord[]): Set<string> {
  const found = new Set<string>();
  // Each cell's own set: at 100k records, walking every statement of every cell again on each
  // country click was a quarter of the aid chart's part of it (CPU profile of 20 clicks).
  for (const cell of cells) for (const source of cell.sources) found.add(source);
  for (const r of inKind) for (const c of r.citations) found.add(c.source);
  return found;
}

/** The values of several types of one country, added up for a stack: its standing is the least certain of theirs. */
export function combineValues(values: readonly AidValue[]): AidValue {
  const stated = values.filter((v) => v.standing !== 'not-stated');
  if (!stated.length) return NOT_STATED;
  const standing: AidValue['standing'] = stated.some((v) => v.standing === 'range') ? 'range' : stated.some((v) => v.standing === 'at-least') ? 'at-least' : 'stated';
  return {
    standing,
    usd: stated.reduce((sum, v) => sum + v.usd, 0),
    maxUsd: stated.reduce((sum, v) => sum + v.maxUsd, 0),
    qualifier: combineQualifiers(stated.map((v) => v.qualifier)),
    bareDollar: stated.some((v) => v.bareDollar),
    converted: stated.some((v) => v.converted),
    entries: stated.flatMap((v) => v.entries),
    openEntries: stated.flatMap((v) => v.openEntries),
    latest: latestOf(stated.map((v) => v.latest).filter((e): e is AidEntry => e !== null)),
    lowerBound: [...new Set(stated.flatMap((v) => v.lowerBound))],
  };
}
