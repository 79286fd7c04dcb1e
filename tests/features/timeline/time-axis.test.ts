import { describe, expect, it } from 'vitest';
import { dayToDate, isoDay } from '../../../src/model/dates';
import { breakWidth, buildTimeAxis, findGaps, gapsFromStarts, timeTicks } from '../../../src/features/timeline/time-axis';

const d = (iso: string) => isoDay(iso)!;

describe('buildTimeAxis', () => {
  it('is linear when events are spread out', () => {
    const domain: [number, number] = [d('2022-01-01'), d('2022-12-31')];
    const axis = buildTimeAxis(domain, gapsFromStarts([d('2022-02-01'), d('2022-06-01'), d('2022-10-01')], domain), 100, 1000);
    expect(axis.breaks).toEqual([]);
    expect(axis.scale(dayToDate(d('2022-01-01')))).toBe(100);
    expect(axis.scale(dayToDate(d('2023-01-01')))).toBe(1100);
  });

  it('compresses decades without events and gives the rest to the eventful years', () => {
    const starts = [d('1990-01-01'), d('2001-01-01'), d('2005-01-01'), d('2022-04-01'), d('2024-07-01')];
    const domain: [number, number] = [d('1990-01-01'), d('2024-10-31')];
    const axis = buildTimeAxis(domain, gapsFromStarts(starts, domain), 0, 1000);
    expect(axis.breaks).toHaveLength(2);
    const [first, second] = axis.breaks;
    // Half a year kept either side of the events around each gap.
    expect(first!.from).toBe(d('1990-01-01') + 182.5);
    expect(second!.to).toBe(d('2022-04-01') - 182.5);
    const bw = breakWidth(1000);
    expect(axis.scale(dayToDate(first!.to)) - axis.scale(dayToDate(first!.from))).toBeCloseTo(bw, 6);
    // 2022 now gets far more than its linear share of 1/35 of the width.
    const year2022 = axis.scale(dayToDate(d('2023-01-01'))) - axis.scale(dayToDate(d('2022-01-01')));
    expect(year2022).toBeGreaterThan(1000 / 35 * 3);
    // The scale still runs over the whole width, in order.
    expect(axis.scale(dayToDate(d('1990-01-01')))).toBe(0);
    expect(axis.scale(dayToDate(d('2024-11-01')))).toBeCloseTo(1000, 6);
  });
});

describe('findGaps', () => {
  it('finds every stretch longer than three years (and a fifth of the range), jumping through dense years', () => {
    const dense = Array.from({ length: 5000 }, (_, i) => d('2020-01-01') + (i % 1500));
    const starts = Float64Array.from([d('1991-06-01'), ...dense].sort((a, b) => a - b));
    const domain: [number, number] = [d('1990-01-01'), d('2024-12-31')];
    expect(findGaps([starts], domain)).toEqual([[d('1991-06-01'), d('2020-01-01')]]);
    // Two lists are read as one.
    const other = Float64Array.from([d('2005-01-01')]);
    expect(findGaps([starts, other], domain)).toEqual([
      [d('1991-06-01'), d('2005-01-01')],
      [d('2005-01-01'), d('2020-01-01')],
    ]);
    // Gaps at either end of the range count too.
    expect(findGaps([Float64Array.from([d('2010-01-01')])], domain)).toEqual([
      [domain[0], d('2010-01-01')],
      [d('2010-01-01'), domain[1] + 1],
    ]);
    expect(findGaps([new Float64Array()], [d('2022-01-01'), d('2022-12-31')])).toEqual([]);
  });
});

describe('timeTicks', () => {
  it('puts no tick inside a compressed stretch and none closer than the spacing', () => {
    const starts = [d('1990-01-01'), d('2022-04-01'), d('2024-07-01')];
    const domain: [number, number] = [d('1990-01-01'), d('2024-10-31')];
    const axis = buildTimeAxis(domain, gapsFromStarts(starts, domain), 0, 1000);
    const ticks = timeTicks(axis.scale, axis.breaks, 0, 1000, 70);
    const [b] = axis.breaks;
    const bx0 = axis.scale(dayToDate(b!.from));
    const bx1 = axis.scale(dayToDate(b!.to));
    expect(ticks.some((t) => t.x > bx0 + 0.5 && t.x < bx1 - 0.5)).toBe(false);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(56);
    // About three months apart over 2021–2024: years where they begin, months between.
    expect(ticks.map((t) => t.label)).toEqual(expect.arrayContaining(['2023', 'Apr', 'Jul', 'Oct']));
  });
});
