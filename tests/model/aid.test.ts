import { describe, expect, it } from 'vitest';
import type { AidRecord } from '../../src/data/schema';
import { aidCells, buildAidIndex, committedWithin, inKindSelection, inKindWithin, recordsWithin, seriesKey, totalAsOf } from '../../src/model/aid';
import { isoDay } from '../../src/model/dates';
import { ALL_TIME, windowFromIso } from '../../src/model/window';
import { loadBundled } from '../helpers/bundled';

const day = (iso: string) => isoDay(iso)!;
const M = 1e6;

// Expected values are worked out by hand from the source documents (quotes in data/dataset.json).
describe('aid totals on the bundled data', () => {
  const dataset = loadBundled();
  const index = buildAidIndex(dataset.aid);
  const series = (country: string, type: AidRecord['type']) => index.series.get(seriesKey(country, type));

  it('South Korea’s humanitarian aid in 2022: $10M (28 Feb) + $30M (7 Apr) = $40M', () => {
    const s = series('KR', 'humanitarian');
    expect(committedWithin(s, windowFromIso('2022-01-01', '2022-12-31'))).toBe(40 * M);
    expect(totalAsOf(s, day('2022-02-27'))).toBe(0);
    expect(totalAsOf(s, day('2022-02-28'))).toBe(10 * M);
    expect(totalAsOf(s, day('2022-04-06'))).toBe(10 * M);
    expect(totalAsOf(s, day('2022-04-07'))).toBe(40 * M);
  });

  it('South Korea gave no military or financial aid with a stated value', () => {
    expect(totalAsOf(series('KR', 'military'), Infinity)).toBe(0);
    expect(totalAsOf(series('KR', 'financial'), Infinity)).toBe(0);
  });

  it('Australia’s military aid: $141.9M as of 17 Apr 2022; + US$167M with the July 2024 package = $308.9M', () => {
    const s = series('AU', 'military');
    expect(totalAsOf(s, day('2022-04-16'))).toBe(0);
    expect(totalAsOf(s, day('2022-04-17'))).toBe(141.9 * M);
    expect(totalAsOf(s, day('2022-04-30'))).toBe(141.9 * M);
    expect(totalAsOf(s, day('2024-06-30'))).toBe(141.9 * M);
    expect(totalAsOf(s, day('2024-07-31'))).toBeCloseTo(308.9 * M, 0);
    // The package alone, in a window around it.
    expect(committedWithin(s, windowFromIso('2024-01-01', '2024-12-31'))).toBeCloseTo(167 * M, 0);
  });

  it('Australia’s humanitarian aid: $48.3M as of 17 Apr 2022', () => {
    expect(totalAsOf(series('AU', 'humanitarian'), day('2022-04-17'))).toBe(48.3 * M);
  });

  it('New Zealand’s aid by April 2022: $11M (total as of 21 Mar) + $13M (11 Apr) = $24M, all military', () => {
    const s = series('NZ', 'military');
    expect(totalAsOf(s, day('2022-03-20'))).toBe(0);
    expect(totalAsOf(s, day('2022-03-21'))).toBe(11 * M);
    expect(totalAsOf(s, day('2022-04-10'))).toBe(11 * M);
    expect(totalAsOf(s, day('2022-04-30'))).toBe(24 * M);
    expect(totalAsOf(series('NZ', 'humanitarian'), day('2022-04-30'))).toBe(0);
  });

  it('Japan’s financial aid: loans of $300M from 19 Apr 2022, superseded by the ~$12B total of July 2024', () => {
    const s = series('JP', 'financial');
    expect(totalAsOf(s, day('2022-04-18'))).toBe(0);
    expect(totalAsOf(s, day('2022-04-19'))).toBe(300 * M);
    expect(totalAsOf(s, day('2024-06-30'))).toBe(300 * M);
    expect(totalAsOf(s, day('2024-07-01'))).toBe(12_000 * M);
    // 2022 alone: the loans. 2023–2024: the rest of the $12B, not $12.3B.
    expect(committedWithin(s, windowFromIso('2022-01-01', '2022-12-31'))).toBe(300 * M);
    expect(committedWithin(s, windowFromIso('2023-01-01', '2024-12-31'))).toBe(11_700 * M);
    expect(committedWithin(s, ALL_TIME)).toBe(12_000 * M);
  });

  it('Singapore’s humanitarian aid: $2.6M as of 5 Apr 2022', () => {
    expect(totalAsOf(series('SG', 'humanitarian'), day('2022-04-05'))).toBe(2.6 * M);
  });

  it('which partner gave the most military aid by mid-2022: Australia ($141.9M) over New Zealand ($24M)', () => {
    const cells = aidCells(index, ['JP', 'KR', 'AU', 'NZ'], ['military'], windowFromIso(null, '2022-06-30'));
    const ranked = [...cells].sort((a, b) => b.usd - a.usd).map((c) => [c.country, c.usd]);
    expect(ranked).toEqual([
      ['AU', 141.9 * M],
      ['NZ', 24 * M],
      ['JP', 0],
      ['KR', 0],
    ]);
  });

  it('gives each cell the totals it was measured from and the records dated within the window', () => {
    const [cell] = aidCells(index, ['JP'], ['financial'], windowFromIso('2023-01-01', '2024-12-31'));
    expect(cell).toMatchObject({ country: 'JP', type: 'financial', usd: 11_700 * M, before: 300 * M, atEnd: 12_000 * M });
    expect(cell!.records.map((r) => r.id)).toEqual(['jp-2024-07-financial']);
  });

  it('lists in-kind contributions by country, type and window', () => {
    const all = inKindWithin(index, ['JP', 'KR', 'AU', 'NZ', 'SG'], ['military', 'humanitarian', 'financial'], ALL_TIME);
    expect(all.map((r) => r.id)).toEqual([
      'nz-2022-analysts-aircraft',
      'au-2022-02-27-lethal',
      'jp-2022-03-vests',
      'au-2022-04-17-in-kind',
      'au-2022-04-17-visas',
      'jp-2022-04-19-equipment',
      'au-2024-07-training',
      'nz-2024-07-training',
    ]);
    const auHumanitarian = inKindWithin(index, ['AU'], ['humanitarian'], windowFromIso('2022-04-01', '2022-04-30'));
    expect(auHumanitarian.map((r) => r.id)).toEqual(['au-2022-04-17-in-kind', 'au-2022-04-17-visas']);
  });

  it('counts in-kind contributions at once and lists as many as asked, in date order', () => {
    const everyone = ['JP', 'KR', 'AU', 'NZ', 'SG'];
    const types = ['military', 'humanitarian', 'financial'] as const;
    const selection = inKindSelection(index, everyone, types, ALL_TIME);
    expect(selection.count).toBe(8);
    expect(selection.first(3).map((r) => r.id)).toEqual(['nz-2022-analysts-aircraft', 'au-2022-02-27-lethal', 'jp-2022-03-vests']);
    expect(selection.first(0)).toEqual([]);
    expect(selection.first(100)).toEqual(inKindWithin(index, everyone, types, ALL_TIME));
    // The same records, the same key; other records, another key.
    expect(inKindSelection(index, everyone, types, ALL_TIME).key).toBe(selection.key);
    expect(inKindSelection(index, everyone, types, windowFromIso('2022-04-01', '2022-04-30')).key).not.toBe(selection.key);
    expect(inKindSelection(index, ['KR'], types, ALL_TIME)).toMatchObject({ count: 0, key: '' });
  });
});

const money = (usd: number) => ({
  printed: `$${usd}`,
  amount: usd,
  currency: 'USD',
  currencyReading: 'bare-dollar' as const,
  usd,
  usdBasis: 'same-currency' as const,
  approximate: false,
});

function record(id: string, date: string, basis: 'increment' | 'total', usd: number, country = 'XX'): AidRecord {
  return {
    id,
    country,
    type: 'military',
    basis,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    dateBasis: basis === 'total' ? 'as-of' : 'announced',
    summary: id,
    money: money(usd),
    items: [],
    citations: [{ source: 's', quote: 'q' }],
  };
}

describe('the totals rule', () => {
  it('adds increments and lets a total replace everything before it', () => {
    const index = buildAidIndex([
      record('a', '2022-01-10', 'increment', 5),
      record('b', '2022-02-01', 'increment', 7),
      record('c', '2022-03-01', 'total', 20),
      record('d', '2022-04-01', 'increment', 3),
    ]);
    const s = index.series.get(seriesKey('XX', 'military'));
    expect(s?.totals).toEqual([5, 12, 20, 23]);
    expect(totalAsOf(s, day('2022-01-09'))).toBe(0);
    expect(totalAsOf(s, day('2022-02-15'))).toBe(12);
    expect(totalAsOf(s, day('2022-03-01'))).toBe(20);
    expect(totalAsOf(s, Infinity)).toBe(23);
    // Feb–Mar: from 5 before to 20 at the end.
    expect(committedWithin(s, windowFromIso('2022-02-01', '2022-03-31'))).toBe(15);
  });

  it('sorts records itself and leaves the input untouched', () => {
    const input = [record('late', '2022-05-01', 'increment', 1), record('early', '2022-01-01', 'total', 10)];
    const copy = structuredClone(input);
    const s = buildAidIndex(input).series.get(seriesKey('XX', 'military'));
    expect(s?.records.map((r) => r.id)).toEqual(['early', 'late']);
    expect(input).toEqual(copy);
  });

  it('on the same day applies the total first, then the increment', () => {
    const s = buildAidIndex([record('inc', '2022-01-01', 'increment', 4), record('tot', '2022-01-01', 'total', 10)]).series.get(
      seriesKey('XX', 'military'),
    );
    expect(totalAsOf(s, day('2022-01-01'))).toBe(14);
  });

  it('counts a month- or year-dated record from the first day of its period', () => {
    const s = buildAidIndex([record('m', '2022-04', 'increment', 1), record('y', '2023', 'increment', 2)]).series.get(
      seriesKey('XX', 'military'),
    );
    expect(totalAsOf(s, day('2022-03-31'))).toBe(0);
    expect(totalAsOf(s, day('2022-04-01'))).toBe(1);
    expect(totalAsOf(s, day('2022-12-31'))).toBe(1);
    expect(totalAsOf(s, day('2023-01-01'))).toBe(3);
  });

  it('counts a downward revision as nothing committed, never a negative amount', () => {
    const s = buildAidIndex([record('a', '2022-01-01', 'total', 10), record('b', '2022-06-01', 'total', 8)]).series.get(
      seriesKey('XX', 'military'),
    );
    expect(committedWithin(s, windowFromIso('2022-02-01', '2022-12-31'))).toBe(0);
    expect(totalAsOf(s, Infinity)).toBe(8);
  });

  it('answers 0 for an empty or inverted window and a missing series', () => {
    const s = buildAidIndex([record('a', '2022-01-01', 'increment', 10)]).series.get(seriesKey('XX', 'military'));
    expect(committedWithin(s, windowFromIso('2022-12-31', '2022-01-01'))).toBe(0);
    expect(committedWithin(undefined, ALL_TIME)).toBe(0);
    expect(totalAsOf(undefined, 0)).toBe(0);
    expect(recordsWithin(undefined, ALL_TIME)).toEqual([]);
  });

  it('returns the records within a window, ends included', () => {
    const s = buildAidIndex([
      record('a', '2022-01-01', 'increment', 1),
      record('b', '2022-02-01', 'increment', 1),
      record('c', '2022-03-01', 'increment', 1),
    ]).series.get(seriesKey('XX', 'military'));
    expect(recordsWithin(s, windowFromIso('2022-02-01', '2022-03-01')).map((r) => r.id)).toEqual(['b', 'c']);
    expect(recordsWithin(s, windowFromIso('2022-02-02', '2022-02-28'))).toEqual([]);
  });
});
