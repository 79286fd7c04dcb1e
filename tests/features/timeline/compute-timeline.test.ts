import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { barHeight, computeLaneLayout, computeTimeline, countBarsPath, stackLanes, timelinePlot, type LaneSpec } from '../../../src/features/timeline/compute-timeline';
import { buildTimeAxis, findGaps, gapsFromStarts, linearTimeScale, type TimeBreak } from '../../../src/features/timeline/time-axis';
import { TIMELINE } from '../../../src/features/timeline/timeline-constants';
import { isoDay } from '../../../src/model/dates';
import { ALL_PARTNERS_LANE, buildTimelineIndex, eventsWithin, kindsFor, laneKeysFor, laneLists, lanesOf } from '../../../src/model/timeline';
import { windowFromIso } from '../../../src/model/window';
import { loadBundled } from '../../helpers/bundled';

const FOUR = ['JP', 'KR', 'AU', 'NZ'];
const TYPES = ['military', 'humanitarian', 'financial'] as const;
const LANES: LaneSpec[] = [
  { key: ALL_PARTNERS_LANE, label: 'All four', country: null },
  { key: 'JP', label: 'Japan', country: 'JP' },
  { key: 'KR', label: 'South Korea', country: 'KR' },
  { key: 'AU', label: 'Australia', country: 'AU' },
  { key: 'NZ', label: 'New Zealand', country: 'NZ' },
];
const JAPAN = LANES[1]!;

/** A timeline index of milestones in Japan's lane on the given dates. */
function japanEvents(dates: string[]) {
  const milestones = dates.map((date, i) => ({
    id: `e${i}`,
    countries: ['JP'],
    category: 'summit' as const,
    title: `e${i}`,
    date,
    precision: (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year',
    dateBasis: 'occurred' as const,
    citations: [{ source: 's', quote: 'q' }],
  }));
  return buildTimelineIndex({ milestones, aid: [] } as unknown as Dataset, FOUR);
}

const WIDTH = 600 + TIMELINE.nameWidth + TIMELINE.right;
const year2022 = () => linearTimeScale([isoDay('2022-01-01')!, isoDay('2022-12-31')!], TIMELINE.nameWidth, 600);
const drawnCount = (layout: { markers: unknown[]; clusters: { count: number }[] }) => layout.markers.length + layout.clusters.reduce((n, c) => n + c.count, 0);

describe('computeLaneLayout', () => {
  it('shows every event of a lane, as a marker or counted in a "+N" badge', () => {
    const index = japanEvents(['2022-04-19', '2022-04-19', '2022-04-20', '2022-04-20', '2022-04-21']);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    // Five events a day or two apart share one column: the first two as markers, the rest in a badge.
    expect(layout.markers.map((m) => m.event.id)).toEqual(['e0', 'e1']);
    expect(new Set(layout.markers.map((m) => m.y)).size).toBe(2);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.count).toBe(3);
    expect(layout.clusters[0]!.ariaLabel).toBe('3 more events in Japan, 20 Apr 2022 to 21 Apr 2022: zoom in');
    expect(drawnCount(layout)).toBe(5);
  });

  it('draws up to three close events as markers in rows', () => {
    const index = japanEvents(['2022-04-19', '2022-04-19', '2022-04-20']);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    expect(layout.markers).toHaveLength(3);
    expect(layout.clusters).toEqual([]);
    expect(layout.height).toBe(TIMELINE.lanePadding * 2 + 3 * TIMELINE.rowHeight);
  });

  it('keeps events apart in one row when there is room', () => {
    const index = japanEvents(['2022-01-10', '2022-05-10', '2022-09-10']);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    expect(new Set(layout.markers.map((m) => m.y)).size).toBe(1);
    expect(layout.height).toBe(TIMELINE.lanePadding * 2 + TIMELINE.rowHeight);
  });

  it('draws an event begun before the visible range at its left edge', () => {
    const index = japanEvents(['2021', '2022-06-01']);
    const scale = linearTimeScale([isoDay('2021-07-01')!, isoDay('2021-12-31')!], TIMELINE.nameWidth, 600);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, scale, WIDTH);
    expect(layout.markers.map((m) => [m.event.id, m.x])).toEqual([['e0', TIMELINE.nameWidth]]);
  });

  it('does work bounded by the width, not the number of events', () => {
    const dates = Array.from({ length: 20_000 }, (_, i) => new Date(Date.UTC(2022, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10));
    const layout = computeLaneLayout(laneLists(japanEvents(dates), 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    const columns = Math.floor(600 / TIMELINE.spacing);
    expect(layout.markers.length).toBeLessThanOrEqual(columns * TIMELINE.maxRows);
    expect(layout.clusters.length).toBeLessThanOrEqual(columns);
    expect(drawnCount(layout)).toBe(20_000);
    // So dense a lane shows each column as a bar of its count, grown in the band of all three rows.
    expect(layout.markers).toEqual([]);
    expect(layout.clusters.every((c) => c.column !== null)).toBe(true);
    expect(layout.bars).toEqual({ top: TIMELINE.lanePadding, bottom: TIMELINE.lanePadding + TIMELINE.maxRows * TIMELINE.rowHeight });
    expect(layout.height).toBe(TIMELINE.lanePadding * 2 + TIMELINE.maxRows * TIMELINE.rowHeight);
  });

  it('draws a crowded lane as bars of counts where events crowd and markers where they do not', () => {
    // 200 events on one day make the lane crowded (more than two a column); three lone events stay markers.
    const dates = [...Array<string>(200).fill('2022-03-01'), '2022-06-15', '2022-09-15', '2022-12-15'];
    const layout = computeLaneLayout(laneLists(japanEvents(dates), 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    expect(layout.markers.map((m) => m.event.id)).toEqual(['e200', 'e201', 'e202']);
    expect(layout.clusters).toHaveLength(1);
    const bar = layout.clusters[0]!;
    expect(bar.count).toBe(200);
    expect(bar.ariaLabel).toBe('200 events in Japan, 1 Mar 2022 to 1 Mar 2022');
    // The bar fills the column of 1 March: 42 columns share the 600 px plot.
    const columnWidth = 600 / Math.floor(600 / TIMELINE.spacing);
    const x = year2022()(new Date(Date.UTC(2022, 2, 1)));
    const column = Math.floor((x - TIMELINE.nameWidth) / columnWidth);
    expect(bar.column!.x0).toBeCloseTo(TIMELINE.nameWidth + column * columnWidth + 1, 6);
    expect(bar.column!.x1).toBeCloseTo(TIMELINE.nameWidth + (column + 1) * columnWidth - 1, 6);
    expect(drawnCount(layout)).toBe(203);
  });

  it('names the days a bar spans, from its first event to its last, and zooms to them', () => {
    // 600 px for 364 days: columns of 600/42 px are 8.7 days wide, the eighth from 2.7 to 11.3 March.
    // 120 events on 4, 6 and 8 March fall in it and make the lane crowded.
    const dates = ['2022-03-04', '2022-03-06', '2022-03-08'].flatMap((d) => Array<string>(40).fill(d));
    const layout = computeLaneLayout(laneLists(japanEvents(dates), 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    expect(layout.clusters.map((c) => c.ariaLabel)).toEqual(['120 events in Japan, 4 Mar 2022 to 8 Mar 2022']);
    expect([layout.clusters[0]!.from, layout.clusters[0]!.to]).toEqual([isoDay('2022-03-04'), isoDay('2022-03-08')]);
  });

  it('keeps markers clear of the bars beside them and counts every event once', () => {
    // Days crowded around a few dates, with lone events a day or a few days to either side.
    const days = [0, 58, 59, 60, 61, 66, 70, 71, 120, 121, 122, 123, 200, 300, 301, 364];
    const dates: string[] = [];
    days.forEach((d, i) => {
      const iso = new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (let k = 0; k < (i % 3 === 0 ? 40 : 1); k++) dates.push(iso);
    });
    const layout = computeLaneLayout(laneLists(japanEvents(dates), 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    expect(drawnCount(layout)).toBe(dates.length);
    const bars = layout.clusters.filter((c) => c.column);
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) {
      expect(b.column!.x1 - b.column!.x0).toBeGreaterThanOrEqual(3);
      for (const m of layout.markers) expect(m.x + TIMELINE.minGap / 2 <= b.column!.x0 || m.x - TIMELINE.minGap / 2 >= b.column!.x1, `${m.event.date} beside bar ${b.ariaLabel}`).toBe(true);
    }
    // Bars do not overlap one another either.
    const sorted = bars.map((b) => b.column!).sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x0).toBeGreaterThan(sorted[i - 1]!.x1);
  });
});

describe('count bars', () => {
  const band = { top: 8, bottom: 68 };
  it('are as tall as their share of the tallest, at least 2 px and at most the band', () => {
    expect(barHeight(60, 60, band)).toBe(60);
    expect(barHeight(30, 60, band)).toBe(30);
    expect(barHeight(1, 3, band)).toBe(20);
    expect(barHeight(1, 1000, band)).toBe(2);
    // A count above the given tallest stays within the band.
    expect(barHeight(5, 0, band)).toBe(60);
  });

  it('are drawn as one path standing on the bottom of the band', () => {
    const cluster = (count: number, x0: number, x1: number) => ({ key: `k${x0}`, lane: 'JP', x: 0, y: 0, count, from: 0, to: 0, ariaLabel: '', column: { x0, x1 } });
    const badge = { ...cluster(9, 0, 0), column: null };
    expect(countBarsPath([cluster(30, 100, 112.5), badge, cluster(60, 114, 126)], 60, band)).toBe('M100,68v-30h12.5v30ZM114,68v-60h12v60Z');
    expect(countBarsPath([], 60, band)).toBe('');
  });

  it('share one height scale across lanes: the largest count of any bar', () => {
    const crowded = (n: number, day: string) => computeLaneLayout(laneLists(japanEvents(Array<string>(n).fill(day)), 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
    const layouts = [crowded(300, '2022-05-01'), crowded(120, '2022-07-01')];
    const stacked = stackLanes([JAPAN, { ...JAPAN, key: 'JP2' }], layouts, year2022(), [], WIDTH);
    expect(stacked.barMax).toBe(300);
    expect(stackLanes([JAPAN], [crowded(3, '2022-05-01')], year2022(), [], WIDTH).barMax).toBe(0);
  });
});

describe('stackLanes axis', () => {
  const lane = (n: number) => computeLaneLayout(laneLists(japanEvents(Array<string>(n).fill('2022-05-01')), 'JP', kindsFor([])), JAPAN, year2022(), WIDTH);
  // The breaks as the page holds them: one array while the axis stays.
  const noBreaks: TimeBreak[] = [];

  it('keeps the very same ticks while the scale, breaks and width stay, whatever the lanes', () => {
    const scale = year2022();
    const one = stackLanes([JAPAN], [lane(2)], scale, noBreaks, WIDTH);
    const two = stackLanes([JAPAN, { ...JAPAN, key: 'JP2' }], [lane(2), lane(5)], scale, noBreaks, WIDTH);
    expect(two.plot.height).toBeGreaterThan(one.plot.height);
    expect(two.ticks).toBe(one.ticks);
    expect(two.breaks).toBe(one.breaks);
  });

  it('works the ticks out again for another scale or width', () => {
    const scale = year2022();
    const before = stackLanes([JAPAN], [lane(2)], scale, noBreaks, WIDTH);
    const wider = stackLanes([JAPAN], [lane(2)], scale, noBreaks, WIDTH + 200);
    expect(wider.ticks).not.toBe(before.ticks);
    // A new scale over the same dates gives equal ticks, worked out again.
    const again = stackLanes([JAPAN], [lane(2)], year2022(), noBreaks, WIDTH);
    expect(again.ticks).not.toBe(before.ticks);
    expect(again.ticks).toEqual(before.ticks);
  });
});

describe('computeTimeline', () => {
  it('gives every marker its own key at any width, even two in one row of a column', () => {
    const index = buildTimelineIndex(loadBundled(), FOUR);
    const kinds = kindsFor(TYPES);
    for (const width of [375, 720, 1098, 1440]) {
      const { plotX, plotWidth } = timelinePlot(width);
      const lists = LANES.flatMap((l) => laneLists(index, l.key, kinds));
      const domain: [number, number] = [index.extent![0], index.extent![1]];
      const axis = buildTimeAxis(domain, findGaps(lists.map((l) => l.starts), domain), plotX, plotWidth);
      for (const lane of LANES) {
        const layout = computeLaneLayout(laneLists(index, lane.key, kinds), lane, axis.scale, width);
        const keys = layout.markers.map((m) => m.key);
        expect(new Set(keys).size, `${lane.key} at ${width}`).toBe(keys.length);
      }
    }
  });

  it('places every bundled event of 2022 in its lanes at 1100 px', () => {
    const index = buildTimelineIndex(loadBundled(), FOUR);
    const window = windowFromIso('2022-01-01', '2022-12-31');
    const events = eventsWithin(index, window, FOUR, TYPES);
    const domain: [number, number] = [window.from, window.to];
    const { plotX, plotWidth } = timelinePlot(1100);
    const axis = buildTimeAxis(domain, gapsFromStarts(events.map((e) => e.start), domain), plotX, plotWidth);
    const kinds = kindsFor(TYPES);
    const layout = computeTimeline({ lanes: LANES, listsOf: (lane) => laneLists(index, lane, kinds), scale: axis.scale, breaks: axis.breaks, width: 1100 });
    const drawn = layout.lanes.reduce((n, l) => n + drawnCount(l.layout), 0);
    // Every marker and badge has its own key, so React keeps each one.
    for (const lane of layout.lanes) {
      const keys = [...lane.layout.markers.map((m) => m.key), ...lane.layout.clusters.map((c) => c.key)];
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(drawn).toBe(events.reduce((n, e) => n + lanesOf(e, FOUR, FOUR).length, 0));
    const all = layout.lanes.find((l) => l.key === ALL_PARTNERS_LANE)!;
    const madrid = all.layout.markers.find((m) => m.event.id === 'ip4-2022-06-madrid-summit')!;
    expect(madrid.ariaLabel).toBe('Jun 2022, All four: Madrid: first NATO Summit with the four partners (Summit or leaders’ meeting)');
    // A month-dated event gets a whisker across its month.
    expect(madrid.spanX1 - madrid.spanX0).toBeGreaterThan(50);
    expect(laneKeysFor(index, FOUR)).toEqual([ALL_PARTNERS_LANE, ...FOUR]);
  });

  it('stacks the lanes in order, each with its label', () => {
    const index = buildTimelineIndex(loadBundled(), FOUR);
    const layout = computeTimeline({ lanes: LANES, listsOf: (lane) => laneLists(index, lane, []), scale: year2022(), breaks: [], width: WIDTH });
    expect(layout.lanes.map((l) => l.label)).toEqual(['All four', 'Japan', 'South Korea', 'Australia', 'New Zealand']);
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
  });
});
