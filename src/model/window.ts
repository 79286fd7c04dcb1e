import { bisectLeft, bisectRight } from 'd3-array';
import { isoDay } from './dates';

/** An inclusive range of day numbers; open ends are ±Infinity. */
export interface DayWindow {
  from: number;
  to: number;
}

/** Everything, from the first record to the last. */
export const ALL_TIME: DayWindow = { from: -Infinity, to: Infinity };

/** The window that From and To (ISO days, either may be empty) select. */
export function windowFromIso(from: string | null, to: string | null): DayWindow {
  return { from: isoDay(from) ?? -Infinity, to: isoDay(to) ?? Infinity };
}

/** Index of the last element of ascending `values` that is ≤ `x`, or -1 when there is none. */
export function lastAtOrBefore(values: ArrayLike<number>, x: number): number {
  return bisectRight(values, x) - 1;
}

/** Index of the first element of ascending `values` that is ≥ `x` (values.length when there is none). */
export function firstAtOrAfter(values: ArrayLike<number>, x: number): number {
  return bisectLeft(values, x);
}
