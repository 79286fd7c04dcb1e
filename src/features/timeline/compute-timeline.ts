import type { ScaleTime } from 'd3-scale';
import { AXIS_TEXT, textWidth } from '../../components/text-width';
import { dateToDay, dayToDate, dayToIso } from '../../model/dates';
import { formatDay, formatPartialDate } from '../../model/format';
import { overlappingStart, startsWithin, type SortedEvents, type TimelineEvent } from '../../model/timeline';
import { timeTicks, type TimeBreak } from './time-axis';
import { CATEGORY_STYLE, TIMELINE } from './timeline-constants';

/** A lane of the timeline: one country, or the events of all partners together. */
export interface LaneSpec {
  key: string;
  label: string;
  /** The country to highlight when the lane is hovered; null for the all-partners lane. */
  country: string | null;
}

/** An event drawn in a lane; y is within the lane. */
export interface PlacedMarker {
  key: string;
  event: TimelineEvent;
  lane: string;
  x: number;
  y: number;
  /** The period the date names, in px (clipped to the plot), drawn as a whisker. */
  spanX0: number;
  spanX1: number;
  ariaLabel: string;
}

/** Events too close to draw apart at this zoom, as one badge with a count; y is within the lane. */
export interface PlacedCluster {
  key: string;
  lane: string;
  x: number;
  y: number;
  count: number;
  /** First and last start day of the events it holds, to zoom into. */
  from: number;
  to: number;
  /** What it holds, in words: a badge's name as a button; a bar's as the value of its lane's slider. */
  ariaLabel: string;
  /**
   * In a crowded lane, the column the events fill, in px: drawn as a bar whose height is the count
   * instead of a "+N" badge. Null for a badge.
   */
  column: { x0: number; x1: number } | null;
}

/** One lane laid out in its own coordinates: its height, markers and clusters. */
export interface LaneLayout {
  height: number;
  labelY: number;
  markers: PlacedMarker[];
  clusters: PlacedCluster[];
  /** The band, top to bottom, that a crowded lane's count bars grow in; null when it has none. */
  bars: { top: number; bottom: number } | null;
}

export interface PlacedLane extends LaneSpec {
  y: number;
  height: number;
  labelX: number;
  layout: LaneLayout;
}

export interface TimelineLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { x: number; y: number; width: number; height: number };
  lanes: PlacedLane[];
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Compressed stretches of time, in px, marked on the chart. */
  breaks: { x0: number; x1: number; label: string }[];
  /** The largest count of any crowded column: the full height of a count bar, the same in every lane. */
  barMax: number;
}

/** A count bar's height: its share of the tallest, never so short that it cannot be seen nor above its band. */
export function barHeight(count: number, max: number, band: { top: number; bottom: number }): number {
  const full = band.bottom - band.top;
  return Math.min(full, Math.max(2, Math.round((count / Math.max(1, max)) * full * 10) / 10));
}

/** One SVG path for all of a lane's count bars, standing on the bottom of their band. */
export function countBarsPath(clusters: readonly PlacedCluster[], max: number, band: { top: number; bottom: number }): string {
  let d = '';
  for (const c of clusters) {
    if (!c.column) continue;
    const h = barHeight(c.count, max, band);
    d += `M${c.column.x0},${band.bottom}v${-h}h${Math.round((c.column.x1 - c.column.x0) * 10) / 10}v${h}Z`;
  }
  return d;
}

/**
 * The edge of a compressed stretch: from (x, y0) down to y1 in strokes 6 px tall, 2 px either side
 * of x. In relative steps, so only its start is formatted: the path is rewritten whenever the plot's
 * height changes, and the repeated steps are one string.
 */
export function zigzag(x: number, y0: number, y1: number): string {
  const full = Math.max(0, Math.floor((y1 - y0) / 6));
  const rest = y1 - y0 - full * 6;
  let d = `M${x},${y0}`;
  // Stroke 0 goes right of x; then they alternate, left (odd) and right (even).
  if (full > 0) d += 'l2,6' + 'l-4,6l4,6'.repeat((full - 1) >> 1) + ((full - 1) % 2 ? 'l-4,6' : '');
  if (rest > 0) d += `l${full === 0 ? 2 : full % 2 ? -4 : 4},${rest}`;
  return d;
}

const stripColumnCache = new WeakMap<SortedEvents, WeakMap<object, Uint32Array>>();

/** Events of a list starting in each 2 px column of the strip, computed once per list and scale. */
function columnCounts(list: SortedEvents, scale: ScaleTime<number, number>, plotX: number, columns: number): Uint32Array {
  let byScale = stripColumnCache.get(list);
  if (!byScale) stripColumnCache.set(list, (byScale = new WeakMap()));
  let counts = byScale.get(scale);
  if (!counts) {
    counts = new Uint32Array(columns);
    for (let i = 0; i < columns; i++) {
      const from = dateToDay(scale.invert(plotX + i * 2));
      const to = dateToDay(scale.invert(plotX + i * 2 + 2)) - 1;
      if (to < from) continue;
      const [lo, hi] = startsWithin(list, from, to);
      counts[i] = hi - lo;
    }
    byScale.set(scale, counts);
  }
  return counts;
}

// Parts of the strip's path kept between changes, for the last plot: each column's "move to its
// foot" and each count's stem top. A change then only joins strings, where formatting ~600
// numbers was most of the strip's cost.
let stripPathParts: { plotX: number; top: number; bottom: number; feet: string[]; stems: Map<number, string> } | null = null;

/**
 * The strip's density as one path: a stem at the middle of each 2 px column that has events, from
 * the bottom up 4 px plus 3 px per doubling of its count (to 0.1 px), never above `top`.
 */
export function densityPath(totals: Uint32Array, plotX: number, top: number, bottom: number): string {
  if (!stripPathParts || stripPathParts.plotX !== plotX || stripPathParts.top !== top || stripPathParts.bottom !== bottom) stripPathParts = { plotX, top, bottom, feet: [], stems: new Map() };
  const { feet, stems } = stripPathParts;
  let d = '';
  for (let i = 0; i < totals.length; i++) {
    const count = totals[i]!;
    if (!count) continue;
    let stem = stems.get(count);
    if (stem === undefined) {
      stem = String(Math.round(Math.max(top, bottom - 4 - Math.log2(count) * 3) * 10) / 10);
      stems.set(count, stem);
    }
    d += (feet[i] ??= `M${plotX + i * 2 + 1},${bottom}V`) + stem;
  }
  return d;
}

/**
 * The date-range strip's density: how many events of the lists start in each 2 px column of the
 * plot, as one path (see `densityPath`). Counts are kept per event list and scale, so a filter change
 * only adds up columns; the cost does not grow with the data.
 */
export function stripDensity(lists: readonly SortedEvents[], scale: ScaleTime<number, number>, plotX: number, plotWidth: number, top: number, bottom: number): string {
  const columns = Math.max(1, Math.floor(plotWidth / 2));
  const totals = new Uint32Array(columns);
  for (const list of lists) {
    const counts = columnCounts(list, scale, plotX, columns);
    for (let i = 0; i < columns; i++) totals[i]! += counts[i]!;
  }
  return densityPath(totals, plotX, top, bottom);
}

/** Where the plot sits across a timeline of this width. */
export function timelinePlot(width: number): { compact: boolean; plotX: number; plotWidth: number } {
  const compact = width < TIMELINE.compactBelow;
  const plotX = compact ? 0 : TIMELINE.nameWidth;
  return { compact, plotX, plotWidth: Math.max(40, width - plotX - TIMELINE.right) };
}

const dateLabels = new WeakMap<TimelineEvent, string>();
/** An event's date as its source gives it, formatted once per event. */
function dateLabel(event: TimelineEvent): string {
  let label = dateLabels.get(event);
  if (label === undefined) dateLabels.set(event, (label = formatPartialDate(event.date, event.precision)));
  return label;
}

/** The first `n` events, in date order, of several sorted index ranges and a list of earlier ones. */
function firstEvents(lists: readonly SortedEvents[], ranges: [number, number][], earlier: TimelineEvent[], n: number): TimelineEvent[] {
  const picked = [...earlier];
  lists.forEach((list, i) => {
    const [lo, hi] = ranges[i]!;
    for (let j = lo; j < Math.min(hi, lo + n); j++) picked.push(list.events[j]!);
  });
  picked.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  return picked.slice(0, n);
}

/**
 * Lays out one lane. The plot is cut into columns one marker wide; a column's events are counted by
 * binary search, so the work depends on the width, not on how many events there are. A column with
 * up to `maxRows` events shows them all; a fuller one shows the first few and a "+N" badge. In a
 * crowded lane (more events than two a column), a column is either all markers or a bar of its count.
 */
export function computeLaneLayout(lists: readonly SortedEvents[], lane: LaneSpec, scale: ScaleTime<number, number>, width: number): LaneLayout {
  const { compact, plotX, plotWidth } = timelinePlot(width);
  const px = (day: number) => scale(dayToDate(day));
  const clamp = (v: number) => Math.max(plotX, Math.min(plotX + plotWidth, v));
  const nameHeight = compact ? TIMELINE.compactNameHeight : 0;
  const rowsTop = nameHeight + TIMELINE.lanePadding;
  const rowY = (row: number) => rowsTop + row * TIMELINE.rowHeight + TIMELINE.rowHeight / 2;
  const maxRows = TIMELINE.maxRows;
  const columns = Math.max(1, Math.floor(plotWidth / TIMELINE.spacing));
  // Columns share the plot equally, so a count bar's height compares like with like. Their edges as
  // day numbers; the last column runs to the plot's right edge (exclusive day).
  const columnWidth = plotWidth / columns;
  const columnX = (i: number) => plotX + (i >= columns ? plotWidth : i * columnWidth);
  const edge = (i: number) => dateToDay(scale.invert(columnX(i)));

  // First pass: each column's events, counted.
  const spans: { from: number; to: number; ranges: [number, number][]; earlier: TimelineEvent[]; count: number }[] = [];
  let total = 0;
  let from = edge(0);
  for (let c = 0; c < columns; c++) {
    const to = edge(c + 1) - 1;
    const ranges = to < from ? [] : lists.map((list) => startsWithin(list, from, to));
    // Events begun before the visible range but still running show at its left edge.
    const earlier = c === 0 && to >= from ? lists.flatMap((list) => overlappingStart(list, from)) : [];
    let count = earlier.length;
    for (const [lo, hi] of ranges) count += hi - lo;
    spans.push({ from, to, ranges, earlier, count });
    total += count;
    if (to >= from) from = to + 1;
  }
  // A dense lane shows its full columns as a bar of their count: more markers there would be clutter,
  // a row of "+N" badges unreadable, and text for the page to lay out anew on every filter change.
  const dense = total > columns * 2;
  const bandTop = rowsTop;
  const bandBottom = rowsTop + maxRows * TIMELINE.rowHeight;
  const markerHalf = TIMELINE.minGap / 2;

  const markers: PlacedMarker[] = [];
  const clusters: PlacedCluster[] = [];
  // Where each row's last marker or badge ends, so neighbours in the next column do not overlap it.
  const rowEnd = new Array<number>(maxRows).fill(-Infinity);
  let rowsUsed = 1;
  for (let c = 0; c < columns; c++) {
    const { from, ranges, earlier, count } = spans[c]!;
    if (count === 0) continue;
    const candidates = dense && count > maxRows ? [] : firstEvents(lists, ranges, earlier, Math.min(count, maxRows + 1));
    // Place up to `rows` markers where there is room; try all rows first, then keep the last for a badge.
    const place = (rows: number) => {
      const taken = rowEnd.slice();
      const placed: { event: TimelineEvent; row: number; x: number }[] = [];
      for (const event of candidates.slice(0, Math.min(count, maxRows))) {
        const x = clamp(px(event.start));
        const row = [...Array(rows).keys()].find((r) => taken[r]! + TIMELINE.minGap <= x);
        if (row === undefined) continue;
        taken[row] = x;
        placed.push({ event, row, x });
      }
      return placed;
    };
    let placed = place(maxRows);
    if (placed.length < count) placed = dense ? [] : place(maxRows - 1);
    placed.forEach(({ event, row, x }, i) => {
      rowEnd[row] = x;
      markers.push({
        // Keyed by place, not by event: when filters change what a column shows, the marker there
        // is updated rather than removed and drawn anew.
        key: `${lane.key}:${c}:${i}`,
        event,
        lane: lane.key,
        x,
        y: rowY(row),
        spanX0: x,
        spanX1: clamp(px(event.end + 1)),
        ariaLabel: `${dateLabel(event)}, ${lane.label}: ${event.title} (${CATEGORY_STYLE[event.category].label})`,
      });
    });
    const hidden = count - placed.length;
    if (hidden > 0) {
      const shownIds = new Set(placed.map((p) => p.event.id));
      const firstHidden = candidates.find((e) => !shownIds.has(e.id));
      let hiddenTo = -Infinity;
      let firstStart = Infinity;
      lists.forEach((list, i) => {
        const [lo, hi] = ranges[i]!;
        if (hi > lo) {
          hiddenTo = Math.max(hiddenTo, list.starts[hi - 1]!);
          firstStart = Math.min(firstStart, list.starts[lo]!);
        }
      });
      // A bar's events were not picked one by one: its range runs from the column's first start.
      const hiddenFrom = firstHidden?.start ?? Math.max(from, Math.min(...earlier.map((e) => e.start), firstStart));
      if (!Number.isFinite(hiddenTo)) hiddenTo = hiddenFrom;
      const row = placed.length === 0 ? 0 : maxRows - 1;
      let x = clamp((px(Math.max(from, hiddenFrom)) + px(hiddenTo)) / 2);
      let column: PlacedCluster['column'] = null;
      if (dense) {
        // The bar fills its column, clear of the markers before it; the next column's markers keep clear of it.
        const x1 = columnX(c + 1) - 1;
        const x0 = Math.min(x1 - 3, Math.max(columnX(c) + 1, Math.max(...rowEnd) + markerHalf));
        column = { x0, x1 };
        x = (x0 + x1) / 2;
        rowEnd.fill(x1 + markerHalf - TIMELINE.minGap);
      } else rowEnd[row] = Math.max(rowEnd[row]!, x + TIMELINE.badgeHalfWidth);
      clusters.push({
        key: `${lane.key}:cluster:${c}`,
        lane: lane.key,
        x,
        y: rowY(row),
        count: hidden,
        from: hiddenFrom,
        to: hiddenTo,
        ariaLabel: `${hidden} ${column ? '' : 'more '}${hidden === 1 ? 'event' : 'events'} in ${lane.label}, ${formatDay(hiddenFrom)} to ${formatDay(hiddenTo)}${column ? '' : ': zoom in'}`,
        column,
      });
      rowsUsed = Math.max(rowsUsed, column ? maxRows : row + 1);
    }
    for (const p of placed) rowsUsed = Math.max(rowsUsed, p.row + 1);
  }
  const height = nameHeight + TIMELINE.lanePadding * 2 + rowsUsed * TIMELINE.rowHeight;
  const bars = clusters.some((c) => c.column) ? { top: bandTop, bottom: bandBottom } : null;
  return { height, labelY: compact ? 11 : height / 2, markers, clusters, bars };
}

type AxisMarks = Pick<TimelineLayout, 'ticks' | 'breaks'>;

// The axis of the last scale, breaks and width: a filter change keeps all three (and the zoom), so
// the ticks are not worked out again and stay the same objects (the axis is left alone when drawn).
let lastAxis: { scale: ScaleTime<number, number>; breaks: readonly TimeBreak[]; width: number; marks: AxisMarks } | null = null;

/** The time axis's ticks and compressed stretches for a scale, its breaks and the timeline's width. */
function axisMarks(scale: ScaleTime<number, number>, breaks: readonly TimeBreak[], width: number): AxisMarks {
  if (lastAxis && lastAxis.scale === scale && lastAxis.breaks === breaks && lastAxis.width === width) return lastAxis.marks;
  const { compact, plotX, plotWidth } = timelinePlot(width);
  const clamp = (v: number) => Math.max(plotX, Math.min(plotX + plotWidth, v));
  // A label at either end of the axis is anchored inwards, so it is not cut off.
  const ticks = timeTicks(scale, breaks, plotX, plotWidth, compact ? 60 : 70).map((t) => {
    const half = textWidth(t.label, AXIS_TEXT.fontSize) / 2;
    const anchor: 'start' | 'middle' | 'end' = t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    return { ...t, anchor };
  });
  const visibleBreaks = breaks
    .map((b) => ({
      x0: clamp(scale(dayToDate(b.from))),
      x1: clamp(scale(dayToDate(b.to))),
      label: `${dayToIso(b.from).slice(0, 4)}–${dayToIso(b.to - 1).slice(0, 4)} compressed`,
    }))
    .filter((b) => b.x1 - b.x0 > 2);
  const marks = { ticks, breaks: visibleBreaks };
  lastAxis = { scale, breaks, width, marks };
  return marks;
}

/** Stacks laid-out lanes and adds the axis: the whole timeline, ready to draw. */
export function stackLanes(lanes: readonly LaneSpec[], layouts: readonly LaneLayout[], scale: ScaleTime<number, number>, breaks: readonly TimeBreak[], width: number): TimelineLayout {
  const { compact, plotX, plotWidth } = timelinePlot(width);
  let y = TIMELINE.top;
  const placed = lanes.map((lane, i) => {
    const layout = layouts[i]!;
    const at = { ...lane, y, height: layout.height, labelX: compact ? plotX : plotX - 8, layout };
    y += layout.height;
    return at;
  });
  const plotHeight = y - TIMELINE.top;
  return {
    width,
    height: TIMELINE.top + plotHeight + TIMELINE.axisHeight,
    compact,
    plot: { x: plotX, y: TIMELINE.top, width: plotWidth, height: plotHeight },
    lanes: placed,
    ...axisMarks(scale, breaks, width),
    barMax: layouts.reduce((max, l) => l.clusters.reduce((m, c) => (c.column ? Math.max(m, c.count) : m), max), 0),
  };
}

/** Input of a whole-timeline layout: lanes, each lane's event lists, the (zoomed) scale and the width. */
export interface TimelineInput {
  lanes: readonly LaneSpec[];
  listsOf: (lane: string) => readonly SortedEvents[];
  /** Maps dates to x across the whole timeline's width (the plot starts at `timelinePlot(width).plotX`). */
  scale: ScaleTime<number, number>;
  breaks: readonly TimeBreak[];
  width: number;
}

/** Lays out every lane and stacks them. */
export function computeTimeline({ lanes, listsOf, scale, breaks, width }: TimelineInput): TimelineLayout {
  return stackLanes(
    lanes,
    lanes.map((lane) => computeLaneLayout(listsOf(lane.key), lane, scale, width)),
    scale,
    breaks,
    width,
  );
}
