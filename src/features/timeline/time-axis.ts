import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dateToDay, dayToDate } from '../../model/dates';
import { formatTimeTick } from '../../model/format';
import { firstAtOrAfter, lastAtOrBefore } from '../../model/window';

/** A stretch of time with no events, drawn narrow so the eventful years get the room. */
export interface TimeBreak {
  /** First and last+1 day of the compressed stretch. */
  from: number;
  to: number;
}

/** A time scale over days, possibly with compressed stretches, and those stretches. */
export interface TimeAxis {
  scale: ScaleTime<number, number>;
  breaks: TimeBreak[];
}

const YEAR = 365;

/** The width a compressed stretch gets, in px. */
export function breakWidth(plotWidth: number): number {
  return Math.max(18, Math.min(36, plotWidth * 0.05));
}

/** The shortest stretch without events that is compressed: three years, or a fifth of the range. */
export function minimumGap(domain: readonly [number, number]): number {
  return Math.max(3 * YEAR, (Math.max(domain[1], domain[0]) + 1 - domain[0]) * 0.2);
}

/**
 * Stretches longer than `minimumGap` between consecutive event starts (or the range's ends), found by
 * jumping through the sorted start days: dense years cost one binary search, not one step per event.
 */
export function findGaps(startLists: readonly Float64Array[], domain: readonly [number, number]): [number, number][] {
  const d0 = domain[0];
  const d1 = Math.max(domain[1], domain[0]) + 1;
  const minGap = minimumGap(domain);
  const nextAfter = (day: number) => {
    let next = d1;
    for (const starts of startLists) {
      const i = firstAtOrAfter(starts, day + 1);
      if (i < starts.length && starts[i]! < next) next = starts[i]!;
    }
    return next;
  };
  const lastUpTo = (day: number) => {
    let last = -Infinity;
    for (const starts of startLists) {
      const i = lastAtOrBefore(starts, day);
      if (i >= 0 && starts[i]! > last) last = starts[i]!;
    }
    return last;
  };
  const gaps: [number, number][] = [];
  let p = d0;
  while (p < d1) {
    const q = nextAfter(p);
    if (q - p > minGap) {
      gaps.push([p, q]);
      p = q;
    } else {
      // No gap can hide within the next minGap days: jump to the last start inside them.
      p = Math.max(q, Math.min(d1, lastUpTo(p + minGap)));
      if (p >= d1) break;
    }
  }
  return gaps;
}

/** `findGaps` for a plain list of start days. */
export function gapsFromStarts(starts: readonly number[], domain: readonly [number, number]): [number, number][] {
  return findGaps([Float64Array.from(starts).sort()], domain);
}

/**
 * A time scale from `domain[0]` to the end of `domain[1]` over [x0, x0 + width], in which each gap
 * between events (from `findGaps`) is compressed to a narrow band, keeping half a year either side of
 * the events, so decades without events do not squeeze the years with many.
 */
export function buildTimeAxis(domain: readonly [number, number], gaps: readonly [number, number][], x0: number, width: number): TimeAxis {
  const d0 = domain[0];
  const d1 = Math.max(domain[1], domain[0]) + 1;
  const span = d1 - d0;
  const pad = YEAR / 2;
  const breaks: TimeBreak[] = gaps.map(([a, b]) => ({ from: a + pad, to: b - pad })).filter((b) => b.to > b.from);
  if (!breaks.length) {
    return { scale: scaleUtc().domain([dayToDate(d0), dayToDate(d1)]).range([x0, x0 + width]), breaks };
  }
  const bw = breakWidth(width);
  const normalPx = Math.max(1, width - breaks.length * bw);
  const normalDays = span - breaks.reduce((sum, b) => sum + (b.to - b.from), 0);
  const days: number[] = [d0];
  const xs: number[] = [x0];
  let x = x0;
  let previous = d0;
  for (const b of breaks) {
    x += ((b.from - previous) / normalDays) * normalPx;
    days.push(b.from);
    xs.push(x);
    x += bw;
    days.push(b.to);
    xs.push(x);
    previous = b.to;
  }
  days.push(d1);
  xs.push(x0 + width);
  return { scale: scaleUtc().domain(days.map(dayToDate)).range(xs), breaks };
}

/** A plain linear time scale from `domain[0]` to the end of `domain[1]` (the brush strip). */
export function linearTimeScale(domain: readonly [number, number], x0: number, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([dayToDate(domain[0]), dayToDate(Math.max(domain[1], domain[0]) + 1)])
    .range([x0, x0 + width]);
}

/** A label format that matches the spacing of the ticks: years, months or days. */
function formatterFor(intervalDays: number): (d: Date) => string {
  const step = intervalDays >= 360 ? 'year' : intervalDays >= 28 ? 'month' : 'day';
  return (d) => formatTimeTick(d, step);
}

/** Axis ticks for a (zoomed) scale: ticks within each uncompressed stretch, none inside a break, none overlapping. */
export function timeTicks(scale: ScaleTime<number, number>, breaks: readonly TimeBreak[], x0: number, width: number, minSpacing = 70): { x: number; label: string }[] {
  const domain = scale.domain().map(dateToDay);
  const start = domain[0]!;
  const end = domain[domain.length - 1]!;
  const segments: [number, number][] = [];
  let from = start;
  for (const b of breaks) {
    segments.push([from, b.from]);
    from = b.to;
  }
  segments.push([from, end]);
  const ticks: { x: number; label: string }[] = [];
  for (const [a, b] of segments) {
    const pa = Math.max(x0, scale(dayToDate(a)));
    const pb = Math.min(x0 + width, scale(dayToDate(b)));
    if (pb - pa < 30) continue;
    const visibleFrom = dateToDay(scale.invert(pa));
    const visibleTo = dateToDay(scale.invert(pb));
    const local = scaleUtc().domain([dayToDate(visibleFrom), dayToDate(visibleTo)]).range([pa, pb]);
    const candidates = local.ticks(Math.max(1, Math.floor((pb - pa) / minSpacing)));
    const interval = candidates.length > 1 ? dateToDay(candidates[1]!) - dateToDay(candidates[0]!) : visibleTo - visibleFrom;
    const format = formatterFor(interval);
    for (const d of candidates) {
      const x = scale(d);
      if (x < x0 - 0.5 || x > x0 + width + 0.5) continue;
      const last = ticks[ticks.length - 1];
      if (last && x - last.x < minSpacing * 0.8) continue;
      ticks.push({ x, label: format(d) });
    }
  }
  return ticks;
}
