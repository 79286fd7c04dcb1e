import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/components/text-width';
import { computeTimeline, laneSet, timelineAxis } from '../../../src/features/timeline/compute-timeline';
import { compressedStretches, LABEL, labelShape, placeKeyLabels, wrapLabel } from '../../../src/features/timeline/timeline-annotations';
import { axisScale, buildDensityAxis, NO_ZOOM } from '../../../src/features/timeline/timeline-axis';
import { TIMELINE } from '../../../src/features/timeline/timeline-constants';
import type { PlacedMarker } from '../../../src/features/timeline/timeline-lanes';
import { buildModel } from '../../../src/model/dataset-model';
import { isoDay } from '../../../src/model/dates';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const all = laneSet(model, model.partners, ['military', 'humanitarian', 'financial', 'unspecified']);
const layoutAt = (width: number, zoom = NO_ZOOM) => computeTimeline({ lanes: all.specs, listsOf: all.listsOf, axis: timelineAxis(model, null, null), zoom, width });
const width = (s: string) => textWidth(s, LABEL.fontSize);

describe('wrapLabel', () => {
  it('keeps a short title on one line', () => {
    expect(wrapLabel('Madrid', 170, 2)).toEqual(['Madrid']);
  });

  it('breaks a title between words, each line within the width', () => {
    const lines = wrapLabel('Madrid: first NATO Summit with the four partners', 170, 2);
    expect(lines.join(' ')).toBe('Madrid: first NATO Summit with the four partners');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(170);
  });

  it('cuts what runs past the last line at a word, with "…"', () => {
    const lines = wrapLabel('Washington: NATO Summit with the four partners, for the third year', 110, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(width(lines[1]!)).toBeLessThanOrEqual(110);
    // Whole words only: what comes before "…" is the start of the rest of the title.
    expect('Washington: NATO Summit with the four partners, for the third year'.replace(/\s+/g, ' ')).toContain(`${lines[0]} ${lines[1]!.slice(0, -1)}`.replace(/[,:;]$/, ''));
  });

  it('gives narrower, taller labels to a narrower plot', () => {
    expect(labelShape(1300)).toEqual({ maxWidth: 210, lines: 2 });
    expect(labelShape(600)).toEqual({ maxWidth: 120, lines: 3 });
    expect(labelShape(300)).toEqual({ maxWidth: 110, lines: 3 });
  });
});

describe('the key events labelled on the chart', () => {
  const marker = (key: string, x: number, title: string, start = 0) => ({ key, x, y: 10, event: { title, start } }) as unknown as PlacedMarker;

  it('labels the summits and the first foreign ministers’ meeting with the four, naming them as the data does', () => {
    for (const w of [720, 1100, 1440]) {
      const titles = layoutAt(w).labels.map((l) => l.lines.join(' '));
      const named = (start: string) => titles.some((t) => t.startsWith(start));
      expect(named('Madrid: first NATO Summit'), `${w} px: ${titles.join(' | ')}`).toBe(true);
      // The 2023 summit's record names no city: neither does its label.
      expect(named('NATO Summit with the four partners, for the second'), `${w} px`).toBe(true);
      expect(named('Washington: NATO Summit'), `${w} px`).toBe(true);
      expect(named('First NATO Foreign Ministers’'), `${w} px`).toBe(true);
      expect(titles.length).toBeGreaterThanOrEqual(4);
      expect(titles.length).toBeLessThanOrEqual(6);
    }
  });

  it('sets labels apart in each row, keeps every leader clear of the labels under it, and each within the chart', () => {
    for (const w of [720, 1100, 1440]) {
      const { labels } = layoutAt(w);
      for (const l of labels) {
        expect(l.x0).toBeGreaterThanOrEqual(0);
        expect(l.x1).toBeLessThanOrEqual(w);
      }
      for (const a of labels)
        for (const b of labels) {
          if (a === b) continue;
          if (a.tier === b.tier) expect(a.x1 + LABEL.gap <= b.x0 || b.x1 + LABEL.gap <= a.x0, `${a.key} and ${b.key} at ${w} px`).toBe(true);
          if (a.tier > b.tier) expect(a.x < b.x0 || a.x > b.x1, `${a.key}'s leader through ${b.key} at ${w} px`).toBe(true);
        }
    }
  });

  it('points each leader at its marker, in the lane of all four, under the labels', () => {
    const layout = layoutAt(1100);
    const lane = layout.lanes[0]!;
    expect(layout.plot.y).toBeGreaterThan(TIMELINE.top);
    for (const l of layout.labels) {
      const m = lane.layout.markers.find((x) => x.key === l.key)!;
      expect(l.x).toBe(m.x);
      expect(l.markerY).toBe(lane.y + m.y);
    }
  });

  it('labels only the key events in view when zoomed in', () => {
    // June 2022 and around, at 16×: Madrid is in view, the 2024 summit is not.
    const base = axisScale(timelineAxis(model, null, null), 0, 1);
    const f = base(new Date(Date.UTC(2022, 5, 1)));
    const titles = layoutAt(1100, { k: 16, x: 0.5 - 16 * f }).labels.map((l) => l.lines.join(' '));
    expect(titles.some((t) => t.startsWith('Madrid'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Washington'))).toBe(false);
  });

  it('prefers the weightier label where two cannot both stand, and places none without candidates', () => {
    const two = [
      { marker: marker('a', 100, 'A ministers’ meeting with a long title'), markerY: 10, weight: 2 },
      { marker: marker('b', 105, 'A summit with a long title as well'), markerY: 10, weight: 3 },
    ];
    // One row only fits one of them between 90 and 200 px: the summit's.
    const placed = placeKeyLabels(two, { left: 90, right: 320, maxWidth: 200, lines: 1 });
    expect(placed.map((l) => l.key)).toContain('b');
    expect(placeKeyLabels([], { left: 0, right: 100, maxWidth: 100, lines: 2 })).toEqual([]);
  });

  it('labels at most six', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ marker: marker(`m${i}`, 40 + i * 200, `E${i}`, i), markerY: 10, weight: 2 }));
    expect(placeKeyLabels(many, { left: 0, right: 2000, maxWidth: 100, lines: 2 })).toHaveLength(6);
  });
});

describe('the compressed stretches of the axis', () => {
  const axis = timelineAxis(model, null, null);
  const scale = axisScale(axis, 100, 1000);
  const stretches = compressedStretches(axis, scale, { x: 100, width: 1000 });
  const covers = (iso: string) => stretches.some((s) => s.from <= isoDay(iso)! && isoDay(iso)! <= s.to);

  it('are the long stretches without events: the 1990s, 2006–2019, the autumn of 2022 and the second half of 2023', () => {
    for (const day of ['1995-06-01', '2012-01-01', '2021-06-01', '2022-10-01', '2023-09-01']) expect(covers(day), day).toBe(true);
  });

  it('leave out the months with events and the month after each', () => {
    for (const day of ['2020-12-15', '2022-04-15', '2022-06-15', '2022-07-15', '2024-07-15', '2024-08-15']) expect(covers(day), day).toBe(false);
  });

  it('are drawn within the plot, and none on an axis even in time', () => {
    for (const s of stretches) {
      expect(s.x0).toBeGreaterThanOrEqual(100);
      expect(s.x1).toBeLessThanOrEqual(1100);
      expect(s.x1).toBeGreaterThan(s.x0);
    }
    const even = buildDensityAxis([], [isoDay('2000-01-01')!, isoDay('2010-12-31')!]);
    expect(compressedStretches(even, axisScale(even, 0, 600), { x: 0, width: 600 })).toEqual([]);
  });

  it('are in the layout the screen and the export draw, at any width', () => {
    for (const w of [720, 1440]) expect(layoutAt(w).breaks.map((b) => [b.from, b.to])).toEqual(stretches.map((b) => [b.from, b.to]));
  });
});
