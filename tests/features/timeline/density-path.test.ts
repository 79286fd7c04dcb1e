import { describe, expect, it } from 'vitest';
import { densityPath } from '../../../src/features/timeline/compute-timeline';

describe('densityPath', () => {
  // A strip whose plot starts at x = 100, stems between y = 6 (top) and y = 18 (bottom).
  const path = (counts: number[], plotX = 100) => densityPath(Uint32Array.from(counts), plotX, 6, 18);

  it('draws a stem at the middle of each 2 px column with events, 4 px plus 3 px per doubling tall', () => {
    // Column 1 (x 102–104, middle 103): 1 event, log2 1 = 0, so 18 − 4 = 14.
    // Column 2 (middle 105): 3 events, 18 − 4 − 3·log2 3 = 9.245… → 9.2.
    // Column 3 (middle 107): 4 events, 18 − 4 − 3·2 = 8.
    expect(path([0, 1, 3, 4])).toBe('M103,18V14M105,18V9.2M107,18V8');
  });

  it('never draws a stem above the top of the strip', () => {
    // 1,000 events: 18 − 4 − 3·9.97 = −15.9, held at 6.
    expect(path([1000])).toBe('M101,18V6');
  });

  it('draws nothing for columns without events', () => {
    expect(path([0, 0, 0])).toBe('');
  });

  it('follows a moved plot and a new count in the same column', () => {
    // 2 events: 18 − 4 − 3·1 = 11.
    expect(path([2], 100)).toBe('M101,18V11');
    expect(path([2], 50)).toBe('M51,18V11');
    // 8 events: 18 − 4 − 3·3 = 5, held at the top, 6.
    expect(path([8], 50)).toBe('M51,18V6');
  });
});
