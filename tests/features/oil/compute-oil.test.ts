import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/components/text-width';
import { computeOil, OIL_LAYOUT, oilSeries, type OilLayout } from '../../../src/features/oil/compute-oil';
import { describeOil } from '../../../src/features/oil/describe-oil';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());

function layoutAt(width: number, countries = ['JP', 'KR', 'AU', 'NZ'], options: { to?: string; height?: number } = {}): OilLayout {
  const filters = resolveFilters(model, { countries, types: [], from: null, to: options.to ?? null, measure: 'usd' });
  const description = describeOil({ series: oilSeries(model.dataset.oil, filters.countries, filters.window), model, filters });
  return computeOil({ bars: description.bars, axisLabel: description.axisLabel }, width, options.height);
}

/** The box a text covers, from its anchor, at the chart's font size. */
function box(t: { x: number; y: number; text: string; anchor: string }) {
  const w = textWidth(t.text, OIL_LAYOUT.fontSize);
  const x0 = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
  return { x0, x1: x0 + w, y0: t.y - OIL_LAYOUT.fontSize / 2, y1: t.y + OIL_LAYOUT.fontSize / 2 };
}

describe('computeOil', () => {
  it('places the bars largest first, keyed by the records they sum, with lengths in proportion to the barrels', () => {
    const layout = layoutAt(720);
    expect(layout.bars.map((b) => b.key)).toEqual(['oil-2022-jp', 'oil-2022-kr', 'oil-2022-au', 'oil-2022-nz']);
    const [jp, kr, au, nz] = layout.bars;
    // 22,500,000 / 867,000 = 25.95; 11,650,000 / 3,300,000 = 3.53.
    expect(jp!.width / nz!.width).toBeCloseTo(25.95, 2);
    expect(kr!.width / au!.width).toBeCloseTo(3.53, 2);
    expect(layout.bars.every((b) => b.x === layout.plot.x)).toBe(true);
  });

  it('rounds the axis to 5-million steps when wide and 10-million steps when narrow', () => {
    expect(layoutAt(720).ticks.map((t) => t.label.text)).toEqual(['0', '5M', '10M', '15M', '20M', '25M']);
    expect(layoutAt(400).ticks.map((t) => t.label.text)).toEqual(['0', '10M', '20M']);
  });

  for (const [width, to] of [280, 320, 414, 440, 519, 520, 720, 1000].flatMap((w) => [[w, undefined], [w, '2022-02-01']] as const)) {
    it(`keeps every name, label and note clear of the axis and grid lines, and inside the chart, at ${width} px${to ? ', with notes' : ''}`, () => {
      const layout = layoutAt(width, undefined, { to });
      const texts = layout.bars.flatMap((b) => [b.name, b.label, ...(b.note ? [b.note] : [])]);
      if (to) expect(layout.bars.every((b) => b.note?.text === '2022, no day given')).toBe(true);
      for (const t of texts) {
        const b = box(t);
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(width + 0.5);
        for (const rule of layout.rules) {
          const crossesX = rule.x >= b.x0 - 1 && rule.x <= b.x1 + 1;
          const crossesY = rule.y1 < b.y1 && rule.y2 > b.y0;
          expect(crossesX && crossesY, `${t.text} against the line at x=${Math.round(rule.x)}`).toBe(false);
        }
      }
      // Names never overlap the bars or the texts of another row.
      for (const bar of layout.bars) {
        const name = box(bar.name);
        for (const other of layout.bars) {
          const overlapsBar = name.x1 > other.x && name.x0 < other.x + other.width && name.y1 > other.y && name.y0 < other.y + other.height;
          expect(overlapsBar, `${bar.name.text} over a bar`).toBe(false);
        }
      }
    });
  }

  it('sets the names in a column left of the axis when wide, and above their bars when narrow', () => {
    const wide = layoutAt(720);
    expect(wide.compact).toBe(false);
    for (const bar of wide.bars) expect(box(bar.name).x1).toBeLessThanOrEqual(wide.plot.x - 4);
    const narrow = layoutAt(414);
    expect(narrow.compact).toBe(true);
    for (const bar of narrow.bars) expect(box(bar.name).y1).toBeLessThanOrEqual(bar.y);
  });

  it('is as tall as its rows: one bar takes less room than four', () => {
    const one = layoutAt(414, ['NZ']);
    const four = layoutAt(414);
    expect(one.bars).toHaveLength(1);
    expect(four.height - one.height).toBe(3 * (OIL_LAYOUT.nameLine + OIL_LAYOUT.barHeight + OIL_LAYOUT.rowGap));
  });

  it('draws no grid lines in the narrow layout, where each name and value stand above the bar: the axis keeps its ticks', () => {
    const narrow = layoutAt(320);
    expect(narrow.compact).toBe(true);
    expect(narrow.rules).toEqual([]);
    expect(narrow.ticks.map((t) => t.label.text)).toEqual(['0', '10M', '20M']);
    // Wide, the lines run the plot's height, cut only where a label lies on them.
    const wide = layoutAt(720);
    const at5M = wide.rules.filter((r) => r.key.startsWith('5000000-'));
    expect(at5M.length).toBeGreaterThan(1);
    expect(at5M[0]!.y1).toBe(wide.plot.y);
    expect(at5M.at(-1)!.y2).toBe(wide.baseline.y);
  });

  it('draws a release the dates cut lighter from its start: no part of it is certain to fall within them', () => {
    const layout = layoutAt(720, undefined, { to: '2022-02-01' });
    for (const bar of layout.bars) expect(bar.withinWidth).toBe(0);
    expect(layoutAt(720).bars.every((b) => b.withinWidth === b.width)).toBe(true);
  });

  it('given a height, grows the bars and the gaps between them to fill it, up to a limit', () => {
    const natural = layoutAt(720);
    const filled = layoutAt(720, undefined, { height: 300 });
    expect(natural.height).toBeLessThan(300);
    expect(filled.height).toBeGreaterThan(290);
    expect(filled.height).toBeLessThanOrEqual(300);
    expect(filled.bars[0]!.height).toBeGreaterThan(OIL_LAYOUT.barHeight);
    // One country on a whole slide: a bar of at most 44 px, not one as tall as the slide.
    const one = layoutAt(720, ['NZ'], { height: 500 });
    expect(one.bars[0]!.height).toBe(OIL_LAYOUT.maxBarHeight);
    expect(one.height).toBeLessThan(500);
    // Less room than it needs: the default sizes.
    expect(layoutAt(720, undefined, { height: 50 }).height).toBe(natural.height);
  });
});
