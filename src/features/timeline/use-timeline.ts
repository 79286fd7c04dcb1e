import { useMemo } from 'react';
import { useModel } from '../../data/model-context';
import { isoDay } from '../../model/dates';
import { ALL_PARTNERS_LANE, eventsWithin, lanesOf } from '../../model/timeline';
import { ALL_TIME } from '../../model/window';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import type { LaneSpec } from './compute-timeline';

/** The timeline's lanes and events under the current filters. */
export function useTimelineData() {
  const model = useModel();
  const filters = useResolvedFilters();
  const { countries, types, window } = filters;

  const lanes = useMemo<LaneSpec[]>(() => {
    const out: LaneSpec[] = [];
    const partnersSelected = model.partners.some((p) => countries.includes(p));
    if (model.partners.length > 1 && partnersSelected) {
      out.push({ key: ALL_PARTNERS_LANE, label: model.partners.length === 4 ? 'All four' : 'All partners', country: null });
    }
    for (const c of countries) out.push({ key: c, label: model.countryNames.get(c) ?? c, country: c });
    return out;
  }, [model, countries]);

  const events = useMemo(() => eventsWithin(model.timeline, window, countries, types), [model, window, countries, types]);
  const placements = useMemo(
    () => events.map((event) => ({ event, lanes: lanesOf(event, model.partners, countries) })).filter((p) => p.lanes.length > 0),
    [events, model, countries],
  );
  // The strip under the timeline shows every event of the selection, whatever the dates.
  const allEvents = useMemo(() => eventsWithin(model.timeline, ALL_TIME, countries, types), [model, countries, types]);

  const baseDomain = useMemo<[number, number]>(() => {
    const extent = model.extent ?? [0, 1];
    const from = isoDay(filters.fromIso) ?? extent[0];
    const to = isoDay(filters.toIso) ?? extent[1];
    return [from, Math.max(from, to)];
  }, [model, filters.fromIso, filters.toIso]);

  return { model, filters, lanes, events, placements, allEvents, baseDomain };
}
