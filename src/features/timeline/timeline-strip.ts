import type { ScaleTime } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { dateToDay, dayToDate } from '../../model/dates';
import { startsWithin, type SortedEvents } from '../../model/timeline';

/** Width of one column of the strip's density, in px. */
const COLUMN = 2;

/**
 * The date-range strip's density as one area: how many events of the lists start in each 2 px
 * column, from `bottom` up 3 px plus 3 px per doubling of the count, never above `top`.
 */
export function stripDensityPath(lists: readonly SortedEvents[], scale: ScaleTime<number, number>, plotX: number, plotWidth: number, top: number, bottom: number): string {
  const columns = Math.max(1, Math.floor(plotWidth / COLUMN));
  const heights: [number, number][] = [];
  for (let i = 0; i < columns; i++) {
    const from = dateToDay(scale.invert(plotX + i * COLUMN));
    const to = dateToDay(scale.invert(plotX + (i + 1) * COLUMN)) - 1;
    let count = 0;
    if (to >= from) for (const list of lists) {
      const [lo, hi] = startsWithin(list, from, to);
      count += hi - lo;
    }
    heights.push([plotX + i * COLUMN, count ? Math.max(top, bottom - 3 - Math.log2(count) * 3) : bottom]);
  }
  heights.push([plotX + columns * COLUMN, bottom]);
  return (
    area<[number, number]>()
      .x((d) => d[0])
      .y0(bottom)
      .y1((d) => d[1])
      .curve(curveStepAfter)
      .digits(1)(heights) ?? ''
  );
}

/** The px range the brush covers for From and To (null: open), within the plot. */
export function brushExtent(scale: ScaleTime<number, number>, extent: readonly [number, number], from: number | null, to: number | null, plotX: number, plotWidth: number): [number, number] | null {
  if (from === null && to === null) return null;
  const x0 = scale(dayToDate(from ?? extent[0]));
  const x1 = scale(dayToDate((to ?? extent[1]) + 1));
  return [Math.max(plotX, x0), Math.min(plotX + plotWidth, Math.max(x0 + 1, x1))];
}

/** The first day of the month `months` away from a day's month (a negative count goes back). */
export function stepMonths(day: number, months: number): number {
  const d = dayToDate(day);
  return dateToDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}
