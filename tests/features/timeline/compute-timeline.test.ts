import { describe, expect, it } from 'vitest';
import { buildTimelineIndex, lanesOf, ALL_PARTNERS_LANE, eventsWithin, type TimelineEvent } from '../../../src/model/timeline';
import { windowFromIso, ALL_TIME } from '../../../src/model/window';
import { isoDay } from '../../../src/model/dates';
import { computeTimeline, type LaneSpec } from '../../../src/features/timeline/compute-timeline';
import { buildTimeAxis, linearTimeScale } from '../../../src/features/timeline/time-axis';
import { TIMELINE } from '../../../src/features/timeline/timeline-constants';
import { loadBundled } from '../../helpers/bundled';

const FOUR = ['JP', 'KR', 'AU', 'NZ'];
const LANES: LaneSpec[] = [
  { key: ALL_PARTNERS_LANE, label: 'All four', country: null },
  { key: 'JP', label: 'Japan', country: 'JP' },
  { key: 'KR', label: 'South Korea', country: 'KR' },
  { key: 'AU', label: 'Australia', country: 'AU' },
  { key: 'NZ', label: 'New Zealand', country: 'NZ' },
];

function event(id: string, date: string, lane = 'JP'): TimelineEvent {
  const day = isoDay(date)!;
  return { id, kind: 'milestone', countries: [lane], category: 'summit', title: id, date, precision: 'day', dateBasis: 'occurred', start: day, end: day, citations: [] };
}

describe('computeTimeline', () => {
  it('places every bundled event of 2022 in its lanes at 1440 px', () => {
    const index = buildTimelineIndex(loadBundled());
    const events = eventsWithin(index, windowFromIso('2022-01-01', '2022-12-31'), FOUR, ['military', 'humanitarian', 'financial']);
    const placements = events.map((e) => ({ event: e, lanes: lanesOf(e, FOUR, FOUR) }));
    const domain: [number, number] = [isoDay('2022-01-01')!, isoDay('2022-12-31')!];
    const axis = buildTimeAxis(domain, events.map((e) => e.start), TIMELINE.nameWidth, 1100 - TIMELINE.nameWidth - TIMELINE.right);
    const layout = computeTimeline({ lanes: LANES, placements, scale: axis.scale, breaks: axis.breaks, width: 1100 });
    const drawn = layout.markers.length + layout.clusters.reduce((n, c) => n + c.events.length, 0);
    expect(drawn).toBe(placements.reduce((n, p) => n + p.lanes.length, 0));
    const madrid = layout.markers.find((m) => m.event.id === 'ip4-2022-06-madrid-summit')!;
    expect(madrid.lane).toBe(ALL_PARTNERS_LANE);
    expect(madrid.ariaLabel).toBe('Jun 2022, All four: Madrid: first NATO Summit with the four partners (Summit or leaders’ meeting)');
    // A month-dated event gets a whisker across its month.
    expect(madrid.spanX1 - madrid.spanX0).toBeGreaterThan(50);
  });

  it('stacks events that are too close into rows, then gathers the rest into a cluster', () => {
    const same = ['2022-04-19', '2022-04-19', '2022-04-20', '2022-04-20', '2022-04-21'].map((d, i) => event(`e${i}`, d));
    const scale = linearTimeScale([isoDay('2022-01-01')!, isoDay('2022-12-31')!], TIMELINE.nameWidth, 600);
    const layout = computeTimeline({ lanes: LANES.slice(1, 2), placements: same.map((e) => ({ event: e, lanes: ['JP'] })), scale, breaks: [], width: 600 + TIMELINE.nameWidth + TIMELINE.right });
    expect(layout.markers).toHaveLength(TIMELINE.maxRows);
    expect(new Set(layout.markers.map((m) => m.y)).size).toBe(TIMELINE.maxRows);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.events.map((e) => e.id)).toEqual(['e3', 'e4']);
    expect(layout.clusters[0]!.ariaLabel).toBe('2 more events in Japan, 20 Apr 2022 to 21 Apr 2022: zoom in');
  });

  it('keeps events apart in one row when there is room', () => {
    const spread = ['2022-01-10', '2022-05-10', '2022-09-10'].map((d, i) => event(`e${i}`, d));
    const scale = linearTimeScale([isoDay('2022-01-01')!, isoDay('2022-12-31')!], TIMELINE.nameWidth, 600);
    const layout = computeTimeline({ lanes: LANES.slice(1, 2), placements: spread.map((e) => ({ event: e, lanes: ['JP'] })), scale, breaks: [], width: 720 });
    expect(new Set(layout.markers.map((m) => m.y)).size).toBe(1);
    expect(layout.clusters).toEqual([]);
  });

  it('gives every lane its label and a height', () => {
    const scale = linearTimeScale([0, 1000], TIMELINE.nameWidth, 600);
    const layout = computeTimeline({ lanes: LANES, placements: [], scale, breaks: [], width: 720 });
    expect(layout.lanes.map((l) => l.label)).toEqual(['All four', 'Japan', 'South Korea', 'Australia', 'New Zealand']);
    for (const lane of layout.lanes) expect(lane.height).toBeGreaterThan(0);
    expect(eventsWithin(buildTimelineIndex({ milestones: [], aid: [] }), ALL_TIME, FOUR, [])).toEqual([]);
  });
});
