import { bisectLeft } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { textWidth, AXIS_TEXT } from '../../components/text-width';
import { dateToDay, dayToDate, daysFromCivil } from '../../model/dates';
import { formatTimeTick } from '../../model/format';

/**
 * The timeline's axis, whatever its width: days (knots) and the share of the plot's width up to
 * each. Between two knots time runs evenly; each month gets width for its days and, mostly, for its
 * events, so the months with many events get the room and decades without any stay narrow.
 */
export interface DensityAxis {
  /** Knots in day numbers, the first day of the domain to the day after its last. */
  days: readonly number[];
  /** Share of the plot (0 … 1) at each knot. */
  fractions: readonly number[];
}

/** A zoom in plot shares: a point at share f of the unzoomed plot is drawn at share k·f + x. */
export interface AxisZoom {
  k: number;
  x: number;
}

export const NO_ZOOM: AxisZoom = { k: 1, x: 0 };

/** The share of the width that goes to time itself; the rest goes to events. */
const TIME_SHARE = 0.15;

/** The first day of each month from the month of `from` to the one after `to`, clipped to [from, to + 1]. */
function monthKnots(from: number, to: number): number[] {
  const start = dayToDate(from);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  const knots = [from];
  for (;;) {
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
    const day = daysFromCivil(y, m + 1, 1);
    if (day > to) break;
    knots.push(day);
  }
  knots.push(to + 1);
  return knots;
}

/** How many different days in [from, to) a sorted list of start days holds. */
function distinctDays(starts: ArrayLike<number>, from: number, to: number): number {
  const list = starts as ArrayLike<number> & number[];
  const end = bisectLeft(list, to);
  let n = 0;
  for (let i = bisectLeft(list, from); i < end; i++) if (n === 0 || list[i] !== list[i - 1]) n++;
  return n;
}

/**
 * The axis for a domain of days and the events' start days (each list sorted, one per lane and
 * kind). Every month is as wide as its part of TIME_SHARE, shared by days, plus its part of the
 * rest, shared by the days with events of its busiest lane: what needs room is markers side by side in a lane,
 * so twenty events dated only to one month (drawn at its start) ask for no more width than one.
 */
export function buildDensityAxis(startLists: readonly ArrayLike<number>[], domain: readonly [number, number]): DensityAxis {
  const from = domain[0];
  const to = Math.max(domain[0], domain[1]);
  const days = monthKnots(from, to);
  const busy = days.slice(1).map((end, i) => startLists.reduce((n, starts) => Math.max(n, distinctDays(starts, days[i]!, end)), 0));
  // A month without events after one with them gets the room of one day of events, so that where
  // the busy month ends (and a month-dated event's dashed line with it) can be read off the axis.
  // Not after a January: events dated only to a year sit on 1 January, and their line ends at the
  // next year, which the year line labels.
  const followsBusy = (i: number) => i > 0 && busy[i - 1]! > 0 && dayToDate(days[i - 1]!).getUTCMonth() !== 0;
  const counts = busy.map((n, i) => (n === 0 && followsBusy(i) ? 1 : n));
  const totalDays = to + 1 - from;
  const totalEvents = counts.reduce((a, b) => a + b, 0);
  const eventShare = totalEvents > 0 ? 1 - TIME_SHARE : 0;
  const weights = counts.map((n, i) => (1 - eventShare) * ((days[i + 1]! - days[i]!) / totalDays) + (totalEvents > 0 ? eventShare * (n / totalEvents) : 0));
  const fractions = [0];
  let sum = 0;
  for (const w of weights) fractions.push((sum += w));
  fractions[fractions.length - 1] = 1;
  return { days, fractions };
}

/** The axis as a time scale over the plot, zoomed. */
export function axisScale(axis: DensityAxis, plotX: number, plotWidth: number, zoom: AxisZoom = NO_ZOOM): ScaleTime<number, number> {
  return scaleUtc()
    .domain(axis.days.map(dayToDate))
    .range(axis.fractions.map((f) => plotX + plotWidth * (zoom.k * f + zoom.x)));
}

/** The days the plot shows under a scale: its left edge to its right edge, within the axis. */
export function visibleDays(axis: DensityAxis, scale: ScaleTime<number, number>, plotX: number, plotWidth: number): [number, number] {
  const first = axis.days[0]!;
  const last = axis.days[axis.days.length - 1]! - 1;
  return [Math.max(first, dateToDay(scale.invert(plotX))), Math.min(last, dateToDay(scale.invert(plotX + plotWidth)) - 1)];
}

/** A tick of the time axis: where, what it says, how its label is anchored, and its line (0: months or days; 1: years, under them). */
export interface AxisTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  row: 0 | 1;
}

/**
 * Candidate ticks in the order they are tried: years wide enough to read (widest first), then every
 * tenth, fifth and single year; quarters and months (days are `dayCandidates`). Each with the px its
 * label may use: a month is labelled only where its stretch can hold it.
 */
function candidates(scale: ScaleTime<number, number>, from: number, to: number, fine: boolean): { day: number; step: Step; room: number }[] {
  const first = dayToDate(from).getUTCFullYear();
  const last = dayToDate(to).getUTCFullYear();
  const px = (day: number) => scale(dayToDate(day));
  const out: { day: number; step: Step; room: number }[] = [];
  const yearStarts: number[] = [];
  for (let y = first; y <= last; y++) yearStarts.push(daysFromCivil(y, 1, 1));
  const wide = yearStarts.map((d) => ({ d, w: px(daysFromCivil(dayToDate(d).getUTCFullYear() + 1, 1, 1)) - px(d) })).filter((y) => y.w >= 60);
  for (const { d } of wide.sort((a, b) => b.w - a.w)) out.push({ day: d, step: 'year', room: Infinity });
  // Decades and fives mark the compressed stretches; a single year is labelled only where it and
  // the year after it (its label starts at its tick and runs on) hold the label, so a year squeezed
  // beside a wide one does not break the rhythm. Within each of these, the years with more room of
  // their own (their events') come first: where 2010 and 2020 crowd each other, 2020's event in
  // December is not left reading as the 2010s.
  const ownWidth = (y: number) => px(daysFromCivil(y + 1, 1, 1)) - px(daysFromCivil(y, 1, 1));
  for (const every of [10, 5, 1]) {
    const years: number[] = [];
    for (let y = Math.ceil(first / every) * every; y <= last; y += every) years.push(y);
    for (const y of years.sort((a, b) => ownWidth(b) - ownWidth(a) || a - b)) {
      const day = daysFromCivil(y, 1, 1);
      out.push({ day, step: 'year', room: every === 1 ? px(daysFromCivil(y + 2, 1, 1)) - px(day) : Infinity });
    }
  }
  if (fine && last - first <= 60) {
    for (const months of [3, 1]) {
      for (let y = first; y <= last; y++) {
        for (let m = 1 + months; m <= 12; m += months) {
          // The month's own stretch: a quarter's first month with no room of its own (Oct 2020,
          // before an event in December) would put its name on the later month's events. The
          // last month shown may run into the margin after the plot (the chart's edge still bounds it).
          const day = daysFromCivil(y, m, 1);
          const next = daysFromCivil(y + (m === 12 ? 1 : 0), (m % 12) + 1, 1);
          out.push({ day, step: 'month', room: next > to ? Infinity : px(next) - px(day) });
        }
      }
    }
  }
  return out.filter((c) => c.day >= from && c.day <= to);
}

/** Days from `from` to `to` that a step of days labels: every day, every other (the odd dates), the 8th, 15th, 22nd and 29th of each month, or the 15th and 29th. */
function dayCandidates(scale: ScaleTime<number, number>, from: number, to: number, step: number): { day: number; step: Step; room: number }[] {
  const px = (day: number) => scale(dayToDate(day));
  const out: { day: number; step: Step; room: number }[] = [];
  for (let d = from; d <= to; d++) {
    const date = dayToDate(d).getUTCDate();
    if (date !== 1 && date % step === 1 % step) out.push({ day: d, step: 'day', room: px(d + step) - px(d) });
  }
  return out;
}

type Step = 'year' | 'month' | 'day';

/**
 * Ticks for a (zoomed) scale on two lines: years (and the year of the left edge) underneath, from
 * round decades to single years as room allows; months and, zoomed in, days above them. Each label
 * keeps 8 px from its neighbours on its line; no date is labelled twice. `fine: false` gives years only.
 */
export function axisTicks(axis: DensityAxis, scale: ScaleTime<number, number>, plotX: number, plotWidth: number, width: number, fine = true): AxisTick[] {
  const [from, to] = visibleDays(axis, scale, plotX, plotWidth);
  const placed: PlacedTick[] = [];
  placeTicks(placed, candidates(scale, from, to, fine), scale, plotX, plotWidth, width);
  // Zoomed in to days, one step of days for the whole view, the finest whose every label fits:
  // ticks at a regular rhythm, not weeks here and single days there.
  if (fine && to - from <= 400) {
    for (const step of [1, 2, 7, 14]) {
      const days = dayCandidates(scale, from, to, step).filter((c) => {
        const x = scale(dayToDate(c.day));
        return x >= plotX - 0.5 && x <= plotX + plotWidth + 0.5;
      });
      const trial = placed.slice();
      if (days.length && placeTicks(trial, days, scale, plotX, plotWidth, width) === days.length) {
        placed.splice(0, placed.length, ...trial);
        break;
      }
    }
  }
  // The year the plot starts in, at its left edge, when no year begins near it.
  const firstYear = String(dayToDate(from).getUTCFullYear());
  const w = textWidth(firstYear, AXIS_TEXT.fontSize);
  if (!placed.some((p) => p.label === firstYear && p.row === 1) && fits(placed, 1, plotX, plotX + w)) placed.push({ day: from, x: plotX, left: plotX, right: plotX + w, label: firstYear, row: 1 });
  // A month or day is read with the year labelled before it on the year line: where that is
  // another year (its own was squeezed out), the label would name the wrong date, so it goes.
  const years = placed.filter((p) => p.row === 1).sort((a, b) => a.x - b.x);
  const yearBefore = (x: number) => years.filter((y) => y.x <= x + 0.5).at(-1)?.label;
  return placed
    .filter((p) => p.row === 1 || yearBefore(p.x) === String(dayToDate(p.day).getUTCFullYear()))
    .sort((a, b) => a.x - b.x || a.row - b.row)
    .map((p) => ({ x: p.x, label: p.label, row: p.row, anchor: p.row === 1 ? 'start' : p.left < 0 ? 'start' : 'middle' }));
}

/** A tick label placed on its line, with its extent: years start at their tick, months and days are centred on it. */
interface PlacedTick {
  day: number;
  x: number;
  left: number;
  right: number;
  label: string;
  row: 0 | 1;
}

/** Whether a label's extent keeps 8 px from every other label of its line. */
const fits = (placed: readonly PlacedTick[], row: 0 | 1, left: number, right: number) => placed.every((p) => p.row !== row || right + 8 <= p.left || left >= p.right + 8);

/** Places the candidates that fit, in order, after those placed; returns how many it placed. No date is labelled twice. */
function placeTicks(placed: PlacedTick[], cands: readonly { day: number; step: Step; room: number }[], scale: ScaleTime<number, number>, plotX: number, plotWidth: number, width: number): number {
  let n = 0;
  for (const c of cands) {
    if (placed.some((p) => p.day === c.day)) continue;
    const x = scale(dayToDate(c.day));
    if (x < plotX - 0.5 || x > plotX + plotWidth + 0.5) continue;
    // No label is shorter than three characters: a stretch without room for that is passed over unformatted.
    if (textWidth('Jan', AXIS_TEXT.fontSize) + 4 > c.room) continue;
    const label = formatTimeTick(dayToDate(c.day), c.step);
    const w = textWidth(label, AXIS_TEXT.fontSize);
    const row = c.step === 'year' ? 1 : 0;
    const left = row === 1 ? x : x - w / 2;
    const right = row === 1 ? x + w : x + w / 2;
    if (right > width || w + 4 > c.room || !fits(placed, row, left, right)) continue;
    // A year's tick line runs up through the months' line: no month name across it.
    if (row === 0 && placed.some((p) => p.row === 1 && p.x > left - 3 && p.x < right + 3)) continue;
    placed.push({ day: c.day, x, left, right, label, row });
    n++;
  }
  return n;
}
