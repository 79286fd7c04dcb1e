import type { AidType, MilestoneCategory } from '../data/schema';
import { dayToDate, daysFromCivil } from './dates';
import { kindsFor, laneKeysFor, laneLists, lanesOf, overlappingStart, startsWithin, type TimelineEvent, type TimelineIndex } from './timeline';
import { firstAtOrAfter, lastAtOrBefore, type DayWindow } from './window';

/**
 * What the timeline's words, legend and caption say of the events shown: how many, per year of
 * their date and per category, how many are dated only roughly, whether any is a period of days,
 * and the sources they cite.
 */
export interface TimelineSummary {
  total: number;
  byYear: Map<string, number>;
  byCategory: Map<MilestoneCategory, number>;
  /** Dated only to a month, year or decade. */
  rough: number;
  /** Dated to several days. */
  periods: number;
  /** Aid events with an amount printed with a bare "$" (marked †). */
  bareDollar: number;
  /** Each source cited, with the first day an event citing it starts. */
  sources: Map<string, number>;
}

const emptySummary = (): TimelineSummary => ({ total: 0, byYear: new Map(), byCategory: new Map(), rough: 0, periods: 0, bareDollar: 0, sources: new Map() });
const bump = <K>(map: Map<K, number>, key: K, n: number) => {
  const total = (map.get(key) ?? 0) + n;
  if (total) map.set(key, total);
  else map.delete(key);
};

/** Counts one event `n` times (−1 takes back one it was counted too often). */
function count(s: TimelineSummary, e: TimelineEvent, n = 1) {
  s.total += n;
  bump(s.byYear, e.date.slice(0, 4), n);
  bump(s.byCategory, e.category, n);
  if (e.precision !== 'day') s.rough += n;
  else if (e.end > e.start) s.periods += n;
  if (e.bareDollar) s.bareDollar += n;
  if (n > 0) for (const c of e.citations) cited(s, c.source, e.start);
}

function cited(s: TimelineSummary, source: string, day: number) {
  const first = s.sources.get(source);
  if (first === undefined || day < first) s.sources.set(source, day);
}

/** The sources cited, by the first day an event citing them starts, then in the dataset's order. */
export function sourcesInOrder(summary: TimelineSummary, datasetOrder: Iterable<string>): string[] {
  const rank = new Map([...datasetOrder].map((id, i) => [id, i]));
  const at = (id: string) => rank.get(id) ?? Infinity;
  return [...summary.sources].sort((a, b) => a[1] - b[1] || at(a[0]) - at(b[0]) || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

/** The summary of some events, one by one (an export's, which has them at hand). */
export function summarizeEvents(events: readonly TimelineEvent[]): TimelineSummary {
  const s = emptySummary();
  for (const e of events) count(s, e);
  return s;
}

/** How many of ascending `starts` lie within [from, to]. */
const countWithin = (starts: Float64Array, from: number, to: number) => Math.max(0, lastAtOrBefore(starts, to) + 1 - firstAtOrAfter(starts, from));

/**
 * The summary of the events `eventsWithin` gives for the same filters, read from the lanes' indexes
 * instead of event by event: the events that start in the window are counted by binary search in
 * each lane shown; those begun earlier are counted one by one, each once; an event drawn in k of the
 * lanes shown was counted k times, and k − 1 are taken back. At 100k records this is what a filter
 * change costs the timeline's words instead of a pass over every event shown (README, performance).
 */
export function summarizeWithin(index: TimelineIndex, window: DayWindow, countries: readonly string[], types: readonly AidType[]): TimelineSummary {
  const s = emptySummary();
  if (window.to < window.from || !index.extent) return s;
  const from = Math.max(window.from, index.extent[0]);
  const to = Math.min(window.to, index.extent[1]);
  if (to < from) return s;
  const kinds = kindsFor(types);
  const firstYear = dayToDate(from).getUTCFullYear();
  const lastYear = dayToDate(to).getUTCFullYear();
  for (const lane of laneKeysFor(index, countries)) {
    for (const list of laneLists(index, lane, kinds)) {
      const [lo, hi] = startsWithin(list, from, to);
      if (hi > lo) {
        s.total += hi - lo;
        for (let y = firstYear; y <= lastYear; y++) bump(s.byYear, String(y), countWithin(list.starts, Math.max(from, daysFromCivil(y, 1, 1)), Math.min(to, daysFromCivil(y + 1, 1, 1) - 1)));
        for (const [category, starts] of list.byCategory) bump(s.byCategory, category, countWithin(starts, from, to));
        s.rough += countWithin(list.byDateKind.rough, from, to);
        s.periods += countWithin(list.byDateKind.period, from, to);
        s.bareDollar += countWithin(list.byDateKind.bareDollar, from, to);
        for (const [source, starts] of list.bySource) {
          const i = firstAtOrAfter(starts, from);
          if (i < starts.length && starts[i]! <= to) cited(s, source, starts[i]!);
        }
      }
      for (const e of overlappingStart(list, from)) if (lanesOf(e, index.partners, countries)[0] === lane) count(s, e);
    }
  }
  // Events of several lanes that start in the window were counted once in each lane shown.
  const multi = index.multiLane;
  const [lo, hi] = startsWithin(multi, from, to);
  for (let i = lo; i < hi; i++) {
    const e = multi.events[i]!;
    if (!kinds.includes(e.aidType ?? 'milestone')) continue;
    const shownIn = lanesOf(e, index.partners, countries).length;
    if (shownIn > 1) count(s, e, -(shownIn - 1));
  }
  return s;
}
