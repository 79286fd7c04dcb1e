import type { ScaleTime } from 'd3-scale';
import { dateToDay, dayToDate } from '../../model/dates';
import { dateInWords, formatDay, formatPartialDate } from '../../model/format';
import { onceByKey } from '../../model/once-by-key';
import { overlappingStart, startsWithin, type SortedEvents, type TimelineEvent } from '../../model/timeline';
import { CATEGORY_STYLE, TIMELINE } from './timeline-constants';

/** A lane of the timeline: one country, or the events of all partners together. */
export interface LaneSpec {
  key: string;
  label: string;
  /** The country to highlight when the lane is hovered; null for the all-partners lane. */
  country: string | null;
}

/**
 * How an event's date is drawn: a point (a day), a period (from one day to another, a solid bar) or
 * a date known only to the month, year or decade (a dashed line across the time it could fall in).
 */
export type DateShape = 'point' | 'period' | 'uncertain';

/** The shape of an event's date. */
export function dateShapeOf(event: TimelineEvent): DateShape {
  if (event.precision !== 'day') return 'uncertain';
  return event.end > event.start ? 'period' : 'point';
}

/** An event drawn in a lane; y is within the lane. */
export interface PlacedMarker {
  /** The lane and the event: a marker stays the same event whatever the filters do. */
  key: string;
  event: TimelineEvent;
  lane: string;
  x: number;
  y: number;
  shape: DateShape;
  /** The time the date names, in px (clipped to the plot). */
  spanX0: number;
  spanX1: number;
  /** Whether that time ends within the plot (a line cut by the plot's edge has no end tick). */
  endsInView: boolean;
  ariaLabel: string;
}

/** Events too close to draw apart, as one badge with a count; y is within the lane. */
export interface PlacedCluster {
  key: string;
  lane: string;
  x: number;
  y: number;
  count: number;
  /** First and last start day of the events it holds, to zoom into. */
  from: number;
  to: number;
  /** The events, in date order, for a badge's list; empty for a count bar, which is zoomed into. */
  events: readonly TimelineEvent[];
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

/** Where a lane is drawn: the plot's left edge and width, whether names sit above the lanes, and how many rows a lane may have. */
export interface LaneFrame {
  plotX: number;
  plotWidth: number;
  compact: boolean;
  /** Rows before a "+N" badge: 3 on screen; Infinity in exports, which show every event. */
  maxRows: number;
}

/** A marker for an event, keyed by lane and event. */
function markerOf(event: TimelineEvent, lane: LaneSpec, x: number, y: number, x1: number, endsInView: boolean): PlacedMarker {
  return {
    key: `${lane.key}:${event.id}`,
    event,
    lane: lane.key,
    x,
    y,
    shape: dateShapeOf(event),
    spanX0: x,
    spanX1: x1,
    endsInView,
    ariaLabel: `${dateInWords(event)}, ${lane.label}: ${event.title} (${CATEGORY_STYLE[event.category].label})`,
  };
}

/** The first row whose last mark ends `pad` px or more before `left`; a new row when there is none and rows may be added. */
function freeRow(rowEnd: readonly number[], left: number, rows: number): number | undefined {
  for (let r = 0; r < Math.min(rows, rowEnd.length + 1); r++) if ((rowEnd[r] ?? -Infinity) + TIMELINE.markerPad <= left) return r;
  return undefined;
}

/** Events of several sorted index ranges and a list of earlier ones, in date order. */
function eventsOf(lists: readonly SortedEvents[], ranges: readonly [number, number][], earlier: readonly TimelineEvent[]): TimelineEvent[] {
  const picked = [...earlier];
  lists.forEach((list, i) => {
    const [lo, hi] = ranges[i]!;
    for (let j = lo; j < hi; j++) picked.push(list.events[j]!);
  });
  return picked.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
}

/**
 * Lays out one lane. The plot is cut into columns about one marker wide; a column's events are
 * counted by binary search, so the work depends on the width, not on how many events there are.
 * Each event takes the first row where neither a marker nor the line of an earlier event's date is
 * in the way; what finds no row goes into a "+N" badge. In a crowded lane (more events than two a
 * column) a full column is a bar of its count instead.
 */
export function computeLaneLayout(lists: readonly SortedEvents[], lane: LaneSpec, scale: ScaleTime<number, number>, frame: LaneFrame): LaneLayout {
  const { plotX, plotWidth, compact, maxRows } = frame;
  const px = (day: number) => scale(dayToDate(day));
  const clamp = (v: number) => Math.max(plotX, Math.min(plotX + plotWidth, v));
  const endsInView = (event: TimelineEvent) => px(event.end + 1) <= plotX + plotWidth + 0.5;
  const nameHeight = compact ? TIMELINE.compactNameHeight : 0;
  const rowsTop = nameHeight + TIMELINE.lanePadding;
  const rowY = (row: number) => rowsTop + row * TIMELINE.rowHeight + TIMELINE.rowHeight / 2;
  const columns = Math.max(1, Math.floor(plotWidth / TIMELINE.spacing));
  const columnWidth = plotWidth / columns;
  const columnX = (i: number) => plotX + (i >= columns ? plotWidth : i * columnWidth);
  const edge = (i: number) => dateToDay(scale.invert(columnX(i)));
  const R = TIMELINE.markerRadius;
  const screenRows = Math.min(maxRows, TIMELINE.maxRows);

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
  // a row of "+N" badges unreadable.
  const dense = total > columns * 2;
  const bandTop = rowsTop;
  const bandBottom = rowsTop + screenRows * TIMELINE.rowHeight;

  const markers: PlacedMarker[] = [];
  const clusters: PlacedCluster[] = [];
  // Where each row's last mark (or the line of its date) ends.
  const rowEnd: number[] = [];
  let rowsUsed = 1;
  /** Column `c` as a bar of its count, after the marks before it. */
  const bar = (c: number) => {
    const { from, ranges, earlier, count } = spans[c]!;
    const [first, last] = lists.reduce<[number, number]>(
      (acc, list, i) => {
        const [lo, hi] = ranges[i]!;
        return hi > lo ? [Math.min(acc[0], list.starts[lo]!), Math.max(acc[1], list.starts[hi - 1]!)] : acc;
      },
      [earlier.length ? Math.max(from, Math.min(...earlier.map((e) => e.start))) : Infinity, -Infinity],
    );
    const barFrom = Number.isFinite(first) ? first : from;
    const barTo = Number.isFinite(last) ? last : barFrom;
    const x1 = columnX(c + 1) - 1;
    const x0 = Math.min(x1 - 3, Math.max(columnX(c) + 1, Math.max(-Infinity, ...rowEnd) + TIMELINE.markerPad));
    // A mark reaching past the column (a dated line) keeps its end: what follows starts after both.
    for (let r = 0; r < screenRows; r++) rowEnd[r] = Math.max(rowEnd[r] ?? -Infinity, x1);
    rowsUsed = Math.max(rowsUsed, screenRows);
    clusters.push({
      key: `${lane.key}:bar:${c}`,
      lane: lane.key,
      x: (x0 + x1) / 2,
      y: rowY(0),
      count,
      from: barFrom,
      to: barTo,
      events: [],
      ariaLabel: `${count} ${count === 1 ? 'event' : 'events'} in ${lane.label}, ${formatDay(barFrom)} to ${formatDay(barTo)}`,
      column: { x0, x1 },
    });
  };
  for (let c = 0; c < columns; c++) {
    const { from, ranges, earlier, count } = spans[c]!;
    if (count === 0) continue;
    if (dense && count > screenRows) {
      bar(c);
      continue;
    }
    const events = eventsOf(lists, ranges, earlier);
    // Place every event in up to `rows` rows; when some find none, place again with one row fewer
    // and keep the last row for the badge.
    const place = (rows: number) => {
      const ends = rowEnd.slice();
      const placed: { event: TimelineEvent; row: number; x: number; x1: number }[] = [];
      const hidden: TimelineEvent[] = [];
      for (const event of events) {
        const x = clamp(px(Math.max(event.start, from)));
        const row = freeRow(ends, x - R, rows);
        if (row === undefined) {
          hidden.push(event);
          continue;
        }
        const x1 = clamp(px(event.end + 1));
        ends[row] = Math.max(x + R, dateShapeOf(event) === 'point' ? 0 : x1);
        placed.push({ event, row, x, x1 });
      }
      return { placed, hidden, ends };
    };
    // A dense lane keeps the screen's rows in an image too, so an export draws the bars the screen draws.
    let attempt = place(dense ? screenRows : maxRows);
    // In a dense lane a column whose events do not all find a row is a bar too: a "+N" badge is
    // wider than a column and would run into the bars beside it.
    if (attempt.hidden.length && dense) {
      bar(c);
      continue;
    }
    if (attempt.hidden.length) attempt = place(maxRows - 1);
    attempt.ends.forEach((e, r) => (rowEnd[r] = e));
    for (const { event, row, x, x1 } of attempt.placed) {
      rowsUsed = Math.max(rowsUsed, row + 1);
      markers.push(markerOf(event, lane, x, rowY(row), x1, endsInView(event)));
    }
    const { hidden } = attempt;
    // One event left over: draw it in the badge's row where that row has room, not a "+1".
    if (hidden.length === 1) {
      const event = hidden[0]!;
      const x = clamp(px(Math.max(event.start, from)));
      const row = Math.min(maxRows - 1, rowEnd.length);
      if ((rowEnd[row] ?? -Infinity) + TIMELINE.markerPad <= x - R) {
        const x1 = clamp(px(event.end + 1));
        rowEnd[row] = Math.max(x + R, dateShapeOf(event) === 'point' ? 0 : x1);
        rowsUsed = Math.max(rowsUsed, row + 1);
        markers.push(markerOf(event, lane, x, rowY(row), x1, endsInView(event)));
        continue;
      }
    }
    if (hidden.length) {
      const hiddenFrom = Math.max(from, hidden[0]!.start);
      const hiddenTo = Math.max(hiddenFrom, ...hidden.map((e) => e.start));
      const half = TIMELINE.badgeHalfWidth;
      // The badge sits at its events, or as near after them as its row allows.
      const want = clamp((px(hiddenFrom) + px(hiddenTo)) / 2);
      const row = Math.min(maxRows - 1, rowEnd.length);
      const x = Math.max(want, (rowEnd[row] ?? -Infinity) + TIMELINE.markerPad + half);
      rowEnd[row] = x + half;
      rowsUsed = Math.max(rowsUsed, row + 1);
      const n = hidden.length;
      const when = hiddenFrom === hiddenTo ? formatPartialDate(hidden[0]!.date, hidden[0]!.precision) : `${formatDay(hiddenFrom)} to ${formatDay(hiddenTo)}`;
      clusters.push({
        key: `${lane.key}:badge:${hidden[0]!.id}`,
        lane: lane.key,
        x,
        y: rowY(row),
        count: n,
        from: hiddenFrom,
        to: hiddenTo,
        events: hidden,
        ariaLabel: `${n} more ${n === 1 ? 'event' : 'events'} in ${lane.label}, ${when}: open the list`,
        column: null,
      });
    }
  }
  const height = nameHeight + TIMELINE.lanePadding * 2 + rowsUsed * TIMELINE.rowHeight;
  const bars = clusters.some((c) => c.column) ? { top: bandTop, bottom: bandBottom } : null;
  return { height, labelY: compact ? 11 : height / 2, markers, clusters, bars };
}

/** A count bar's height: its share of the tallest, never so short that it cannot be seen nor above its band. */
export function barHeight(count: number, max: number, band: { top: number; bottom: number }): number {
  const full = band.bottom - band.top;
  return Math.min(full, Math.max(2, Math.round((count / Math.max(1, max)) * full * 10) / 10));
}

/** Lays out lanes for one scale and frame, each once (by its key and label): a toggled country lays out its own lane only. */
export function laneLayouter(listsOf: (lane: string) => readonly SortedEvents[], scale: ScaleTime<number, number>, frame: LaneFrame): (lane: LaneSpec) => LaneLayout {
  return onceByKey(
    (lane: LaneSpec) => `${lane.key}\n${lane.label}`,
    (lane: LaneSpec) => computeLaneLayout(listsOf(lane.key), lane, scale, frame),
  );
}
