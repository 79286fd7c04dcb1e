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
}

/** Aid records indexed once at load, so every filter change is answered by binary search. */
export interface AidIndex {
  readonly series: ReadonlyMap<string, AidSeries>;
  /** Records with no money value (coal, visas, vests…), in date order. */
  readonly inKind: readonly AidRecord[];
  readonly inKindDays: readonly number[];
}

/** The key of a country × type series. */
export const seriesKey = (country: string, type: AidType) => `${country}:${type}`;

interface Dated {
  day: number;
  record: AidRecord;
}

// Same day: a total before an increment, since a total states what was there before the day's news.
const byDateThenBasis = (a: Dated, b: Dated) =>
  a.day - b.day ||
  (a.record.basis === b.record.basis ? 0 : a.record.basis === 'total' ? -1 : 1) ||
  (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

/** Builds the per country × type running totals and the in-kind list. Does not mutate `aid`. */
export function buildAidIndex(aid: readonly AidRecord[]): AidIndex {
  const groups = new Map<string, Dated[]>();
  const inKind: Dated[] = [];
  for (const record of aid) {
    const dated = { day: startDay(record.date), record };
    if (record.money === null) {
      inKind.push(dated);
      continue;
    }
    const key = seriesKey(record.country, record.type);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(dated);
  }
  const series = new Map<string, AidSeries>();
  for (const [key, group] of groups) {
    group.sort(byDateThenBasis);
    const days: number[] = [];
    const totals: number[] = [];
    let running = 0;
    for (const { day, record } of group) {
      const usd = record.money?.usd ?? 0;
      running = record.basis === 'total' ? usd : running + usd;
      days.push(day);
      totals.push(running);
    }
    const first = group[0]!.record;
    series.set(key, { country: first.country, type: first.type, days, totals, records: group.map((g) => g.record) });
  }
  inKind.sort(byDateThenBasis);
  return { series, inKind: inKind.map((d) => d.record), inKindDays: inKind.map((d) => d.day) };
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

/** In-kind contributions (no money value) of the selected countries and types dated within the window. */
export function inKindWithin(
  index: AidIndex,
  countries: readonly string[],
  types: readonly AidType[],
  window: DayWindow,
): AidRecord[] {
  const countrySet = new Set(countries);
  const typeSet = new Set(types);
  const lo = firstAtOrAfter(index.inKindDays, window.from);
  const hi = lastAtOrBefore(index.inKindDays, window.to);
  const out: AidRecord[] = [];
  for (let i = lo; i <= hi; i++) {
    const r = index.inKind[i]!;
    if (countrySet.has(r.country) && typeSet.has(r.type)) out.push(r);
  }
  return out;
}
