import type { AidType, Citation, Dataset, DateBasis, MilestoneCategory, Precision } from '../data/schema';
import { periodDays } from './dates';
import { firstAtOrAfter, lastAtOrBefore, type DayWindow } from './window';

/** A milestone or an aid record, placed in time for the timeline. */
export interface TimelineEvent {
  id: string;
  kind: 'milestone' | 'aid';
  countries: readonly string[];
  category: MilestoneCategory;
  title: string;
  date: string;
  endDate?: string | undefined;
  precision: Precision;
  dateBasis: DateBasis;
  dateNote?: string | undefined;
  note?: string | undefined;
  aidType?: AidType | undefined;
  /** First and last day of the period the date names. */
  start: number;
  end: number;
  citations: readonly Citation[];
}

/** Timeline events indexed once at load, sorted by start day. */
export interface TimelineIndex {
  readonly events: readonly TimelineEvent[];
  readonly starts: readonly number[];
  /** The longest period of any event, so a window query knows how far back to look. */
  readonly maxSpan: number;
}

/** The lane that holds events involving every partner. */
export const ALL_PARTNERS_LANE = 'ALL';

/** Builds the timeline from milestones and aid records (as "aid" events). */
export function buildTimelineIndex(dataset: Pick<Dataset, 'milestones' | 'aid'>): TimelineIndex {
  const events: TimelineEvent[] = [];
  for (const m of dataset.milestones) {
    const [start, end] = periodDays(m);
    events.push({
      id: m.id,
      kind: 'milestone',
      countries: m.countries,
      category: m.category,
      title: m.title,
      date: m.date,
      endDate: m.endDate,
      precision: m.precision,
      dateBasis: m.dateBasis,
      dateNote: m.dateNote,
      note: m.note,
      start,
      end,
      citations: m.citations,
    });
  }
  for (const a of dataset.aid) {
    const [start, end] = periodDays(a);
    events.push({
      id: a.id,
      kind: 'aid',
      countries: [a.country],
      category: 'aid',
      title: a.summary,
      date: a.date,
      precision: a.precision,
      dateBasis: a.dateBasis,
      dateNote: a.dateNote,
      note: a.note,
      aidType: a.type,
      start,
      end,
      citations: a.citations,
    });
  }
  events.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let maxSpan = 0;
  for (const e of events) maxSpan = Math.max(maxSpan, e.end - e.start);
  return { events, starts: events.map((e) => e.start), maxSpan };
}

/**
 * Events whose period overlaps the window, that involve a selected country, and — for aid events —
 * whose aid type is selected. In date order.
 */
export function eventsWithin(
  index: TimelineIndex,
  window: DayWindow,
  countries: readonly string[],
  types: readonly AidType[],
): TimelineEvent[] {
  const countrySet = new Set(countries);
  const typeSet = new Set(types);
  const lo = firstAtOrAfter(index.starts, window.from - index.maxSpan);
  const hi = lastAtOrBefore(index.starts, window.to);
  const out: TimelineEvent[] = [];
  for (let i = lo; i <= hi; i++) {
    const e = index.events[i]!;
    if (e.end < window.from) continue;
    if (e.aidType !== undefined && !typeSet.has(e.aidType)) continue;
    if (!e.countries.some((c) => countrySet.has(c))) continue;
    out.push(e);
  }
  return out;
}

/**
 * The lanes an event is drawn in: the all-partners lane when it involves every partner,
 * otherwise one lane per selected country it involves.
 */
export function lanesOf(event: TimelineEvent, partners: readonly string[], selected: readonly string[]): string[] {
  if (partners.length > 1 && partners.every((p) => event.countries.includes(p))) return [ALL_PARTNERS_LANE];
  return event.countries.filter((c) => selected.includes(c));
}

/** First and last day of any record in the dataset: the timeline's full extent. */
export function datasetExtent(dataset: Pick<Dataset, 'milestones' | 'aid' | 'oil'>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const list of [dataset.milestones, dataset.aid, dataset.oil] as const) {
    for (const r of list) {
      const [start, end] = periodDays(r);
      if (start < lo) lo = start;
      if (end > hi) hi = end;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
