import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { computeTimeline, everyStartList, firstEvents, groupByYear, timelinePlot, type LaneSpec, type TimelineLayout } from '../../../src/features/timeline/compute-timeline';
import { axisScale, axisTicks, buildDensityAxis, NO_ZOOM } from '../../../src/features/timeline/timeline-axis';
import { TIMELINE } from '../../../src/features/timeline/timeline-constants';
import { AXIS_TEXT, textWidth } from '../../../src/components/text-width';
import { badgeHalfWidth, barHeight, computeLaneLayout } from '../../../src/features/timeline/timeline-lanes';
import { buildModel } from '../../../src/model/dataset-model';
import { dayToDate, isoDay } from '../../../src/model/dates';
import { ALL_PARTNERS_LANE, buildTimelineIndex, eventsWithin, kindsFor, laneLists, lanesOf } from '../../../src/model/timeline';
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
const model = buildModel(loadBundled());

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
const FRAME = { plotX: TIMELINE.nameWidth, plotWidth: 600, compact: false, maxRows: TIMELINE.maxRows };
/** 2022 spread evenly over the plot: an axis with no events gives each day the same width. */
const year2022 = () => axisScale(buildDensityAxis([], [isoDay('2022-01-01')!, isoDay('2022-12-31')!]), TIMELINE.nameWidth, 600);
const drawnCount = (layout: { markers: unknown[]; clusters: { count: number }[] }) => layout.markers.length + layout.clusters.reduce((n, c) => n + c.count, 0);
const bundledAxis = () => buildDensityAxis(everyStartList(model), model.extent!);

/** Every mark of a layout as a box, in the timeline's coordinates: markers, their date lines, badges. */
function boxes(layout: TimelineLayout) {
  const R = TIMELINE.markerRadius;
  return layout.lanes.flatMap((lane) => [
    ...lane.layout.markers.map((m) => ({ what: m.ariaLabel, x0: m.x - R, x1: m.shape === 'period' ? Math.max(m.x + R, m.spanX1) : m.x + R, y0: lane.y + m.y - R, y1: lane.y + m.y + R })),
    ...lane.layout.clusters.filter((c) => !c.column).map((c) => ({ what: c.ariaLabel, x0: c.x - badgeHalfWidth(c.count), x1: c.x + badgeHalfWidth(c.count), y0: lane.y + c.y - 8, y1: lane.y + c.y + 8 })),
  ]);
}

describe('buildDensityAxis', () => {
  const y2022: [number, number] = [isoDay('2022-01-01')!, isoDay('2022-12-31')!];
  const monthShares = (dates: string[][]) => {
    const lists = dates.map((d) => laneLists(japanEvents(d), 'JP', ['milestone'])[0]!.starts);
    const axis = buildDensityAxis(lists, y2022);
    return { axis, share: (m: number) => axis.fractions[m + 1]! - axis.fractions[m]! };
  };

  it('gives a month room by its days with events: more days, more room; none, little', () => {
    // 2022, one lane: three days of events in March, one in October, none in the other months.
    const { axis, share } = monthShares([['2022-03-02', '2022-03-10', '2022-03-20', '2022-10-01']]);
    expect(axis.days).toHaveLength(13);
    expect(axis.fractions[0]).toBe(0);
    expect(axis.fractions[12]).toBe(1);
    expect(share(2)).toBeGreaterThan(2 * share(9));
    // An empty month (May, or January) has a small fraction of a busy one's room, and room all the same.
    expect(share(4)).toBeLessThan(share(9) / 5);
    expect(share(4)).toBeGreaterThan(0);
    expect(share(0)).toBeCloseTo(share(4), 2);
  });

  it('gives the empty month after a busy one the room of one day of events, so where the busy month ends can be labelled', () => {
    // April and November follow March and October: each as wide as October, a month of one day of events.
    const { share } = monthShares([['2022-03-02', '2022-03-10', '2022-03-20', '2022-10-01']]);
    expect(share(3)).toBeCloseTo(share(9), 2);
    expect(share(10)).toBeCloseTo(share(9), 2);
    expect(share(11)).toBeLessThan(share(9) / 5);
  });

  it('counts events on one day as one, and a month by its busiest lane', () => {
    // Lane one: twenty events dated only to July (all drawn at 1 July) and one on 10 July: two days.
    // Lane two: three days in July. July is as wide as with lane two alone.
    const both = monthShares([[...Array.from({ length: 20 }, () => '2022-07'), '2022-07-10'], ['2022-07-04', '2022-07-05', '2022-07-06']]);
    const alone = monthShares([['2022-07-04', '2022-07-05', '2022-07-06']]);
    expect(both.share(6)).toBeCloseTo(alone.share(6), 10);
  });

  it('gives no extra room to the month after a January, where events dated only to a year sit', () => {
    // One event dated 2022 (1 January) and one on 5 May: February stays as narrow as an empty March; June gets the room of May.
    const { share } = monthShares([['2022', '2022-05-05']]);
    expect(share(1)).toBeCloseTo((share(2) * 28) / 31, 10);
    expect(share(5)).toBeCloseTo(share(4), 2);
  });

  it('is even in time when there are no events', () => {
    const axis = buildDensityAxis([], y2022);
    expect(axis.fractions[1]).toBeCloseTo(31 / 365, 10);
  });

  it('gives the bundled data’s 2022 and 2024 more width than 1990–2019, and an empty year only its days’ share', () => {
    const axis = bundledAxis();
    const scale = axisScale(axis, 0, 1);
    const at = (iso: string) => scale(new Date(`${iso}T00:00:00Z`));
    const [from, to] = model.extent!;
    expect(at('2023-01-01') - at('2022-01-01') + at('2024-11-01') - at('2024-01-01')).toBeGreaterThan(2 * at('2020-01-01'));
    // No event falls in 2010: its whole year is narrower than the month of the Madrid summit.
    expect(at('2011-01-01') - at('2010-01-01')).toBeLessThan((at('2022-07-01') - at('2022-06-01')) / 5);
    // An empty year is as wide as any other empty year: time runs evenly where nothing happens.
    expect(at('2011-01-01') - at('2010-01-01')).toBeCloseTo(at('2016-01-01') - at('2015-01-01'), 10);
    expect(from).toBeLessThan(to);
  });
});

describe('axisTicks', () => {
  /** Each label read with the year before it on the year line, as a reader reads it ("Jul 2024"). */
  const readAs = (ticks: readonly { x: number; label: string; row: number }[]) => {
    const years = ticks.filter((t) => t.row === 1).sort((a, b) => a.x - b.x);
    return ticks.map((t) => (t.row === 1 ? t.label : `${t.label} ${years.filter((y) => y.x <= t.x + 0.5).at(-1)?.label}`));
  };

  for (const width of [480, 720, 1100, 1440]) {
    it(`labels 2022 and 2024, no two labels of a line overlapping and no date twice, at ${width} px`, () => {
      const { plotX, plotWidth } = timelinePlot(width);
      const axis = bundledAxis();
      const ticks = axisTicks(axis, axisScale(axis, plotX, plotWidth), plotX, plotWidth, width);
      const years = ticks.filter((t) => t.row === 1).map((t) => t.label);
      for (const y of ['2022', '2024']) expect(years).toContain(y);
      for (const row of [0, 1]) {
        const line = ticks.filter((t) => t.row === row).sort((a, b) => a.x - b.x);
        for (let i = 1; i < line.length; i++) expect(line[i]!.x - line[i - 1]!.x, `${line[i - 1]!.label} and ${line[i]!.label}`).toBeGreaterThan(14);
      }
      const dates = readAs(ticks);
      expect(new Set(dates).size).toBe(dates.length);
    });
  }

  it('labels the month after July 2024, where the month-dated statements’ dashed lines end, at 1100 px', () => {
    const { plotX, plotWidth } = timelinePlot(1100);
    const axis = bundledAxis();
    const ticks = axisTicks(axis, axisScale(axis, plotX, plotWidth), plotX, plotWidth, 1100);
    expect(readAs(ticks)).toEqual(expect.arrayContaining(['Jul 2024', 'Aug 2024']));
  });

  it('names a month only under its own year, and a single year only where its stretch holds the label', () => {
    for (const width of [480, 720, 1100, 1440]) {
      const { plotX, plotWidth } = timelinePlot(width);
      const axis = bundledAxis();
      const scale = axisScale(axis, plotX, plotWidth);
      const ticks = axisTicks(axis, scale, plotX, plotWidth, width);
      for (const t of ticks.filter((t) => t.row === 0)) {
        const year = readAs([t, ...ticks.filter((y) => y.row === 1)])[0]!.split(' ')[1]!;
        // The month's own tick sits in the year it is read with.
        expect(scale.invert(t.x).getUTCFullYear(), `${t.label} at ${width} px`).toBe(Number(year));
      }
      for (const t of ticks.filter((t) => t.row === 1 && Number(t.label) % 5 !== 0 && t.x > plotX)) {
        // Its label starts at its tick and runs into the next year: the two years hold it.
        const y = Number(t.label);
        const room = scale(new Date(Date.UTC(y + 2, 0, 1))) - scale(new Date(Date.UTC(y, 0, 1)));
        expect(room, `${t.label} at ${width} px`).toBeGreaterThanOrEqual(textWidth(t.label, AXIS_TEXT.fontSize) + 4);
      }
    }
  });

  it('names a month only where its own month holds the name, and never across a year’s tick line', () => {
    const [, last] = model.extent!;
    for (const width of [480, 720, 1100, 1440]) {
      const { plotX, plotWidth } = timelinePlot(width);
      const axis = bundledAxis();
      const scale = axisScale(axis, plotX, plotWidth);
      const ticks = axisTicks(axis, scale, plotX, plotWidth, width);
      const years = ticks.filter((t) => t.row === 1);
      for (const t of ticks.filter((t) => t.row === 0)) {
        const w = textWidth(t.label, AXIS_TEXT.fontSize);
        for (const y of years) expect(Math.abs(y.x - t.x), `${t.label} and ${y.label} at ${width} px`).toBeGreaterThan(w / 2);
        // The month's stretch, up to the next month (the last month shown may use the margin).
        const start = scale.invert(t.x);
        const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
        if (next.getTime() / 86_400_000 > last) continue;
        expect(scale(next) - t.x, `${t.label} at ${width} px`).toBeGreaterThanOrEqual(w + 4);
      }
    }
  });

  /** The label on the year line before each bundled event (decade-dated ones aside), at a width. */
  const yearUnder = (width: number) => {
    const { plotX, plotWidth } = timelinePlot(width);
    const axis = bundledAxis();
    const scale = axisScale(axis, plotX, plotWidth);
    const years = axisTicks(axis, scale, plotX, plotWidth, width).filter((t) => t.row === 1);
    return model.timeline.events
      .filter((e) => e.precision !== 'decade')
      .map((e) => ({ id: e.id, year: Number(e.date.slice(0, 4)), under: Number(years.filter((t) => t.x <= scale(dayToDate(e.start)) + 0.5).at(-1)!.label) }));
  };

  it('names each bundled event’s year, or the year before it, under the event from 720 px', () => {
    for (const width of [720, 1100, 1440]) {
      for (const e of yearUnder(width)) expect(e.year - e.under, `${e.id} at ${width} px reads as ${e.under}`).toBeLessThanOrEqual(1);
    }
  });

  it('names 2020 under December 2020’s ministerial meeting where 2010 and 2020 crowd each other', () => {
    // At 480 and 600 px the two decades' labels do not both fit: the year with the event keeps its own.
    for (const width of [480, 600]) expect(yearUnder(width).find((e) => e.id === 'ip4-2020-12-foreign-ministers')!.under).toBe(2020);
  });

  it('does not name an empty October before December 2020’s event, which reads as December', () => {
    // One lane: events on 5 December 2020 and 1 March 2022 only, 2020–2022 over 600 px.
    const index = japanEvents(['2020-12-05', '2022-03-01']);
    const axis = buildDensityAxis(laneLists(index, 'JP', ['milestone']).map((l) => l.starts), [isoDay('2020-01-01')!, isoDay('2022-12-31')!]);
    const scale = axisScale(axis, TIMELINE.nameWidth, 600);
    const read = readAs(axisTicks(axis, scale, TIMELINE.nameWidth, 600, WIDTH));
    expect(read).not.toContain('Oct 2020');
    expect(read).toContain('Dec 2020');
  });

  it('labels days at one regular step, each once, when zoomed into a fortnight', () => {
    const axis = buildDensityAxis([], [isoDay('2022-04-01')!, isoDay('2022-04-14')!]);
    const scale = axisScale(axis, 100, 600);
    const ticks = axisTicks(axis, scale, 100, 600, 720);
    expect(ticks.filter((t) => t.row === 1).map((t) => t.label)).toEqual(['2022']);
    // 600 px for 14 days: a day's label ("12 Apr") and its gap need more than a day's 43 px, so every other day.
    expect(ticks.filter((t) => t.row === 0).map((t) => t.label)).toEqual(['Apr', '3 Apr', '5 Apr', '7 Apr', '9 Apr', '11 Apr', '13 Apr']);
  });

  it('keeps one step of days across a month’s end when zoomed in', () => {
    // 20 March to 10 April 2022, even, over 600 px: weekly from each month's first day, never a mix of steps.
    const axis = buildDensityAxis([], [isoDay('2022-03-20')!, isoDay('2022-04-10')!]);
    const scale = axisScale(axis, 100, 600);
    const days = axisTicks(axis, scale, 100, 600, 720).filter((t) => t.row === 0).map((t) => t.label);
    const gaps = days.map((d) => Number(d.split(' ')[0])).filter((n) => !Number.isNaN(n));
    expect(new Set(days).size).toBe(days.length);
    const steps = new Set(gaps.slice(1).map((n, i) => n - gaps[i]!).filter((g) => g > 0));
    expect(steps.size).toBe(1);
  });
});

describe('computeLaneLayout', () => {
  it('shows every event of a lane, as a marker or counted in a "+N" badge that lists them', () => {
    const index = japanEvents(['2022-04-19', '2022-04-19', '2022-04-19', '2022-04-19', '2022-04-19']);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), FRAME);
    // Five events on one day: two markers, and a badge in the third row for the other three.
    expect(layout.markers.map((m) => m.event.id)).toEqual(['e0', 'e1']);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.events.map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
    expect(layout.clusters[0]!.ariaLabel).toBe('3 more events in Japan, 19 Apr 2022: open the list');
    expect(drawnCount(layout)).toBe(5);
  });

  it('draws every event, in as many rows as it takes, when rows are not limited (exports)', () => {
    const index = japanEvents(['2022-04-19', '2022-04-19', '2022-04-19', '2022-04-19', '2022-04-19']);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), { ...FRAME, maxRows: Infinity });
    expect(layout.markers).toHaveLength(5);
    expect(layout.clusters).toEqual([]);
    expect(layout.height).toBe(TIMELINE.lanePadding * 2 + 5 * TIMELINE.rowHeight);
  });

  it('keys a marker by its lane and event', () => {
    const index = japanEvents(['2022-01-10', '2022-05-10']);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), FRAME);
    expect(layout.markers.map((m) => m.key)).toEqual(['JP:e0', 'JP:e1']);
  });

  it('keeps no row for the span of an event dated only to the month (it shows only while active), but does for a period', () => {
    // "May 2022" is a hollow marker at 1 May; an event on 20 May goes in the same row. A period of
    // 1–31 August keeps its row to its end: an event on 20 August goes to the next row.
    const milestones = ['2022-05', '2022-05-20', '2022-08-01', '2022-08-20'].map((date, i) => ({
      id: `e${i}`, countries: ['JP'], category: 'summit' as const, title: `e${i}`, date, precision: (date.length === 7 ? 'month' : 'day') as 'day' | 'month',
      ...(i === 2 ? { endDate: '2022-08-31' } : {}), dateBasis: 'occurred' as const, citations: [{ source: 's', quote: 'q' }],
    }));
    const index = buildTimelineIndex({ milestones, aid: [] } as unknown as Dataset, FOUR);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, year2022(), FRAME);
    const at = Object.fromEntries(layout.markers.map((m) => [m.event.id, m]));
    expect(at.e0!.shape).toBe('uncertain');
    expect(at.e1!.y).toBe(at.e0!.y);
    expect(at.e2!.shape).toBe('period');
    expect(at.e3!.y).not.toBe(at.e2!.y);
  });

  it('draws an event begun before the visible range at its left edge', () => {
    const index = japanEvents(['2021', '2022-06-01']);
    const scale = axisScale(buildDensityAxis([], [isoDay('2021-07-01')!, isoDay('2021-12-31')!]), TIMELINE.nameWidth, 600);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, scale, FRAME);
    // Just inside the plot, clear of the lane names: its whole marker within the plot.
    expect(layout.markers.map((m) => [m.event.id, m.x])).toEqual([['e0', TIMELINE.nameWidth + TIMELINE.markerRadius]]);
  });

  it('ends a dashed line with a tick only where its date ends within the view', () => {
    // The first half of 2022 in view: an event dated "2022" runs on past the edge, one dated March 2022 ends in view.
    const index = japanEvents(['2022', '2022-03']);
    const scale = axisScale(buildDensityAxis([], [isoDay('2022-01-01')!, isoDay('2022-06-30')!]), TIMELINE.nameWidth, 600);
    const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, scale, FRAME);
    expect(Object.fromEntries(layout.markers.map((m) => [m.event.id, [m.shape, m.endsInView, Math.round(m.spanX1)]]))).toEqual({
      e0: ['uncertain', false, TIMELINE.nameWidth + 600],
      // 1 April 2022 is 90 of the window's 181 days in.
      e1: ['uncertain', true, Math.round(TIMELINE.nameWidth + (600 * 90) / 181)],
    });
  });

  it('draws no marker, badge or bar of a crowded lane over another', () => {
    // 2022 with 420 events on uneven days (bunched in spring, sparse after): a lane of the kind a
    // large dataset of one's own makes, where columns of markers, bars and badges alternate.
    const dates: string[] = [];
    for (let i = 0; i < 420; i++) {
      const day = Math.floor(((i * 7919) % 1000) / 1000 * (i % 3 === 0 ? 365 : 120));
      dates.push(new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10));
    }
    const index = japanEvents(dates);
    for (const plotWidth of [600, 1000]) {
      const scale = axisScale(buildDensityAxis(laneLists(index, 'JP', ['milestone']).map((l) => l.starts), [isoDay('2022-01-01')!, isoDay('2022-12-31')!]), TIMELINE.nameWidth, plotWidth);
      const layout = computeLaneLayout(laneLists(index, 'JP', kindsFor([])), JAPAN, scale, { ...FRAME, plotWidth });
      const R = TIMELINE.markerRadius;
      const marks = [
        ...layout.markers.map((m) => ({ what: m.ariaLabel, x0: m.x - R, x1: m.x + R, y0: m.y - R, y1: m.y + R })),
        ...layout.clusters.map((c) =>
          c.column ? { what: c.ariaLabel, x0: c.column.x0, x1: c.column.x1, y0: layout.bars!.top, y1: layout.bars!.bottom } : { what: c.ariaLabel, x0: c.x - TIMELINE.badgeHalfWidth, x1: c.x + TIMELINE.badgeHalfWidth, y0: c.y - 8, y1: c.y + 8 },
        ),
      ];
      expect(layout.clusters.some((c) => c.column)).toBe(true);
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++) {
          const [a, b] = [marks[i]!, marks[j]!];
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `${a.what} and ${b.what} at ${plotWidth} px`).toBe(true);
        }
      // Every event is still counted: in a marker, a badge or a bar.
      expect(layout.markers.length + layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(420);
    }
  });

  it('draws a crowded lane as bars of counts where events crowd and markers where they do not', () => {
    const dates = [...Array<string>(200).fill('2022-03-01'), '2022-06-15', '2022-09-15', '2022-12-15'];
    const layout = computeLaneLayout(laneLists(japanEvents(dates), 'JP', kindsFor([])), JAPAN, year2022(), FRAME);
    expect(layout.markers.map((m) => m.event.id)).toEqual(['e200', 'e201', 'e202']);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.count).toBe(200);
    expect(layout.clusters[0]!.ariaLabel).toBe('200 events in Japan, 1 Mar 2022 to 1 Mar 2022');
    expect(layout.bars).toEqual({ top: TIMELINE.lanePadding, bottom: TIMELINE.lanePadding + TIMELINE.maxRows * TIMELINE.rowHeight });
    expect(drawnCount(layout)).toBe(203);
  });

  it('does work bounded by the width, not the number of events', () => {
    const dates = Array.from({ length: 20_000 }, (_, i) => new Date(Date.UTC(2022, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10));
    const layout = computeLaneLayout(laneLists(japanEvents(dates), 'JP', kindsFor([])), JAPAN, year2022(), FRAME);
    expect(layout.clusters.length).toBeLessThanOrEqual(Math.floor(600 / TIMELINE.spacing));
    expect(drawnCount(layout)).toBe(20_000);
  });
});

describe('count bars', () => {
  it('are as tall as their share of the tallest, at least 2 px and at most the band', () => {
    const band = { top: 8, bottom: 68 };
    expect(barHeight(60, 60, band)).toBe(60);
    expect(barHeight(30, 60, band)).toBe(30);
    expect(barHeight(1, 1000, band)).toBe(2);
    expect(barHeight(5, 0, band)).toBe(60);
  });
});

describe('computeTimeline', () => {
  const kinds = kindsFor(TYPES);
  const listsOf = (lane: string) => laneLists(model.timeline, lane, kinds);

  for (const width of [480, 720, 1100, 1440]) {
    it(`draws no two marks of the bundled data over each other at ${width} px, on screen and in exports`, () => {
      for (const maxRows of [TIMELINE.maxRows, Infinity]) {
        const layout = computeTimeline({ lanes: LANES, listsOf, axis: bundledAxis(), zoom: NO_ZOOM, width, maxRows });
        const all = boxes(layout);
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) {
            const a = all[i]!;
            const b = all[j]!;
            const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
            expect(overlap, `${a.what} / ${b.what}`).toBe(false);
          }
        }
      }
    });
  }

  it('places every bundled event in its lanes', () => {
    const window = windowFromIso(null, null);
    const events = eventsWithin(model.timeline, window, FOUR, TYPES);
    const layout = computeTimeline({ lanes: LANES, listsOf, axis: bundledAxis(), zoom: NO_ZOOM, width: 1100 });
    expect(layout.lanes.reduce((n, l) => n + drawnCount(l.layout), 0)).toBe(events.reduce((n, e) => n + lanesOf(e, FOUR, FOUR).length, 0));
    const madrid = layout.lanes[0]!.layout.markers.find((m) => m.event.id === 'ip4-2022-06-madrid-summit')!;
    expect(madrid.ariaLabel).toBe('Jun 2022, All four: Madrid: first NATO Summit with the four partners (Summit or leaders’ meeting)');
    expect(madrid.shape).toBe('uncertain');
    // Dated to June only: its line runs across June.
    expect(madrid.spanX1 - madrid.spanX0).toBeGreaterThan(5);
  });

  it('draws a key event first among the events of its spot, and statements last, so no badge hides a summit', () => {
    const layout = computeTimeline({ lanes: LANES, listsOf, axis: bundledAxis(), zoom: NO_ZOOM, width: 1100 });
    const all = layout.lanes[0]!.layout;
    const washington = all.markers.find((m) => m.event.id === 'ip4-2024-07-washington-summit')!;
    // July 2024 holds a dozen events of all four; the summit is drawn in the first row.
    expect(washington.y).toBe(Math.min(...all.markers.filter((m) => m.x === washington.x).map((m) => m.y)));
    const badge = all.clusters.find((c) => !c.column && c.events.some((e) => e.date === '2024-07'))!;
    // The badge holds the statements (and what else finds no row); the markers drawn there are none of them.
    expect(badge.events.filter((e) => e.category === 'statement').length).toBeGreaterThanOrEqual(badge.count - 1);
    expect(all.markers.filter((m) => m.x === washington.x).some((m) => m.event.category === 'statement')).toBe(false);
    expect(badge.heading).toBe(`${badge.count} more events in All four, Jul 2024`);
  });

  it('draws a statement dated "or later" as a hollow marker at its date, its span open to the right edge, its name saying so', () => {
    const layout = computeTimeline({ lanes: LANES, listsOf, axis: bundledAxis(), zoom: NO_ZOOM, width: 1100 });
    const markers = layout.lanes.flatMap((l) => l.layout.markers);
    const itpp = markers.find((m) => m.event.id === 'ip4-2024-07-itpp') ?? null;
    const liaison = markers.find((m) => m.event.id === 'jp-2023-liaison-office')!;
    expect(liaison.ariaLabel).toBe('2023 or later, Japan: France opposes a NATO liaison office in Tokyo (Statement or analysis)');
    expect(liaison).toMatchObject({ shape: 'uncertain', openEnd: true, endsInView: false, spanX1: layout.plot.x + layout.plot.width });
    // The programmes stand in the lane of all four (in a marker or counted in July's badge).
    if (itpp) expect(itpp.ariaLabel.startsWith('as of Jul 2024 or later, All four:')).toBe(true);
  });

  it('keeps every marker within the plot, clear of the lane names, at any zoom', () => {
    for (const zoom of [NO_ZOOM, { k: 16, x: -12 }, { k: 64, x: -50 }]) {
      const layout = computeTimeline({ lanes: LANES, listsOf, axis: bundledAxis(), zoom, width: 1100 });
      for (const m of layout.lanes.flatMap((l) => l.layout.markers)) {
        expect(m.x - TIMELINE.markerRadius, m.ariaLabel).toBeGreaterThanOrEqual(layout.plot.x);
        expect(m.x + TIMELINE.markerRadius, m.ariaLabel).toBeLessThanOrEqual(layout.plot.x + layout.plot.width);
      }
    }
  });

  it('marks an event whose date begins before the plot’s left edge, which it stands at, and no other', () => {
    // Dated to March 2022 (1–31 Mar), seen from 15 Mar: it stands at the edge, with its arrow; 10 Apr stands at its day.
    const lists = laneLists(japanEvents(['2022-03', '2022-04-10']), 'JP', kindsFor([]));
    const scale = axisScale(buildDensityAxis([], [isoDay('2022-03-15')!, isoDay('2022-04-30')!]), TIMELINE.nameWidth, 600);
    const layout = computeLaneLayout(lists, JAPAN, scale, FRAME);
    const byId = (id: string) => layout.markers.find((m) => m.event.id === id)!;
    expect(byId('e0')).toMatchObject({ begunBefore: true, x: TIMELINE.nameWidth + TIMELINE.markerRadius });
    expect(byId('e1').begunBefore).toBe(false);
    // Seen from 1 Mar, the March event begins at the edge, not before it.
    const fromMarch = computeLaneLayout(lists, JAPAN, axisScale(buildDensityAxis([], [isoDay('2022-03-01')!, isoDay('2022-04-30')!]), TIMELINE.nameWidth, 600), FRAME);
    expect(fromMarch.markers.find((m) => m.event.id === 'e0')!.begunBefore).toBe(false);
    // Zoomed in far (six days over 600 px: a column is less than a day), it still stands at the edge.
    const sixDays = computeLaneLayout(lists, JAPAN, axisScale(buildDensityAxis([], [isoDay('2022-03-15')!, isoDay('2022-03-20')!]), TIMELINE.nameWidth, 600), FRAME);
    expect(sixDays.markers.map((m) => [m.event.id, m.begunBefore])).toEqual([['e0', true]]);
  });

  it('gives a crowded lane the screen’s rows in an export too, so the image draws the same bars', () => {
    const dates = [...Array<string>(60).fill('2022-03-01'), ...Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2022, 3, 1) + (i % 200) * 86_400_000).toISOString().slice(0, 10))];
    const lists = laneLists(japanEvents(dates), 'JP', kindsFor([]));
    const screen = computeLaneLayout(lists, JAPAN, year2022(), FRAME);
    const image = computeLaneLayout(lists, JAPAN, year2022(), { ...FRAME, maxRows: Infinity });
    expect(image.clusters.map((c) => [c.key, c.count])).toEqual(screen.clusters.map((c) => [c.key, c.count]));
    expect(image.markers.map((m) => m.key)).toEqual(screen.markers.map((m) => m.key));
    expect(image.height).toBe(screen.height);
  });

  it('stacks the lanes in order, each below the last', () => {
    const layout = computeTimeline({ lanes: LANES, listsOf, axis: bundledAxis(), zoom: NO_ZOOM, width: WIDTH });
    expect(layout.lanes.map((l) => l.label)).toEqual(['All four', 'Japan', 'South Korea', 'Australia', 'New Zealand']);
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
  });

  it('zooms by plot shares, so a zoom shows the same days at any width', () => {
    const axis = bundledAxis();
    const zoom = { k: 4, x: -2.5 };
    const days = (width: number) => {
      const layout = computeTimeline({ lanes: LANES, listsOf, axis, zoom, width });
      return layout.lanes.flatMap((l) => l.layout.markers.map((m) => m.event.id)).sort();
    };
    expect(days(1440)).toEqual(days(900));
  });
});

describe('groupByYear', () => {
  it('groups the events by the year their date names, a decade-dated one apart', () => {
    const events = eventsWithin(model.timeline, windowFromIso(null, '2005-12-31'), FOUR, TYPES).map((event) => ({ event, lanes: lanesOf(event, FOUR, FOUR) }));
    const groups = groupByYear(events, (l) => LANES.find((x) => x.key === l)!.label);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.lanes)])).toEqual([
      ['1990s', ['Japan']],
      ['2001', ['New Zealand']],
      ['2005', ['Australia', 'South Korea']],
    ]);
  });
});

describe('firstEvents', () => {
  // The groups up to 2005: 1990s (1 event), 2001 (1), 2005 (2).
  const groups = groupByYear(
    eventsWithin(model.timeline, windowFromIso(null, '2005-12-31'), FOUR, TYPES).map((event) => ({ event, lanes: lanesOf(event, FOUR, FOUR) })),
    (l) => LANES.find((x) => x.key === l)!.label,
  );
  const shape = (gs: ReturnType<typeof firstEvents>) => gs.map((g) => [g.year, g.items.length]);

  it('keeps the first events in their years, cutting the last year it reaches', () => {
    expect(shape(firstEvents(groups, 3))).toEqual([
      ['1990s', 1],
      ['2001', 1],
      ['2005', 1],
    ]);
    expect(firstEvents(groups, 3)[2]!.items[0]).toBe(groups[2]!.items[0]);
    expect(shape(firstEvents(groups, 2))).toEqual([
      ['1990s', 1],
      ['2001', 1],
    ]);
  });

  it('gives every group when the count reaches the events, and none for a count of 0', () => {
    expect(firstEvents(groups, 4)).toEqual(groups);
    expect(firstEvents(groups, 100)).toEqual(groups);
    expect(firstEvents(groups, 0)).toEqual([]);
  });
});
