import { describe, expect, it } from 'vitest';
import { oilRows } from '../../src/model/oil';
import { ALL_TIME, windowFromIso } from '../../src/model/window';
import { loadBundled } from '../helpers/bundled';

// Barrels from the East-West Center article: JP 22,500,000; KR 11,650,000; AU 3,300,000; NZ 867,000.
// The four together: 38,317,000.
describe('oil releases', () => {
  const { oil } = loadBundled();

  it('ranks the four by barrels with each one’s share of their total', () => {
    const { rows, total } = oilRows(oil, ['JP', 'KR', 'AU', 'NZ'], ALL_TIME);
    expect(total).toBe(38_317_000);
    expect(rows.map((r) => [r.country, r.barrels])).toEqual([
      ['JP', 22_500_000],
      ['KR', 11_650_000],
      ['AU', 3_300_000],
      ['NZ', 867_000],
    ]);
    expect(rows[0]!.share).toBeCloseTo(0.58721, 5);
    expect(rows[1]!.share).toBeCloseTo(0.30404, 5);
    expect(rows[2]!.share).toBeCloseTo(0.086124, 5);
    expect(rows[3]!.share).toBeCloseTo(0.022627, 5);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });

  it('keeps each share relative to all four when some countries are hidden', () => {
    const { rows } = oilRows(oil, ['NZ', 'SG'], ALL_TIME);
    expect(rows.map((r) => r.country)).toEqual(['NZ']);
    expect(rows[0]!.share).toBeCloseTo(867_000 / 38_317_000, 12);
  });

  it('shows 2022 releases for any window that touches 2022, and none outside it', () => {
    expect(oilRows(oil, ['JP'], windowFromIso('2022-06-01', '2022-06-30')).rows).toHaveLength(1);
    expect(oilRows(oil, ['JP'], windowFromIso('2021-01-01', '2022-01-01')).rows).toHaveLength(1);
    expect(oilRows(oil, ['JP'], windowFromIso('2023-01-01', null)).rows).toEqual([]);
    expect(oilRows(oil, ['JP'], windowFromIso(null, '2021-12-31')).total).toBe(0);
  });
});
