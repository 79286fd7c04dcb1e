import type { ScaleTime } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { dateToDay } from '../../model/dates';
import type { SortedEvents } from '../../model/timeline';

/** Width of one column of the strip's density, in px. */
const COLUMN = 2;

/** The first day of each 2 px column of the strip, and the day after the last column. */
export function stripColumns(scale: ScaleTime<number, number>, plotX: number, plotWidth: number): number[] {
  const columns = Math.max(1, Math.floor(plotWidth / COLUMN));
  return Array.from({ length: columns + 1 }, (_, i) => dateToDay(scale.invert(plotX + i * COLUMN)));
}

/** How many events of a list start in each column (`edges` from `stripColumns`), in one pass. */
export function columnCounts(list: SortedEvents, edges: readonly number[]): Uint32Array {
  const counts = new Uint32Array(Math.max(0, edges.length - 1));
  let column = 0;
  for (const start of list.starts) {
    while (column < counts.length && start >= edges[column + 1]!) column++;
    if (column === counts.length) break;
    if (start >= edges[column]!) counts[column]!++;
  }
  return counts;
}

/**
 * The top of the date-range strip's density at each 2 px column, and the end: how many events start
 * there (the sum of the lists' column counts), from `bottom` up 3 px plus 3 px per doubling of the
 * count, never above `top`.
 */
export function stripHeights(counts: readonly Uint32Array[], plotX: number, top: number, bottom: number): [number, number][] {
  const columns = counts[0]?.length ?? 0;
  const heights: [number, number][] = [];
  for (let i = 0; i < columns; i++) {
    let count = 0;
    for (const c of counts) count += c[i]!;
    heights.push([plotX + i * COLUMN, count ? Math.max(top, bottom - 3 - Math.log2(count) * 3) : bottom]);
  }
  heights.push([plotX + columns * COLUMN, bottom]);
  return heights;
}

/** The density as one stepped area, from `stripHeights`. */
export function stripDensityPath(counts: readonly Uint32Array[], plotX: number, top: number, bottom: number): string {
  return (
    area<[number, number]>()
      .x((d) => d[0])
      .y0(bottom)
      .y1((d) => d[1])
      .curve(curveStepAfter)
      .digits(1)(stripHeights(counts, plotX, top, bottom)) ?? ''
  );
}
