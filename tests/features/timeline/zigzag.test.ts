import { describe, expect, it } from 'vitest';
import { zigzag } from '../../../src/features/timeline/compute-timeline';

/** The absolute points of a path of one `M` and relative `l` steps. */
function points(d: string): [number, number][] {
  const [start, ...steps] = d.split(/(?=[Ml])/);
  const [x0, y0] = start!.slice(1).split(',').map(Number) as [number, number];
  const out: [number, number][] = [[x0, y0]];
  for (const step of steps) {
    const [dx, dy] = step.slice(1).split(',').map(Number) as [number, number];
    const [x, y] = out.at(-1)!;
    out.push([x + dx, y + dy]);
  }
  return out;
}

describe('zigzag', () => {
  it('strokes 6 px down, 2 px right of x first, then alternating sides', () => {
    // From y 4 to 22: three whole strokes, ending at 10, 16 and 22.
    expect(zigzag(100, 4, 22)).toBe('M100,4l2,6l-4,6l4,6');
    expect(points(zigzag(100, 4, 22))).toEqual([[100, 4], [102, 10], [98, 16], [102, 22]]);
  });

  it('ends exactly at the bottom with a shorter last stroke', () => {
    // From 4 to 20: two whole strokes (to 10 and 16), then 4 px to 20, on the right side.
    expect(points(zigzag(100, 4, 20))).toEqual([[100, 4], [102, 10], [98, 16], [102, 20]]);
    // From 4 to 31: four whole strokes (to 28, on the left), then 3 px to 31 on the right.
    expect(points(zigzag(50, 4, 31))).toEqual([[50, 4], [52, 10], [48, 16], [52, 22], [48, 28], [52, 31]]);
  });

  it('is a single short stroke, or only its start, for a plot under 6 px', () => {
    expect(points(zigzag(100, 4, 7))).toEqual([[100, 4], [102, 7]]);
    expect(zigzag(100, 4, 4)).toBe('M100,4');
  });

  it('for any height: strokes of 6 px but the last, sides alternating from the right, ending at the bottom', () => {
    for (let height = 0.5; height < 200; height += 0.75) {
      const p = points(zigzag(10, 3, 3 + height));
      expect(p.at(-1)![1]).toBeCloseTo(3 + height, 9);
      p.slice(1).forEach(([x, y], i) => {
        expect(x).toBe(i % 2 ? 8 : 12);
        if (i < p.length - 2) expect(y - p[i]![1]).toBe(6);
        else expect(y - p[i]![1]).toBeLessThanOrEqual(6);
      });
    }
  });
});
