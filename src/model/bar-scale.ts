import { nice, ticks } from 'd3-array';

/** A linear scale from zero, for horizontal bars: a nice top, the pixel position of a value, and its ticks. */
export interface BarScale {
  /** The axis's top value, rounded up as d3's `scale.nice(count)` does. */
  max: number;
  /** Pixels from the axis's start. */
  x: (value: number) => number;
  ticks: (count: number) => number[];
}

/**
 * The bar charts' value scale, with d3-array's `nice` and `ticks` (what d3-scale's `scaleLinear` uses
 * for a domain starting at zero). The bar charts load with the page and d3-scale comes in one module
 * with its time scales and their formats: using d3-scale here put 11 kB (gzip) of the timeline's
 * date code into the JavaScript the page loads first, over its 120 kB budget (`npm run budget`).
 */
export function barScale(max: number, width: number, count: number): BarScale {
  const [, top] = nice(0, max > 0 ? max : 1, count);
  return { max: top, x: (value) => (value / top) * width, ticks: (n) => ticks(0, top, n) };
}
