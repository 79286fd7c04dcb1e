import { describe, expect, it } from 'vitest';
import { computeTimeline, everyStartList, type LaneSpec } from '../../../src/features/timeline/compute-timeline';
import { axisScale, buildDensityAxis, NO_ZOOM } from '../../../src/features/timeline/timeline-axis';
import {
  barAt,
  brushOfRange,
  changeUi,
  clampZoom,
  countriesOf,
  daysInView,
  eventsDrawn,
  isZoomed,
  laneXOfPointer,
  linkOfZoom,
  MAX_ZOOM,
  NO_UI,
  panBy,
  rangeOfBrush,
  readingOrder,
  resolveUi,
  selectionOf,
  stepBar,
  stepFrom,
  stepMonths,
  stepRangeEnd,
  stripWindow,
  toggledSelection,
  transformOfZoom,
  zoomAround,
  zoomInShare,
  zoomOfLink,
  zoomOfTransform,
  zoomToDays,
  zoomToShares,
  type TimelineStop,
} from '../../../src/features/timeline/timeline-controller';
import type { PlacedCluster } from '../../../src/features/timeline/timeline-lanes';
import { buildModel } from '../../../src/model/dataset-model';
import { isoDay } from '../../../src/model/dates';
import { ALL_PARTNERS_LANE, kindsFor, laneLists } from '../../../src/model/timeline';
import { loadBundled } from '../../helpers/bundled';

const day = (iso: string) => isoDay(iso)!;
const FRAME = { plotX: 100, plotWidth: 600 };
/** Where a share of the unzoomed plot is drawn under a zoom, as a share of the view. */
const drawnAt = (zoom: { k: number; x: number }, f: number) => zoom.k * f + zoom.x;
/** April 2022 (30 days) over 60 px from x = 10, even in time. */
const aprilAxis = () => buildDensityAxis([], [day('2022-04-01'), day('2022-04-30')]);
const april = () => axisScale(aprilAxis(), 10, 60);

describe('zoom in plot shares', () => {
  it('stays between 1× and the most, with the zoomed plot always covering the view', () => {
    expect(clampZoom({ k: 0.5, x: 0.3 })).toBe(NO_ZOOM);
    expect(clampZoom({ k: 1e9, x: 0 })).toEqual({ k: MAX_ZOOM, x: 0 });
    // At 4× the view may shift by up to three plot widths to the left, and never to the right.
    expect(clampZoom({ k: 4, x: -5 })).toEqual({ k: 4, x: -3 });
    expect(clampZoom({ k: 4, x: 1 })).toEqual({ k: 4, x: 0 });
    expect(clampZoom({ k: Number.NaN, x: Number.NaN })).toBe(NO_ZOOM);
    expect(isZoomed(NO_ZOOM)).toBe(false);
    expect(isZoomed({ k: 2, x: -0.5 })).toBe(true);
  });

  it('zooms around a point of the view, which stays where it is', () => {
    const z = zoomAround(NO_ZOOM, 2, 0.25);
    expect(z).toEqual({ k: 2, x: -0.25 });
    expect(drawnAt(z, 0.25)).toBeCloseTo(0.25, 12);
    // Again, around what is now at 0.6 of the view (share 0.425 of the whole).
    const again = zoomAround(z, 4, 0.6);
    expect(again.k).toBe(8);
    expect(drawnAt(again, 0.425)).toBeCloseTo(0.6, 12);
    // Zooming out past 1× is the whole axis.
    expect(zoomAround(again, 1 / 100, 0.5)).toBe(NO_ZOOM);
    // Around the left edge at 2×, the edge stays: nothing before it comes into view.
    expect(zoomAround(NO_ZOOM, 2, 0)).toEqual({ k: 2, x: 0 });
  });

  it('pans by shares of the view, never past either end', () => {
    expect(panBy({ k: 4, x: -1 }, 0.5)).toEqual({ k: 4, x: -1.5 });
    expect(panBy({ k: 4, x: -1 }, -0.5)).toEqual({ k: 4, x: -0.5 });
    expect(panBy({ k: 4, x: -1 }, 10)).toEqual({ k: 4, x: -3 });
    expect(panBy({ k: 4, x: -1 }, -10)).toEqual({ k: 4, x: 0 });
    expect(panBy(NO_ZOOM, 0.3)).toBe(NO_ZOOM);
  });

  it('fills 80% of the view with a stretch, centred', () => {
    // A tenth of the axis, from 0.5 to 0.6: 8×, its middle (0.55) in the middle of the view.
    const z = zoomToShares(0.5, 0.6);
    expect(z.k).toBeCloseTo(8, 10);
    expect(drawnAt(z, 0.55)).toBeCloseTo(0.5, 10);
    expect(drawnAt(z, 0.6) - drawnAt(z, 0.5)).toBeCloseTo(0.8, 10);
    // A stretch wider than 80% of the axis needs no zoom; one at an end is held against it.
    expect(zoomToShares(0, 0.9)).toBe(NO_ZOOM);
    const atEnd = zoomToShares(0.95, 1);
    expect(atEnd.k).toBeCloseTo(16, 10);
    expect(drawnAt(atEnd, 1)).toBeCloseTo(1, 10);
  });

  it('zooms into days: the 11th to the 20th of April fill the view of an even April', () => {
    const z = zoomToDays(aprilAxis(), day('2022-04-11'), day('2022-04-20'));
    // Ten of 30 days are a third of the axis: 2.4× makes them 80% of the view.
    expect(z.k).toBeCloseTo(2.4, 10);
    const [from, to] = daysInView(aprilAxis(), z);
    // The view shows 12.5 days around them (10 days at 80%): from 9.75 to 22.25 April, to the nearest day.
    expect(from).toBe(day('2022-04-10'));
    expect(to).toBe(day('2022-04-21'));
  });

  it('shows the whole axis unzoomed, and a half at 2× from the left', () => {
    expect(daysInView(aprilAxis(), NO_ZOOM)).toEqual([day('2022-04-01'), day('2022-04-30')]);
    expect(daysInView(aprilAxis(), { k: 2, x: 0 })).toEqual([day('2022-04-01'), day('2022-04-15')]);
  });

  it('turns d3-zoom’s transform in px into shares of the plot and back', () => {
    // x' = 2·x − 400 on a plot from 100 to 700: share f is drawn at 100 + 600·(2f + x).
    const z = zoomOfTransform({ k: 2, x: -400 }, FRAME);
    expect(z.k).toBe(2);
    expect(z.x).toBeCloseTo(-0.5, 12);
    const px = (f: number) => 2 * (FRAME.plotX + FRAME.plotWidth * f) - 400;
    for (const f of [0, 0.25, 0.5, 1]) expect(FRAME.plotX + FRAME.plotWidth * drawnAt(z, f)).toBeCloseTo(px(f), 9);
    expect(transformOfZoom(z, FRAME)).toEqual({ k: 2, x: -400 });
    expect(zoomOfTransform({ k: 1, x: 0 }, FRAME)).toBe(NO_ZOOM);
  });

  it('reads and writes the link’s zoom, within bounds', () => {
    expect(zoomOfLink('4,-2.5')).toEqual({ k: 4, x: -2.5 });
    expect(zoomOfLink('4,-9')).toEqual({ k: 4, x: -3 });
    expect(zoomOfLink('5000,0')).toEqual({ k: MAX_ZOOM, x: 0 });
    for (const bad of [null, '', '4', '4,', ',1', 'a,b', '4,-1,2', '0.5,0']) expect(zoomOfLink(bad), String(bad)).toBe(NO_ZOOM);
    expect(linkOfZoom({ k: 4, x: -2.5 })).toBe('4,-2.5');
    expect(linkOfZoom({ k: 2.123456, x: -0.000001 })).toBe('2.1235,0');
    expect(linkOfZoom(NO_ZOOM)).toBeNull();
  });

  it('zooms in around the event in focus, else the middle of the events in view, else the middle', () => {
    const stops = [{ key: 'a', x: 130 }, { key: 'b', x: 400 }, { key: 'c', x: 640 }, { key: 'off', x: 900 }];
    expect(zoomInShare(stops, 'c', FRAME)).toBeCloseTo(0.9, 12);
    // In view: 130, 400, 640; the middle one.
    expect(zoomInShare(stops, null, FRAME)).toBeCloseTo(0.5, 12);
    expect(zoomInShare(stops, 'gone', FRAME)).toBeCloseTo(0.5, 12);
    expect(zoomInShare([], null, FRAME)).toBe(0.5);
  });
});

describe('steps in reading order', () => {
  const model = buildModel(loadBundled());
  const LANES: LaneSpec[] = [
    { key: ALL_PARTNERS_LANE, label: 'All four', country: null },
    { key: 'JP', label: 'Japan', country: 'JP' },
    { key: 'KR', label: 'South Korea', country: 'KR' },
    { key: 'AU', label: 'Australia', country: 'AU' },
    { key: 'NZ', label: 'New Zealand', country: 'NZ' },
  ];
  const kinds = kindsFor(['military', 'humanitarian', 'financial']);
  const layout = computeTimeline({ lanes: LANES, listsOf: (lane) => laneLists(model.timeline, lane, kinds), axis: buildDensityAxis(everyStartList(model), model.extent!), zoom: NO_ZOOM, width: 1100 });
  const stops = readingOrder(layout);
  const laneOf = (key: string) => key.slice(0, key.indexOf(':'));

  it('reads lane by lane from the top, left to right within each', () => {
    expect(laneOf(stops[0]!.key)).toBe(ALL_PARTNERS_LANE);
    expect(laneOf(stops[stops.length - 1]!.key)).toBe('NZ');
    const lanes = stops.map((s) => s.lane);
    expect([...lanes].sort((a, b) => a - b)).toEqual(lanes);
    for (let i = 1; i < stops.length; i++) if (stops[i]!.lane === stops[i - 1]!.lane) expect(stops[i]!.x).toBeGreaterThanOrEqual(stops[i - 1]!.x);
  });

  it('goes down a lane to the nearest stop with the next lane’s step and never back up; stays put in the last lane', () => {
    const australia = stops.find((s) => laneOf(s.key) === 'AU')!;
    const down = stepFrom(stops, australia.key, 'nextLane')!;
    expect(laneOf(down.key)).toBe('NZ');
    const nz = stops.filter((s) => laneOf(s.key) === 'NZ');
    expect(Math.abs(down.x - australia.x)).toBe(Math.min(...nz.map((s) => Math.abs(s.x - australia.x))));
    expect(stepFrom(stops, down.key, 'nextLane')!.key).toBe(down.key);
    expect(laneOf(stepFrom(stops, down.key, 'previousLane')!.key)).toBe('AU');
    expect(stepFrom(stops, stops[0]!.key, 'previousLane')!.key).toBe(stops[0]!.key);
  });

  it('goes to the next and previous stop, and to the first and last, never past an end', () => {
    expect(stepFrom(stops, stops[0]!.key, 'next')!.key).toBe(stops[1]!.key);
    expect(stepFrom(stops, stops[1]!.key, 'previous')!.key).toBe(stops[0]!.key);
    expect(stepFrom(stops, stops[0]!.key, 'previous')!.key).toBe(stops[0]!.key);
    expect(stepFrom(stops, stops[3]!.key, 'first')!.key).toBe(stops[0]!.key);
    expect(stepFrom(stops, stops[0]!.key, 'last')!.key).toBe(stops[stops.length - 1]!.key);
    expect(stepFrom(stops, stops[stops.length - 1]!.key, 'next')!.key).toBe(stops[stops.length - 1]!.key);
  });

  it('goes to the first stop from one that is gone, and nowhere without stops', () => {
    expect(stepFrom(stops, 'JP:no-such-event', 'next')).toBe(stops[0]);
    expect(stepFrom([], 'x', 'next')).toBeNull();
  });

  it('counts every event drawn: a marker one, a badge what it holds', () => {
    const markers = layout.lanes.reduce((n, l) => n + l.layout.markers.length, 0);
    const inBadges = layout.lanes.reduce((n, l) => n + l.layout.clusters.reduce((m, c) => m + c.count, 0), 0);
    expect(eventsDrawn(stops)).toBe(markers + inBadges);
  });

  it('highlights a marker’s countries, and each country of a badge’s events once', () => {
    const madrid = stops.find((s) => s.marker?.event.id === 'ip4-2022-06-madrid-summit')!;
    expect(countriesOf(madrid)).toEqual(['JP', 'KR', 'AU', 'NZ']);
    const events = [{ countries: ['JP'] }, { countries: ['JP', 'KR'] }] as unknown as PlacedCluster['events'];
    expect(countriesOf({ key: 'b', lane: 0, x: 0, y: 0, marker: null, cluster: { events } as PlacedCluster })).toEqual(['JP', 'KR']);
    expect(countriesOf(null)).toEqual([]);
  });
});

describe('the date strip', () => {
  const extent: [number, number] = [day('2022-04-01'), day('2022-04-30')];
  const frame = { plotX: 10, plotWidth: 60 };

  it('covers From to the end of To in px, an open end at the extent’s, and nothing when both are open', () => {
    expect(brushOfRange(april(), extent, null, null, frame)).toBeNull();
    expect(brushOfRange(april(), extent, day('2022-04-11'), day('2022-04-20'), frame)).toEqual([30, 50]);
    expect(brushOfRange(april(), extent, null, day('2022-04-20'), frame)).toEqual([10, 50]);
    expect(brushOfRange(april(), extent, day('2022-04-11'), null, frame)).toEqual([30, 70]);
    // A single day is never less than 1 px.
    expect(brushOfRange(april(), extent, day('2022-04-11'), day('2022-04-10'), frame)).toEqual([30, 31]);
  });

  it('turns a brushed stretch into the days it covers, within the extent, and a cleared brush into open dates', () => {
    expect(rangeOfBrush(april(), extent, [30, 50])).toEqual({ from: '2022-04-11', to: '2022-04-20' });
    expect(rangeOfBrush(april(), extent, [0, 200])).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    // Less than a day: that day.
    expect(rangeOfBrush(april(), extent, [30, 30.5])).toEqual({ from: '2022-04-11', to: '2022-04-11' });
    expect(rangeOfBrush(april(), extent, null)).toEqual({ from: null, to: null });
  });

  it('steps to the first day of a month away, across years', () => {
    expect(stepMonths(day('2022-12-15'), 1)).toBe(day('2023-01-01'));
    expect(stepMonths(day('2022-01-31'), -1)).toBe(day('2021-12-01'));
    expect(stepMonths(day('2022-03-10'), 12)).toBe(day('2023-03-01'));
  });

  describe('a date slider’s steps', () => {
    const years: [number, number] = [day('1990-01-01'), day('2024-10-31')];
    const at = (from: string | null, to: string | null) => ({ from: from === null ? null : day(from), to: to === null ? null : day(to) });

    it('moves From a month or a year to a month’s first day, and To to a month’s last', () => {
      expect(stepRangeEnd('from', 'next', at('2022-03-15', '2022-12-31'), years)).toBe('2022-04-01');
      expect(stepRangeEnd('from', 'previous', at('2022-03-15', null), years)).toBe('2022-02-01');
      expect(stepRangeEnd('from', 'nextPage', at('2022-03-01', null), years)).toBe('2023-03-01');
      expect(stepRangeEnd('to', 'next', at(null, '2022-04-30'), years)).toBe('2022-05-31');
      expect(stepRangeEnd('to', 'nextPage', at('2022-03-01', '2022-04-30'), years)).toBe('2023-04-30');
      expect(stepRangeEnd('to', 'previousPage', at(null, '2022-02-28'), years)).toBe('2021-02-28');
    });

    it('goes to the ends with first and last, opening an end that meets the extent while the other is open', () => {
      expect(stepRangeEnd('from', 'first', at('2022-03-01', null), years)).toBeNull();
      expect(stepRangeEnd('from', 'first', at('2022-03-01', '2022-12-31'), years)).toBe('1990-01-01');
      expect(stepRangeEnd('to', 'last', at(null, '2022-12-31'), years)).toBeNull();
      expect(stepRangeEnd('to', 'last', at('2022-01-01', '2022-12-31'), years)).toBe('2024-10-31');
      // From an open From, a year back from the first day is the first day still.
      expect(stepRangeEnd('from', 'previousPage', at(null, null), years)).toBeNull();
    });

    it('never moves one end past the other, nor past the extent', () => {
      expect(stepRangeEnd('from', 'nextPage', at('2022-03-01', '2022-06-30'), years)).toBe('2022-06-30');
      expect(stepRangeEnd('to', 'previousPage', at('2022-03-01', '2022-06-30'), years)).toBe('2022-03-01');
      expect(stepRangeEnd('to', 'nextPage', at('2024-01-01', '2024-06-30'), years)).toBe('2024-10-31');
    });

    it('takes no step between lanes', () => {
      expect(stepRangeEnd('from', 'nextLane', at(null, null), years)).toBeUndefined();
    });
  });

  it('outlines the zoomed window on the strip, at least 3 px wide, and nothing unzoomed', () => {
    const visible: [number, number] = [day('2022-04-11'), day('2022-04-20')];
    expect(stripWindow(april(), visible, NO_ZOOM, frame)).toBeNull();
    expect(stripWindow(april(), visible, { k: 3, x: -1 }, frame)).toEqual([30, 50]);
    // One day is 2 px: widened to 3 about its middle.
    expect(stripWindow(april(), [day('2022-04-11'), day('2022-04-11')], { k: 30, x: -10 }, frame)).toEqual([29.5, 32.5]);
  });
});

describe('count bars under the pointer and the keyboard', () => {
  const bar = (i: number, x0: number, x1: number) => ({ key: `JP:bar:${i}`, lane: 'JP', x: (x0 + x1) / 2, y: 0, count: i + 1, from: i, to: i, events: [], ariaLabel: '', heading: '', column: { x0, x1 } }) as PlacedCluster;
  const bars = [bar(0, 100, 112), bar(1, 115, 127), bar(2, 160, 172)];

  it('maps a pointer over the box that spans the bars to the lane’s x', () => {
    // The box is drawn at half the size (a scaled export or a zoomed page): client 60…96 is x 100…172.
    expect(laneXOfPointer(60, { left: 60, width: 36 }, bars)).toBe(100);
    expect(laneXOfPointer(96, { left: 60, width: 36 }, bars)).toBe(172);
    expect(laneXOfPointer(78, { left: 60, width: 36 }, bars)).toBe(136);
    expect(laneXOfPointer(78, { left: 60, width: 0 }, bars)).toBe(78);
  });

  it('finds the bar at an x, with a px of slack, and none between bars', () => {
    expect(barAt(bars, 99)!.key).toBe('JP:bar:0');
    expect(barAt(bars, 113.5)).toBeNull();
    expect(barAt(bars, 128)!.key).toBe('JP:bar:1');
    expect(barAt(bars, 140)).toBeNull();
    expect(barAt([], 140)).toBeNull();
  });

  it('steps from the active bar, or the first, within the lane', () => {
    expect(stepBar(bars, null, 'next')!.key).toBe('JP:bar:1');
    expect(stepBar(bars, 'JP:bar:1', 'previous')!.key).toBe('JP:bar:0');
    expect(stepBar(bars, 'JP:bar:0', 'nextPage')!.key).toBe('JP:bar:2');
    expect(stepBar(bars, 'JP:bar:2', 'first')!.key).toBe('JP:bar:0');
    expect(stepBar(bars, 'JP:bar:0', 'last')!.key).toBe('JP:bar:2');
    expect(stepBar([], null, 'next')).toBeNull();
  });
});

describe('what is hovered, focused, open and selected', () => {
  const model = buildModel(loadBundled());
  const lanes: LaneSpec[] = [{ key: 'AU', label: 'Australia', country: 'AU' }];
  const layout = computeTimeline({ lanes, listsOf: (lane) => laneLists(model.timeline, lane, kindsFor(['military', 'humanitarian', 'financial', 'unspecified'])), axis: buildDensityAxis([], [day('2022-04-01'), day('2022-04-30')]), zoom: NO_ZOOM, width: 820 });
  const stops: TimelineStop[] = readingOrder(layout);
  const badge = stops.find((s) => s.cluster)!;

  it('changes only what a change names, and gives the same state back when nothing changes', () => {
    const focused = changeUi(NO_UI, { type: 'focus', key: stops[1]!.key });
    expect(focused).toEqual({ ...NO_UI, focusKey: stops[1]!.key });
    expect(changeUi(focused, { type: 'focus', key: stops[1]!.key })).toBe(focused);
    const hovered = changeUi(focused, { type: 'hover', key: stops[0]!.key });
    expect(hovered.focusKey).toBe(stops[1]!.key);
    expect(changeUi(hovered, { type: 'hover', key: stops[0]!.key })).toBe(hovered);
    const open = changeUi(hovered, { type: 'open', key: badge.key });
    expect(open).toMatchObject({ focusKey: badge.key, openKey: badge.key });
    expect(changeUi(open, { type: 'closeList' }).openKey).toBeNull();
    expect(changeUi(NO_UI, { type: 'closeList' })).toBe(NO_UI);
    expect(changeUi(NO_UI, { type: 'bar', bar: null })).toBe(NO_UI);
  });

  it('reads the state against the layout: the Tab stop, the hovered stop and the open badge', () => {
    expect(resolveUi(NO_UI, layout, stops)).toEqual({ tabKey: stops[0]!.key, hovered: null, openCluster: null, activeBar: null, activeBarY: 0 });
    const ui = { focusKey: stops[2]!.key, hoverKey: stops[1]!.key, bar: null, openKey: badge.key };
    const resolved = resolveUi(ui, layout, stops);
    expect(resolved.tabKey).toBe(stops[2]!.key);
    expect(resolved.hovered).toBe(stops[1]);
    expect(resolved.openCluster).toBe(badge.cluster);
    // What a filter change took away is forgotten: the first stop takes the Tab stop.
    expect(resolveUi({ ...ui, focusKey: 'AU:gone', hoverKey: 'AU:gone', openKey: 'AU:gone' }, layout, stops)).toMatchObject({ tabKey: stops[0]!.key, hovered: null, openCluster: null });
  });

  it('selects the event the link names, and says so when the data has none of that id', () => {
    const byId = new Map(model.timeline.events.map((e) => [e.id, e]));
    expect(selectionOf(byId, null)).toEqual({ event: null, notice: null });
    expect(selectionOf(byId, 'ip4-2022-06-madrid-summit').event!.title).toBe('Madrid: first NATO Summit with the four partners');
    expect(selectionOf(byId, 'no-such-event')).toEqual({ event: null, notice: 'Ignored “no-such-event” in “event”: no event of this dataset has that id.' });
    const madrid = byId.get('ip4-2022-06-madrid-summit')!;
    expect(toggledSelection(null, madrid)).toBe(madrid.id);
    expect(toggledSelection(madrid.id, madrid)).toBeNull();
    expect(toggledSelection('other', madrid)).toBe(madrid.id);
  });

});
