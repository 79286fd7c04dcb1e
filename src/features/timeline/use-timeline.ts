import type { ScaleTime } from 'd3-scale';
import { useCallback, useMemo } from 'react';
import { MILESTONE_CATEGORIES } from '../../data/constants';
import type { MilestoneCategory } from '../../data/schema';
import { useModel } from '../../app/model-context';
import { isoDay } from '../../model/dates';
import {
  ALL_PARTNERS_LANE,
  anyEventWithin,
  anyWithin,
  eventsWithin,
  kindsFor,
  laneKeysFor,
  laneLists,
  lanesOf,
  type SortedEvents,
  type TimelineEvent,
} from '../../model/timeline';
import type { DayWindow } from '../../model/window';
import { useResolvedFilter } from '../../stores/use-resolved-filters';
import { computeLaneLayout, type LaneLayout, type LaneSpec } from './compute-timeline';
import { findGaps } from './time-axis';

/** The timeline's lanes, event lists and what its caption, legend and table need, under the current filters. */
export function useTimelineData() {
  const model = useModel();
  // Every part of the filters but the measure, which the timeline does not show.
  const countries = useResolvedFilter('countries');
  const types = useResolvedFilter('types');
  const window = useResolvedFilter('window');
  const fromIso = useResolvedFilter('fromIso');
  const toIso = useResolvedFilter('toIso');
  const kinds = useMemo(() => kindsFor(types), [types]);

  const lanes = useMemo<LaneSpec[]>(
    () =>
      laneKeysFor(model.timeline, countries).map((key) =>
        key === ALL_PARTNERS_LANE
          ? { key, label: model.partners.length === 4 ? 'All four' : 'All partners', country: null }
          : { key, label: model.countryNames.get(key) ?? key, country: key },
      ),
    [model, countries],
  );
  const listsOf = useCallback((lane: string) => laneLists(model.timeline, lane, kinds), [model, kinds]);
  const allLists = useMemo<SortedEvents[]>(() => lanes.flatMap((l) => listsOf(l.key)), [lanes, listsOf]);

  const baseDomain = useMemo<[number, number]>(() => {
    const extent = model.extent ?? [0, 1];
    const from = isoDay(fromIso) ?? extent[0];
    const to = isoDay(toIso) ?? extent[1];
    return [from, Math.max(from, to)];
  }, [model, fromIso, toIso]);

  // The compressed stretches come from every event in the data, whatever the filters: the axis then
  // stays put when a country or aid type is toggled, so the eye can compare before and after.
  const everyList = useMemo(() => [...model.timeline.lanes.values()].flatMap((kinds) => Object.values(kinds).map((l) => l.starts)), [model]);
  const gaps = useMemo(() => findGaps(everyList, baseDomain), [everyList, baseDomain]);
  const empty = useMemo(() => window.to < window.from || !anyEventWithin(allLists, window), [allLists, window]);

  /** Categories and sources of the events within a window (the legend and caption name only those). */
  const presentIn = useCallback(
    (w: DayWindow) => {
      const categories = new Set<MilestoneCategory>();
      const sources = new Set<string>();
      for (const list of allLists) {
        for (const [category, starts] of list.byCategory) if (anyWithin(starts, w.from, w.to)) categories.add(category);
        for (const [source, starts] of list.bySource) if (anyWithin(starts, w.from, w.to)) sources.add(source);
      }
      return { categories: MILESTONE_CATEGORIES.filter((c) => categories.has(c)), sources: [...sources] };
    },
    [allLists],
  );

  /** Every event within the window with the lanes it is drawn in: for the table and exports, on demand. */
  const placements = useCallback(
    (w: DayWindow = window): { event: TimelineEvent; lanes: string[] }[] =>
      eventsWithin(model.timeline, w, countries, types)
        .map((event) => ({ event, lanes: lanesOf(event, model.partners, countries) }))
        .filter((p) => p.lanes.length > 0),
    [model, window, countries, types],
  );

  const filters = { countries, types, window, fromIso, toIso };
  return { model, filters, kinds, lanes, listsOf, allLists, baseDomain, gaps, empty, presentIn, placements };
}

// Lane layouts kept between renders, per scale and per lane's event lists (both objects the model and
// the axis own, so an entry goes when they do).
const laneCache = new WeakMap<ScaleTime<number, number>, WeakMap<SortedEvents, Map<string, LaneLayout>>>();

/**
 * Lays out the lanes, reusing a lane's layout while its events, the scale and the width stay the
 * same, so toggling one country leaves the other lanes as they were.
 */
export function useLaneLayouts(lanes: readonly LaneSpec[], listsOf: (lane: string) => readonly SortedEvents[], kindsKey: string, scale: ScaleTime<number, number>, width: number): LaneLayout[] {
  return useMemo(() => {
    let byLists = laneCache.get(scale);
    if (!byLists) laneCache.set(scale, (byLists = new WeakMap()));
    return lanes.map((lane) => {
      const lists = listsOf(lane.key);
      const anchor = lists[0];
      if (!anchor) return computeLaneLayout(lists, lane, scale, width);
      let entries = byLists.get(anchor);
      if (!entries) byLists.set(anchor, (entries = new Map()));
      const key = `${kindsKey}|${width}|${lane.label}`;
      let layout = entries.get(key);
      if (!layout) entries.set(key, (layout = computeLaneLayout(lists, lane, scale, width)));
      return layout;
    });
  }, [lanes, listsOf, kindsKey, scale, width]);
}
