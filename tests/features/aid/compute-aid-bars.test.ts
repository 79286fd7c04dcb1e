import { describe, expect, it } from 'vitest';
import { aidCells, buildAidIndex } from '../../../src/model/aid';
import { windowFromIso } from '../../../src/model/window';
import { AID_BARS } from '../../../src/features/aid/aid-constants';
import { CUT_NOTE, computeAidBars, type AidBarsInput } from '../../../src/features/aid/compute-aid-bars';
import { loadBundled } from '../../helpers/bundled';

const dataset = loadBundled();
const index = buildAidIndex(dataset.aid);
const FOUR = [
  { code: 'JP', name: 'Japan' },
  { code: 'KR', name: 'South Korea' },
  { code: 'AU', name: 'Australia' },
  { code: 'NZ', name: 'New Zealand' },
];
const TYPES = ['military', 'humanitarian', 'financial'] as const;

function input(overrides: Partial<AidBarsInput> = {}, from: string | null = null, to: string | null = null): AidBarsInput {
  const countries = overrides.countries ?? FOUR;
  const types = overrides.types ?? TYPES;
  return {
    cells: aidCells(index, countries.map((c) => c.code), types, windowFromIso(from, to)),
    countries,
    types,
    measure: 'usd',
    indicators: dataset.indicators!.countries,
    layout: 'grouped',
    width: 800,
    ...overrides,
  };
}

const bar = (layout: ReturnType<typeof computeAidBars>, key: string) => layout.bars.find((b) => b.key === key)!;

describe('computeAidBars', () => {
  it('draws one bar per country and type, in order', () => {
    const layout = computeAidBars(input());
    expect(layout.bars.map((b) => b.key)).toEqual(FOUR.flatMap((c) => TYPES.map((t) => `${c.code}:${t}`)));
    expect(layout.rows.map((r) => r.name)).toEqual(['Japan', 'South Korea', 'Australia', 'New Zealand']);
  });

  it('cuts Japan’s $12B financial bar so the others stay readable, and says so', () => {
    const layout = computeAidBars(input());
    const japan = bar(layout, 'JP:financial');
    expect(japan.cut).toBe(true);
    expect(japan.x + japan.width).toBeCloseTo(layout.plot.x + layout.plot.width, 6);
    expect(japan.ariaLabel).toBe('Japan, Financial: US$12B (bar cut short)');
    // The axis ends just past the next longest bar, Australia's military aid of $308.9M.
    expect(layout.cutAt).toBeGreaterThanOrEqual(308.9e6);
    expect(layout.cutAt).toBeLessThan(308.9e6 * 1.5);
    const australia = bar(layout, 'AU:military');
    expect(australia.cut).toBe(false);
    expect(australia.width / layout.plot.width).toBeCloseTo(308.9e6 / layout.cutAt!, 6);
  });

  it('draws every bar to scale when none dwarfs the rest', () => {
    const layout = computeAidBars(input({ types: ['military', 'humanitarian'] }));
    expect(layout.cutAt).toBeNull();
    expect(layout.bars.every((b) => !b.cut)).toBe(true);
    const au = bar(layout, 'AU:military');
    const nz = bar(layout, 'NZ:military');
    expect(nz.width / au.width).toBeCloseTo(24 / 308.9, 6);
  });

  it('labels each grouped bar with its value, or says none is stated', () => {
    const layout = computeAidBars(input({ types: ['military', 'humanitarian'] }));
    const labels = Object.fromEntries(layout.labels.map((l) => [l.key, l.text]));
    expect(labels['AU:military']).toBe('US$308.9M');
    expect(labels['KR:humanitarian']).toBe('US$40M');
    expect(labels['NZ:military']).toBe('US$24M');
    expect(labels['KR:military']).toBe('none stated');
  });

  it('stacks the types of a country end to end and labels the total', () => {
    const layout = computeAidBars(input({ layout: 'stacked', types: ['military', 'humanitarian'] }));
    const mil = bar(layout, 'AU:military');
    const hum = bar(layout, 'AU:humanitarian');
    expect(hum.x).toBeCloseTo(mil.x + mil.width, 6);
    expect(hum.y).toBe(mil.y);
    const total = layout.labels.find((l) => l.key === 'AU:total')!;
    // 308.9M + 48.3M = 357.2M.
    expect(total.text).toBe('US$357.2M');
    expect(layout.labels).toHaveLength(4);
  });

  it('normalises per capita: Australia’s military aid is US$11.88 per person', () => {
    const layout = computeAidBars(input({ measure: 'per-capita' }));
    expect(bar(layout, 'AU:military').value).toBeCloseTo(308.9e6 / 26.0e6, 10);
    expect(layout.axisLabel).toBe('US dollars per person');
  });

  it('has no value for a country without indicators in a normalised measure', () => {
    const layout = computeAidBars(input({ measure: 'gdp-share', indicators: {} }));
    expect(bar(layout, 'AU:military').value).toBeNull();
    expect(bar(layout, 'AU:military').ariaLabel).toBe('Australia, Military: no population or GDP figure');
  });

  it('puts names above the bars on a narrow screen', () => {
    const narrow = computeAidBars(input({ width: 343 }));
    expect(narrow.compact).toBe(true);
    expect(narrow.plot.x).toBe(0);
    expect(narrow.rows[0]!.labelY).toBeLessThan(narrow.bars[0]!.y);
    const wide = computeAidBars(input({ width: 900 }));
    expect(wide.compact).toBe(false);
    expect(wide.plot.x).toBe(AID_BARS.nameWidth);
  });

  it('gives each row its own bars and labels, inside its band, so a row can be drawn as one group', () => {
    for (const options of [{}, { layout: 'stacked' as const }, { width: 343 }]) {
      const layout = computeAidBars(input(options));
      expect(layout.rows.flatMap((r) => r.bars)).toEqual(layout.bars);
      expect(layout.rows.flatMap((r) => r.labels)).toEqual(layout.labels);
      for (const row of layout.rows) {
        expect(row.bars.map((b) => b.key)).toEqual(TYPES.map((t) => `${row.country}:${t}`));
        for (const item of [...row.bars, ...row.labels]) {
          expect(item.country).toBe(row.country);
          expect(item.y).toBeGreaterThanOrEqual(row.y);
          expect(item.y).toBeLessThanOrEqual(row.y + row.height);
        }
      }
    }
  });

  it('writes the axis label and the note on cut bars on one line when the chart has room', () => {
    // 800 px: the label may run from the plot's right edge (104 + 618 px) leftwards; 70 characters take about 431 px.
    const wide = computeAidBars(input());
    expect(wide.axisLines).toEqual([`US dollars · ${CUT_NOTE}`]);
    expect(computeAidBars(input({ types: ['military', 'humanitarian'] })).axisLines).toEqual(['US dollars']);
  });

  it('breaks the axis label over lines on a narrow chart, and grows to hold them', () => {
    // 343 px: 265 px of room, about 43 characters of the axis type a line.
    const narrow = computeAidBars(input({ width: 343 }));
    expect(narrow.axisLines).toEqual(['US dollars', 'bars marked // are cut short; their full', 'value is printed']);
    const uncut = computeAidBars(input({ width: 343, types: ['military', 'humanitarian'] }));
    expect(uncut.axisLines).toEqual(['US dollars']);
    // Two more lines of 13 px under the axis than a one-line label has.
    expect(narrow.height - narrow.plot.height).toBe(AID_BARS.top + AID_BARS.axisHeight + 2 * 13);
    expect(uncut.height - uncut.plot.height).toBe(AID_BARS.top + AID_BARS.axisHeight);
    expect(narrow.axisLines.every((line) => line.length * 11 * 0.56 <= narrow.plot.x + narrow.plot.width)).toBe(true);
  });

  it('grows in height with the rows it draws', () => {
    const two = computeAidBars(input({ countries: FOUR.slice(0, 2) }));
    const four = computeAidBars(input());
    expect(four.height).toBeGreaterThan(two.height);
  });
});
