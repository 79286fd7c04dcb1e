import type { AidRecord, AidType } from '../data/schema';
import { startDay } from './dates';
import { firstAtOrAfter, lastAtOrBefore, type DayWindow } from './window';

/**
 * The money records of one country and aid type in date order, with the running total after each.
 * The totals rule: an increment adds its US$ value; a total replaces everything before it of the same
 * country and type (it already contains them). A record counts from the first day of its date's period.
 */
export interface AidSeries {
  readonly country: string;
  readonly type: AidType;
  readonly days: readonly number[];
  readonly totals: readonly number[];
  readonly records: readonly AidRecord[];
  /** Days of the records citing each source, for naming the sources behind a window. */
  readonly sourceDays: ReadonlyMap<string, Float64Array>;
}

/** In-kind records (no money value) of one country and type, in date order. */
export interface InKindSeries {
  readonly days: readonly number[];
  readonly records: readonly AidRecord[];
  readonly sourceDays: ReadonlyMap<string, Float64Array>;
}

/** Aid records indexed once at load, so every filter change is answered by binary search. */
export interface AidIndex {
  readonly series: ReadonlyMap<string, AidSeries>;
  /** Records with no money value (coal, visas, vests…), per country × type. */
  readonly inKind: ReadonlyMap<string, InKindSeries>;
}

/** The key of a country × type series. */
export const seriesKey = (country: string, type: AidType) => `${country}:${type}`;

function sourceDaysOf(days: readonly number[], records: readonly AidRecord[]): Map<string, Float64Array> {
  const lists = new Map<string, number[]>();
  records.forEach((record, i) => {
    const citations = record.citations;
    for (let j = 0; j < citations.length; j++) {
      const source = citations[j]!.source;
      let seen = false;
      for (let k = 0; k < j; k++) if (citations[k]!.source === source) seen = true;
      if (seen) continue;
      const list = lists.get(source);
      if (list) list.push(days[i]!);
      else lists.set(source, [days[i]!]);
    }
  });
  return new Map([...lists].map(([source, list]) => [source, Float64Array.from(list)]));
}

// Built on first use (captions name the sources behind a window): most series are never asked.
function withLazySourceDays<T extends { days: readonly number[]; records: readonly AidRecord[] }>(target: T): T & { sourceDays: Map<string, Float64Array> } {
  let cached: Map<string, Float64Array> | undefined;
  return Object.defineProperty(target, 'sourceDays', { get: () => (cached ??= sourceDaysOf(target.days, target.records)), enumerable: true }) as T & {
    sourceDays: Map<string, Float64Array>;
  };
}

/**
 * The order of records: by date; on the same day a total before an increment, since a total states
 * what was there before the day's news; then by id, so the order never depends on the input's.
 */
const compareRecords = (ra: AidRecord, da: number, rb: AidRecord, db: number) =>
  da - db || (ra.basis === rb.basis ? 0 : ra.basis === 'total' ? -1 : 1) || (ra.id < rb.id ? -1 : ra.id > rb.id ? 1 : 0);

function sortByDate(indexes: number[], aid: readonly AidRecord[], days: Float64Array): number[] {
  return indexes.sort((a, b) => compareRecords(aid[a]!, days[a]!, aid[b]!, days[b]!));
}

/** Builds the per country × type running totals and in-kind lists. Does not mutate `aid`. */
export function buildAidIndex(aid: readonly AidRecord[]): AidIndex {
  // Indexes into `aid`, grouped, so no object is made per record.
  const days = new Float64Array(aid.length);
  const groups = new Map<string, number[]>();
  const kindGroups = new Map<string, number[]>();
  aid.forEach((record, i) => {
    days[i] = startDay(record.date);
    const key = seriesKey(record.country, record.type);
    const target = record.money === null ? kindGroups : groups;
    const group = target.get(key);
    if (group) group.push(i);
    else target.set(key, [i]);
  });
  const series = new Map<string, AidSeries>();
  for (const [key, group] of groups) {
    sortByDate(group, aid, days);
    const seriesDays: number[] = new Array(group.length);
    const totals: number[] = new Array(group.length);
    const records: AidRecord[] = new Array(group.length);
    let running = 0;
    group.forEach((index, j) => {
      const record = aid[index]!;
      const usd = record.money?.usd ?? 0;
      running = record.basis === 'total' ? usd : running + usd;
      seriesDays[j] = days[index]!;
      totals[j] = running;
      records[j] = record;
    });
    const first = records[0]!;
    series.set(key, withLazySourceDays({ country: first.country, type: first.type, days: seriesDays, totals, records }));
  }
  const inKind = new Map<string, InKindSeries>();
  for (const [key, group] of kindGroups) {
    sortByDate(group, aid, days);
    inKind.set(key, withLazySourceDays({ days: group.map((i) => days[i]!), records: group.map((i) => aid[i]!) }));
  }
  return { series, inKind };
}

/** The running total in US$ as of the end of `day` (0 before the first record). */
export function totalAsOf(series: AidSeries | undefined, day: number): number {
  if (!series) return 0;
  const i = lastAtOrBefore(series.days, day);
  return i < 0 ? 0 : (series.totals[i] as number);
}

/**
 * US$ committed within a window: the total at its end minus the total before its start.
 * A later total lower than an earlier one (a revision) would make that negative; it counts as 0.
 */
export function committedWithin(series: AidSeries | undefined, window: DayWindow): number {
  if (!series || window.to < window.from) return 0;
  return Math.max(0, totalAsOf(series, window.to) - totalAsOf(series, window.from - 1));
}

/** The records of a series dated within the window, in date order. */
export function recordsWithin(series: AidSeries | undefined, window: DayWindow): readonly AidRecord[] {
  if (!series) return [];
  return series.records.slice(firstAtOrAfter(series.days, window.from), lastAtOrBefore(series.days, window.to) + 1);
}

/** One bar's worth of aid: a country and type within a window, with the records behind it. */
export interface AidCell {
  country: string;
  type: AidType;
  /** US$ committed within the window. */
  usd: number;
  /** Running total before the window starts (what the window's amount is measured from). */
  before: number;
  /** Running total at the window's end. */
  atEnd: number;
  /** Records dated within the window. */
  records: readonly AidRecord[];
}

/** The aid cells for every selected country × type, in the order given. */
export function aidCells(
  index: AidIndex,
  countries: readonly string[],
  types: readonly AidType[],
  window: DayWindow,
): AidCell[] {
  const cells: AidCell[] = [];
  for (const country of countries) {
    for (const type of types) {
      const series = index.series.get(seriesKey(country, type));
      const atEnd = totalAsOf(series, window.to);
      const before = totalAsOf(series, window.from - 1);
      cells.push({
        country,
        type,
        usd: committedWithin(series, window),
        before,
        atEnd,
        records: recordsWithin(series, window),
      });
    }
  }
  return cells;
}

/**
 * The in-kind contributions (no money value) of the selected countries and types dated within a
 * window: counted at once, listed on demand. A large dataset has thousands of them, and the chart
 * lists a dozen.
 */
export interface InKindSelection {
  /** How many records there are. */
  readonly count: number;
  /** Equal for two selections of the same index that hold the same records. */
  readonly key: string;
  /** The first `n` records in date order; all of them when `n` ≥ count. */
  first(n: number): AidRecord[];
}

/** Up to this many records are taken from the date-sorted series one by one; more are sorted at once. */
const MERGE_UP_TO = 64;

export function inKindSelection(index: AidIndex, countries: readonly string[], types: readonly AidType[], window: DayWindow): InKindSelection {
  const ranges: { days: readonly number[]; records: readonly AidRecord[]; from: number; to: number }[] = [];
  const keys: string[] = [];
  let count = 0;
  for (const country of countries) {
    for (const type of types) {
      const key = seriesKey(country, type);
      const list = index.inKind.get(key);
      if (!list) continue;
      const from = firstAtOrAfter(list.days, window.from);
      const to = lastAtOrBefore(list.days, window.to) + 1;
      if (to <= from) continue;
      ranges.push({ days: list.days, records: list.records, from, to });
      keys.push(`${key}:${from}-${to}`);
      count += to - from;
    }
  }
  const first = (n: number): AidRecord[] => {
    const limit = Math.min(n, count);
    if (limit > MERGE_UP_TO) {
      const found: { day: number; record: AidRecord }[] = [];
      for (const r of ranges) for (let i = r.from; i < r.to; i++) found.push({ day: r.days[i]!, record: r.records[i]! });
      return found
        .sort((a, b) => compareRecords(a.record, a.day, b.record, b.day))
        .slice(0, limit)
        .map((d) => d.record);
    }
    // Each series is in date order already: take the earliest head, `limit` times.
    const at = ranges.map((r) => r.from);
    const out: AidRecord[] = [];
    while (out.length < limit) {
      let best = -1;
      for (let i = 0; i < ranges.length; i++) {
        const r = ranges[i]!;
        const j = at[i]!;
        if (j >= r.to) continue;
        if (best < 0) best = i;
        else {
          const b = ranges[best]!;
          const k = at[best]!;
          if (compareRecords(r.records[j]!, r.days[j]!, b.records[k]!, b.days[k]!) < 0) best = i;
        }
      }
      out.push(ranges[best]!.records[at[best]!]!);
      at[best]!++;
    }
    return out;
  };
  return { count, key: keys.join(' '), first };
}

/** In-kind contributions (no money value) of the selected countries and types dated within the window, in date order. */
export function inKindWithin(index: AidIndex, countries: readonly string[], types: readonly AidType[], window: DayWindow): AidRecord[] {
  const selection = inKindSelection(index, countries, types, window);
  return selection.first(selection.count);
}

/** The sources cited by the records (with or without money) of the selected series dated within the window. */
export function aidSourcesWithin(index: AidIndex, countries: readonly string[], types: readonly AidType[], window: DayWindow): Set<string> {
  const found = new Set<string>();
  for (const country of countries) {
    for (const type of types) {
      const key = seriesKey(country, type);
      for (const list of [index.series.get(key)?.sourceDays, index.inKind.get(key)?.sourceDays]) {
        if (!list) continue;
        for (const [source, days] of list) {
          if (found.has(source)) continue;
          const i = firstAtOrAfter(days, window.from);
          if (i < days.length && days[i]! <= window.to) found.add(source);
        }
      }
    }
  }
  return found;
}
