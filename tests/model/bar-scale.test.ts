import { describe, expect, it } from 'vitest';
import { barScale } from '../../src/model/bar-scale';

describe('barScale', () => {
  it('rounds the top up to a nice value and places values along the width', () => {
    // The aid axis cut just past Australia's $308.9M (× 1.2 = $370.7M) ends at $400M, in steps of $100M.
    const aid = barScale(308.9e6 * 1.2, 400, 5);
    expect(aid.max).toBe(400e6);
    expect(aid.x(100e6)).toBe(100);
    expect(aid.ticks(5)).toEqual([0, 100e6, 200e6, 300e6, 400e6]);
    // Japan's 22.5 million barrels: an axis to 25 million, ticks every 5 million.
    const oil = barScale(22.5e6, 500, 4);
    expect(oil.max).toBe(25e6);
    expect(oil.ticks(4)).toEqual([0, 5e6, 10e6, 15e6, 20e6, 25e6]);
  });

  it('draws an empty axis from 0 to 1 when there is nothing to measure', () => {
    expect(barScale(0, 100, 5).max).toBe(1);
    expect(barScale(0, 100, 5).x(0)).toBe(0);
  });
});
