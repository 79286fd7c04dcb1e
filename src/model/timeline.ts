import type { AidType, Citation, Dataset, DateBasis, MilestoneCategory, Precision } from '../data/schema';
import { BARE_DOLLAR_MARK } from './aid-words';
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
  /** An undated statement known only to be written after its date: "Jul 2024 or later". */
  orLater?: true | undefined;
  /** A statement about the Indo-Pacific as a region that does not name its countries one by one. */
  regionWide?: true | undefined;
  dateBasis: DateBasis;
  dateNote?: string | undefined;
  note?: string | undefined;
  aidType?: AidType | undefined;
  /** An aid event whose amount is printed with a bare "$": its title marks each such amount with †. */
  bareDollar?: boolean;
  /** First and last day of the period the date names. */
  start: number;
  end: number;
  citations: readonly Citation[];
}

/** What the aid-type filter acts on: milestones always show; aid events by their type. */
export type EventKind = 'milestone' | AidType;

/** The events of one lane and kind, sorted by start, with what window queries need. */
export interface SortedEvents {
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  /** The longest period (end − start, in days) in the list, so a query knows how far back to look. */
  readonly maxSpan: number;
  /** Start days of the events citing each source. */
  readonly bySource: ReadonlyMap<string, Float64Array>;
  /** Start days of the events of each category. */
  readonly byCategory: ReadonlyMap<MilestoneCategory, Float64Array>;
  /** Start days of the events dated only to a month, year or decade, of the periods of days, and of the aid events with a bare "$" amount. */
  readonly byDateKind: { readonly rough: Float64Array; readonly period: Float64Array; readonly bareDollar: Float64Array };
}

/** Timeline events indexed once at load: all of them (milestones, then aid), and per lane and kind in date order. */
export interface TimelineIndex {
  readonly events: readonly TimelineEvent[];
  /** Lane key (a country code, or ALL_PARTNERS_LANE) → kind → events. */
  readonly lanes: ReadonlyMap<string, Readonly<Record<EventKind, SortedEvents>>>;
  readonly partners: readonly string[];
  /** First and last day of any event. */
  readonly extent: [number, number] | null;
  /** The events drawn in more than one lane (several countries, not all partners), in date order. */
  readonly multiLane: SortedEvents;
}

/** The lane that holds events involving every partner. */
export const ALL_PARTNERS_LANE = 'ALL';

/** The kinds an aid-type selection shows: milestones and the selected aid types. */
export function kindsFor(types: readonly AidType[]): EventKind[] {
  return ['milestone', ...types];
}

const byStart = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const typed = <K,>(m: Map<K, number[]>) => new Map([...m].map(([k, v]) => [k, Float64Array.from(v)]));

/** Events of one lane and kind, sorted; the per-source and per-category days are built on first use. */
class SortedEventList implements SortedEvents {
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  readonly maxSpan: number;
  private sources?: ReadonlyMap<string, Float64Array>;
  private categories?: ReadonlyMap<MilestoneCategory, Float64Array>;
  private dateKinds?: { rough: Float64Array; period: Float64Array; bareDollar: Float64Array };

  constructor(events: TimelineEvent[]) {
    events.sort(byStart);
    this.events = events;
    this.starts = new Float64Array(events.length);
    let maxSpan = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      this.starts[i] = e.start;
      if (e.end - e.start > maxSpan) maxSpan = e.end - e.start;
    }
    this.maxSpan = maxSpan;
  }

  get bySource(): ReadonlyMap<string, Float64Array> {
    if (!this.sources) {
      const sources = new Map<string, number[]>();
      for (const e of this.events) {
        const citations = e.citations;
        for (let j = 0; j < citations.length; j++) {
          const source = citations[j]!.source;
          // Each source once per event (a record may quote one document twice).
          let seen = false;
          for (let k = 0; k < j; k++) if (citations[k]!.source === source) seen = true;
          if (!seen) push(sources, source, e.start);
        }
      }
      this.sources = typed(sources);
    }
    return this.sources;
  }

  get byDateKind(): { rough: Float64Array; period: Float64Array; bareDollar: Float64Array } {
    if (!this.dateKinds) {
      const rough: number[] = [];
      const period: number[] = [];
      const bareDollar: number[] = [];
      for (const e of this.events) {
        if (e.precision !== 'day') rough.push(e.start);
        else if (e.end > e.start) period.push(e.start);
        if (e.bareDollar) bareDollar.push(e.start);
      }
      this.dateKinds = { rough: Float64Array.from(rough), period: Float64Array.from(period), bareDollar: Float64Array.from(bareDollar) };
    }
    return this.dateKinds;
  }

  get byCategory(): ReadonlyMap<MilestoneCategory, Float64Array> {
    if (!this.categories) {
      const categories = new Map<MilestoneCategory, number[]>();
      for (const e of this.events) push(categories, e.category, e.start);
      this.categories = typed(categories);
    }
    return this.categories;
  }
}

/**
 * The lanes an event is drawn in: the all-partners lane when it involves every partner,
 * otherwise one lane per country it involves.
 */
export function laneKeysOf(countries: readonly string[], partners: readonly string[]): readonly string[] {
  if (countries.length === 1) return countries;
  if (partners.length > 1 && countries.length >= partners.length && partners.every((p) => countries.includes(p))) return [ALL_PARTNERS_LANE];
  return [...new Set(countries)];
}

/** Builds the timeline from milestones and aid records (aid records become "aid" events). */
/** Marks each amount printed with a bare "$" ("$13 million", not "US$167 million" or "AU$250 million") with †, as the aid views do. */
export const markBareDollars = (title: string) => title.replace(/(?<![A-Za-z])\$[\d.,]+(?: (?:million|billion))?/g, `$&${BARE_DOLLAR_MARK}`);

export function buildTimelineIndex(dataset: Pick<Dataset, 'milestones' | 'aid'>, partners: readonly string[] = []): TimelineIndex {
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
      orLater: m.orLater,
      regionWide: m.regionWide,
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
    const bareDollar = a.money?.currencyReading === 'bare-dollar';
    events.push({
      id: a.id,
      kind: 'aid',
      countries: [a.country],
      category: 'aid',
      title: bareDollar ? markBareDollars(a.summary) : a.summary,
      bareDollar,
      date: a.date,
      precision: a.precision,
      orLater: a.orLater,
      dateBasis: a.dateBasis,
      dateNote: a.dateNote,
      note: a.note,
      aidType: a.type,
      start,
      end,
      citations: a.citations,
    });
  }
  const grouped = new Map<string, Record<EventKind, TimelineEvent[]>>();
  const multiLane: TimelineEvent[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
    const kind: EventKind = e.aidType ?? 'milestone';
    const keys = laneKeysOf(e.countries, partners);
    if (keys.length > 1) multiLane.push(e);
    for (const lane of keys) {
      let kinds = grouped.get(lane);
      if (!kinds) grouped.set(lane, (kinds = { milestone: [], military: [], humanitarian: [], financial: [], unspecified: [] }));
      kinds[kind].push(e);
    }
  }
  const lanes = new Map<string, Record<EventKind, SortedEvents>>();
  for (const [lane, kinds] of grouped) {
    lanes.set(lane, {
      milestone: new SortedEventList(kinds.milestone),
      military: new SortedEventList(kinds.military),
      humanitarian: new SortedEventList(kinds.humanitarian),
      financial: new SortedEventList(kinds.financial),
      unspecified: new SortedEventList(kinds.unspecified),
    });
  }
  return { events, lanes, partners, extent: lo <= hi ? [lo, hi] : null, multiLane: new SortedEventList(multiLane) };
}

/** The lanes shown for a country selection: all partners (when any is selected), then each country. */
export function laneKeysFor(index: TimelineIndex, countries: readonly string[]): string[] {
  const partnersSelected = index.partners.length > 1 && index.partners.some((p) => countries.includes(p));
  return [...(partnersSelected ? [ALL_PARTNERS_LANE] : []), ...countries];
}

/** Every lane's list of every kind. */
export function everyList(index: TimelineIndex): SortedEvents[] {
  return [...index.lanes.values()].flatMap((kinds) => Object.values(kinds));
}

/** The event lists of a lane for the given kinds (empty for a lane without events). */
export function laneLists(index: TimelineIndex, lane: string, kinds: readonly EventKind[]): SortedEvents[] {
  const entry = index.lanes.get(lane);
  return entry ? kinds.map((k) => entry[k]) : [];
}

/** Index range [lo, hi) of the events of a list that start within [from, to]. */
export function startsWithin(list: SortedEvents, from: number, to: number): [number, number] {
  return [firstAtOrAfter(list.starts, from), lastAtOrBefore(list.starts, to) + 1];
}

/** Events of a list that begin before `from` and last until it or later, in date order. */
export function overlappingStart(list: SortedEvents, from: number): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  if (!list.events.length || !Number.isFinite(from)) return out;
  const lo = firstAtOrAfter(list.starts, from - list.maxSpan);
  const hi = firstAtOrAfter(list.starts, from);
  for (let i = lo; i < hi; i++) if (list.events[i]!.end >= from) out.push(list.events[i]!);
  return out;
}

/** Whether any start day of a sorted array lies within [from, to]. */
export function anyWithin(starts: Float64Array, from: number, to: number): boolean {
  const i = firstAtOrAfter(starts, from);
  return i < starts.length && starts[i]! <= to;
}

/** Whether any event of the lists overlaps the window. */
export function anyEventWithin(lists: readonly SortedEvents[], window: DayWindow): boolean {
  return lists.some((l) => anyWithin(l.starts, window.from, window.to) || overlappingStart(l, window.from).length > 0);
}

/**
 * Events whose period overlaps the window, in the lanes of the selected countries, and — for aid
 * events — whose aid type is selected. In date order, each once.
 */
export function eventsWithin(index: TimelineIndex, window: DayWindow, countries: readonly string[], types: readonly AidType[]): TimelineEvent[] {
  if (window.to < window.from) return [];
  const seen = new Set<string>();
  const out: TimelineEvent[] = [];
  const kinds = kindsFor(types);
  for (const lane of laneKeysFor(index, countries)) {
    for (const list of laneLists(index, lane, kinds)) {
      const take = (e: TimelineEvent) => {
        if (seen.has(e.id)) return;
        seen.add(e.id);
        out.push(e);
      };
      overlappingStart(list, window.from).forEach(take);
      const [lo, hi] = startsWithin(list, window.from, window.to);
      for (let i = lo; i < hi; i++) take(list.events[i]!);
    }
  }
  return out.sort(byStart);
}

/** The lanes an event is drawn in among the lanes shown. */
export function lanesOf(event: TimelineEvent, partners: readonly string[], selected: readonly string[]): string[] {
  const keys = laneKeysOf(event.countries, partners);
  if (keys.length === 1 && keys[0] !== ALL_PARTNERS_LANE) return selected.includes(keys[0]!) ? [keys[0]!] : [];
  if (keys[0] === ALL_PARTNERS_LANE) return partners.some((p) => selected.includes(p)) ? [ALL_PARTNERS_LANE] : [];
  return keys.filter((c) => selected.includes(c));
}

/** First and last day of any record in the dataset: the timeline's full extent. */
export function datasetExtent(dataset: Pick<Dataset, 'milestones' | 'aid' | 'oil'>, timeline?: TimelineIndex): [number, number] | null {
  let lo = timeline?.extent?.[0] ?? Infinity;
  let hi = timeline?.extent?.[1] ?? -Infinity;
  const lists = timeline ? [dataset.oil] : [dataset.milestones, dataset.aid, dataset.oil];
  for (const list of lists) {
    for (const r of list) {
      const [start, end] = periodDays(r);
      if (start < lo) lo = start;
      if (end > hi) hi = end;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
