import { describe, expect, it } from 'vitest';
import { axisScale, buildDensityAxis } from '../../../src/features/timeline/timeline-axis';
import { columnCounts, stripColumns, stripHeights } from '../../../src/features/timeline/timeline-strip';
import { isoDay } from '../../../src/model/dates';
import type { SortedEvents } from '../../../src/model/timeline';

const day = (iso: string) => isoDay(iso)!;
const listOf = (isos: string[]) => ({ starts: Float64Array.from(isos.map(day).sort((a, b) => a - b)) }) as unknown as SortedEvents;
/** April 2022 (30 days) over 60 px, even in time: 30 columns of 2 px, one day each. */
const april = () => axisScale(buildDensityAxis([], [day('2022-04-01'), day('2022-04-30')]), 10, 60);

describe('stripColumns', () => {
  it('gives the first day of each 2 px column and the day after the last', () => {
    const edges = stripColumns(april(), 10, 60);
    expect(edges).toHaveLength(31);
    expect(edges[0]).toBe(day('2022-04-01'));
    expect(edges[1]).toBe(day('2022-04-02'));
    expect(edges[30]).toBe(day('2022-05-01'));
  });
});

describe('columnCounts', () => {
  it('counts each event in the column of its start day, and none outside the columns', () => {
    const edges = stripColumns(april(), 10, 60);
    const counts = columnCounts(listOf(['2022-03-31', '2022-04-01', '2022-04-01', '2022-04-15', '2022-04-30', '2022-05-01']), edges);
    expect(counts[0]).toBe(2);
    expect(counts[14]).toBe(1);
    expect(counts[29]).toBe(1);
    expect([...counts].reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('counts nothing in a column narrower than a day', () => {
    // Two columns over the same day: the day belongs to the second, the first is empty.
    const counts = columnCounts(listOf(['2022-04-02']), [day('2022-04-01'), day('2022-04-02'), day('2022-04-02'), day('2022-04-03')]);
    expect([...counts]).toEqual([0, 0, 1]);
  });
});

describe('stripHeights', () => {
  it('raises a column 3 px plus 3 px per doubling of the sum of the lists’ counts, and stays flat where there are none', () => {
    // Columns at x = 10, 12, 14: counts 1 + 1 = 2 (3 + 3 = 6 px up from 30), 0, and 3 + 1 = 4 (3 + 6 = 9 px up).
    expect(stripHeights([Uint32Array.from([1, 0, 3]), Uint32Array.from([1, 0, 1])], 10, 5, 30)).toEqual([
      [10, 24],
      [12, 30],
      [14, 21],
      [16, 30],
    ]);
  });

  it('never rises above the top', () => {
    expect(stripHeights([Uint32Array.from([1 << 20])], 0, 5, 30)[0]).toEqual([0, 5]);
  });
});
