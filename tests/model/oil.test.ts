import { describe, expect, it } from 'vitest';
import { liesWithin, oilRows, overlaps } from '../../src/model/oil';
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

  it('stands a release within the dates only when its whole period is: a window that cuts 2022 makes each one “may fall within”', () => {
    // Each release is dated "2022" alone: 1 Jan – 31 Dec 2022.
    const cut = oilRows(oil, ['JP', 'KR', 'AU', 'NZ'], windowFromIso(null, '2022-02-01'));
    expect(cut.total).toBe(38_317_000);
    expect(cut.rows.map((r) => [r.country, r.standing, r.within, r.cut.map((c) => c.id)])).toEqual([
      ['JP', 'may-fall-within', 0, ['oil-2022-jp']],
      ['KR', 'may-fall-within', 0, ['oil-2022-kr']],
      ['AU', 'may-fall-within', 0, ['oil-2022-au']],
      ['NZ', 'may-fall-within', 0, ['oil-2022-nz']],
    ]);
    // The shares stay those of the four's 38,317,000 barrels.
    expect(cut.rows[0]!.share).toBeCloseTo(22_500_000 / 38_317_000, 12);
    for (const window of [ALL_TIME, windowFromIso('2022-01-01', '2022-12-31'), windowFromIso('2021-06-01', '2023-01-31')]) {
      expect(oilRows(oil, ['JP'], window).rows[0]).toMatchObject({ standing: 'within', within: 22_500_000, cut: [] });
    }
    expect(oilRows(oil, ['JP'], windowFromIso('2022-01-02', '2022-12-31')).rows[0]!.standing).toBe('may-fall-within');
    expect(oilRows(oil, ['JP'], windowFromIso('2022-01-01', '2022-12-30')).rows[0]!.standing).toBe('may-fall-within');
  });

  it('counts within a row the barrels dated wholly within the dates, and the rest as possibly outside', () => {
    const [jp] = oil.filter((r) => r.country === 'JP');
    const split = [
      { ...jp!, id: 'a', barrels: 20_000_000, date: '2022-01-15', precision: 'day' as const },
      { ...jp!, id: 'b', barrels: 2_500_000 },
    ];
    const { rows } = oilRows(split, ['JP'], windowFromIso(null, '2022-02-01'));
    expect(rows[0]).toMatchObject({ barrels: 22_500_000, within: 20_000_000, standing: 'may-fall-within' });
    expect(rows[0]!.cut.map((r) => r.id)).toEqual(['b']);
  });

  it('reads a date “or later” as having no last day: any To cuts it, and any From after its start still overlaps it', () => {
    const [jp] = oil.filter((r) => r.country === 'JP');
    const later = { ...jp!, date: '2024-07', precision: 'month' as const, orLater: true as const };
    expect(liesWithin(later, windowFromIso('2024-01-01', '2024-12-31'))).toBe(false);
    expect(liesWithin(later, windowFromIso('2024-07-01', null))).toBe(true);
    expect(overlaps(later, windowFromIso('2025-01-01', '2025-12-31'))).toBe(true);
    expect(overlaps(later, windowFromIso(null, '2024-06-30'))).toBe(false);
  });
});
