import type { ScaleTime } from 'd3-scale';
import { dateToDay, dayToDate } from '../../model/dates';
import { formatDay, formatPartialDate } from '../../model/format';
import { onceByKey } from '../../model/once-by-key';
import { textWidth } from '../../components/text-width';
import { ALL_PARTNERS_LANE, overlappingStart, startsWithin, type SortedEvents, type TimelineEvent } from '../../model/timeline';
import { badgeHeading, badgeText, countBarName, markerName } from './describe-timeline';
import { TIMELINE } from './timeline-constants';

/** A lane of the timeline: one country, or the events of all partners together. */
export interface LaneSpec {
  key: string;
  label: string;
  /** The country to highlight when the lane is hovered; null for the all-partners lane. */
  country: string | null;
}

/**
 * How an event's date is drawn: a point (a day), a period (from one day to another, a solid bar) or
 * a date known only to the month, year or decade (a hollow marker; the time it could fall in shows
 * while the marker is hovered, focused or selected).
 */
export type DateShape = 'point' | 'period' | 'uncertain';

/** The shape of an event's date. */
export function dateShapeOf(event: TimelineEvent): DateShape {
  if (event.precision !== 'day' || event.orLater) return 'uncertain';
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
  /** The time the date names, in px (clipped to the plot); for a date "or later", to the plot's right edge. */
  spanX0: number;
  spanX1: number;
  /** Whether that time ends within the plot (a line cut by the plot's edge, or open "or later", has no end tick). */
  endsInView: boolean;
  /** A statement dated "or later": its span has an open end. */
  openEnd: boolean;
  /** Its date begins before the plot's left edge (zoomed in, or From after it): the marker stands at that edge, with an arrow pointing left. */
  begunBefore: boolean;
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
  /** What it holds, without what a click does: the heading of a badge's list, a bar's tooltip. */
  heading: string;
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

/**
 * A key event, labelled on the chart: a summit or ministerial meeting of NATO with every partner
 * (the lane of all partners). Drawn first among the events of its spot, so no badge hides it.
 */
export function isKeyEvent(event: TimelineEvent, laneKey: string): boolean {
  return laneKey === ALL_PARTNERS_LANE && event.kind === 'milestone' && (event.category === 'summit' || event.category === 'ministerial');
}

/** The order of events that start on one day: key events first, statements (faded) last. */
const rankOf = (event: TimelineEvent, laneKey: string) => (isKeyEvent(event, laneKey) ? 0 : event.category === 'statement' ? 2 : 1);

/** A marker for an event, keyed by lane and event. */
function markerOf(event: TimelineEvent, lane: LaneSpec, x: number, y: number, g: LaneGeometry): PlacedMarker {
  return {
    key: `${lane.key}:${event.id}`,
    event,
    lane: lane.key,
    x,
    y,
    shape: dateShapeOf(event),
    spanX0: g.clamp(g.px(event.start)),
    spanX1: event.orLater ? g.clamp(Infinity) : g.clamp(g.px(event.end + 1)),
    endsInView: !event.orLater && g.endsInView(event),
    openEnd: event.orLater === true,
    begunBefore: g.px(event.start) < g.clamp(-Infinity) - 0.5,
    ariaLabel: markerName(event, lane.label),
  };
}

/** The first row whose last mark ends `pad` px or more before `left`; a new row when there is none and rows may be added. */
function freeRow(rowEnd: readonly number[], left: number, rows: number): number | undefined {
  for (let r = 0; r < Math.min(rows, rowEnd.length + 1); r++) if ((rowEnd[r] ?? -Infinity) + TIMELINE.markerPad <= left) return r;
  return undefined;
}

/** Events of several sorted index ranges and a list of earlier ones, in date order (and on one day, key events first). */
function eventsOf(lists: readonly SortedEvents[], ranges: readonly [number, number][], earlier: readonly TimelineEvent[], laneKey: string): TimelineEvent[] {
  const picked = [...earlier];
  lists.forEach((list, i) => {
    const [lo, hi] = ranges[i]!;
    for (let j = lo; j < hi; j++) picked.push(list.events[j]!);
  });
  return picked.sort((a, b) => a.start - b.start || rankOf(a, laneKey) - rankOf(b, laneKey) || a.end - b.end || (a.id < b.id ? -1 : 1));
}

/** A lane's geometry under a scale: px of days, its rows, and the columns (about one marker wide) it is cut into. */
interface LaneGeometry {
  px: (day: number) => number;
  /** An x within the plot. */
  clamp: (x: number) => number;
  /** A marker's x for a day: within the plot by its radius, so no marker is drawn over the lane names, zoomed or not. */
  markerX: (day: number) => number;
  endsInView: (event: TimelineEvent) => boolean;
  rowY: (row: number) => number;
  columns: number;
  columnX: (i: number) => number;
  nameHeight: number;
  rowsTop: number;
  /** Rows the screen gives a lane (3): a column with more events is a bar or a badge. */
  screenRows: number;
}

function laneGeometry(scale: ScaleTime<number, number>, frame: LaneFrame): LaneGeometry {
  const { plotX, plotWidth, compact, maxRows } = frame;
  const px = (day: number) => scale(dayToDate(day));
  const nameHeight = compact ? TIMELINE.compactNameHeight : 0;
  const rowsTop = nameHeight + TIMELINE.lanePadding;
  const columns = Math.max(1, Math.floor(plotWidth / TIMELINE.spacing));
  const columnWidth = plotWidth / columns;
  return {
    px,
    clamp: (v) => Math.max(plotX, Math.min(plotX + plotWidth, v)),
    markerX: (day) => Math.max(plotX + TIMELINE.markerRadius, Math.min(plotX + plotWidth - TIMELINE.markerRadius, px(day))),
    endsInView: (event) => px(event.end + 1) <= plotX + plotWidth + 0.5,
    rowY: (row) => rowsTop + row * TIMELINE.rowHeight + TIMELINE.rowHeight / 2,
    columns,
    columnX: (i) => plotX + (i >= columns ? plotWidth : i * columnWidth),
    nameHeight,
    rowsTop,
    screenRows: Math.min(maxRows, TIMELINE.maxRows),
  };
}

/** The events of one column: index ranges in each list, events begun before the view (first column only), and their count. */
interface ColumnSpan {
  from: number;
  to: number;
  ranges: [number, number][];
  earlier: TimelineEvent[];
  count: number;
}

/** Each column's events, counted by binary search: the work depends on the width, not on how many events there are. */
function columnSpans(lists: readonly SortedEvents[], scale: ScaleTime<number, number>, g: LaneGeometry): ColumnSpan[] {
  const edge = (i: number) => dateToDay(scale.invert(g.columnX(i)));
  const spans: ColumnSpan[] = [];
  let from = edge(0);
  let earlierPlaced = false;
  for (let c = 0; c < g.columns; c++) {
    const to = edge(c + 1) - 1;
    const ranges = to < from ? [] : lists.map((list) => startsWithin(list, from, to));
    // Events begun before the visible range but still running show at its left edge: in the first
    // column that holds a day (zoomed in far, a column is less than a day wide and the first holds none).
    const earlier = !earlierPlaced && to >= from ? lists.flatMap((list) => overlappingStart(list, from)) : [];
    if (to >= from) earlierPlaced = true;
    let count = earlier.length;
    for (const [lo, hi] of ranges) count += hi - lo;
    spans.push({ from, to, ranges, earlier, count });
    if (to >= from) from = to + 1;
  }
  return spans;
}

/** What a lane's layout builds up column by column: its marks and where each row's last mark ends. */
interface LaneMarksSoFar {
  markers: PlacedMarker[];
  clusters: PlacedCluster[];
  /** Where each row's last mark (or the line of its date) ends. */
  rowEnd: number[];
  rowsUsed: number;
}

/** Column `c` as a bar of its count, after the marks before it. */
function addBar(out: LaneMarksSoFar, lists: readonly SortedEvents[], span: ColumnSpan, c: number, lane: LaneSpec, g: LaneGeometry) {
  const { from, ranges, earlier, count } = span;
  const [first, last] = lists.reduce<[number, number]>(
    (acc, list, i) => {
      const [lo, hi] = ranges[i]!;
      return hi > lo ? [Math.min(acc[0], list.starts[lo]!), Math.max(acc[1], list.starts[hi - 1]!)] : acc;
    },
    [earlier.length ? Math.max(from, Math.min(...earlier.map((e) => e.start))) : Infinity, -Infinity],
  );
  const barFrom = Number.isFinite(first) ? first : from;
  const barTo = Number.isFinite(last) ? last : barFrom;
  const x1 = g.columnX(c + 1) - 1;
  const x0 = Math.min(x1 - 3, Math.max(g.columnX(c) + 1, Math.max(-Infinity, ...out.rowEnd) + TIMELINE.markerPad));
  // A mark reaching past the column (a dated line) keeps its end: what follows starts after both.
  for (let r = 0; r < g.screenRows; r++) out.rowEnd[r] = Math.max(out.rowEnd[r] ?? -Infinity, x1);
  out.rowsUsed = Math.max(out.rowsUsed, g.screenRows);
  out.clusters.push({
    key: `${lane.key}:bar:${c}`,
    lane: lane.key,
    x: (x0 + x1) / 2,
    y: g.rowY(0),
    count,
    from: barFrom,
    to: barTo,
    events: [],
    ariaLabel: countBarName(count, lane.label, barFrom, barTo),
    heading: countBarName(count, lane.label, barFrom, barTo),
    column: { x0, x1 },
  });
}

/**
 * Where a mark of an event ends in its row: past its marker, or at the end of the bar of a period.
 * The span of a date not given to the day is drawn only while its marker is active, over the
 * others, so it keeps no row to itself.
 */
const markEnd = (event: TimelineEvent, x: number, x1: number) => Math.max(x + TIMELINE.markerRadius, dateShapeOf(event) === 'period' ? x1 : 0);

/** Places a column's events in up to `rows` rows after the marks before them: those placed, those left over, and the rows' new ends. */
function placeEvents(events: readonly TimelineEvent[], rowEnd: readonly number[], rows: number, from: number, g: LaneGeometry) {
  const ends = rowEnd.slice();
  const placed: { event: TimelineEvent; row: number; x: number }[] = [];
  const hidden: TimelineEvent[] = [];
  for (const event of events) {
    const x = g.markerX(Math.max(event.start, from));
    const row = freeRow(ends, x - TIMELINE.markerRadius, rows);
    if (row === undefined) {
      hidden.push(event);
      continue;
    }
    ends[row] = markEnd(event, x, g.clamp(g.px(event.end + 1)));
    placed.push({ event, row, x });
  }
  return { placed, hidden, ends };
}

/** Half a "+N" badge's width: wide enough for its count, written out in full (it says exactly what it holds). */
export function badgeHalfWidth(count: number): number {
  return Math.max(TIMELINE.badgeHalfWidth, (textWidth(badgeText(count), 10) + 10) / 2);
}

/** A "+N" badge for the events of a column that found no row, at them or as near after them as its row allows. */
function addBadge(out: LaneMarksSoFar, hidden: readonly TimelineEvent[], from: number, maxRows: number, lane: LaneSpec, g: LaneGeometry) {
  const hiddenFrom = Math.max(from, hidden[0]!.start);
  const hiddenTo = Math.max(hiddenFrom, ...hidden.map((e) => e.start));
  const half = badgeHalfWidth(hidden.length);
  const want = Math.max(g.clamp(0) + half, Math.min(g.clamp(Infinity) - half, (g.px(hiddenFrom) + g.px(hiddenTo)) / 2));
  const row = Math.min(maxRows - 1, out.rowEnd.length);
  const x = Math.max(want, (out.rowEnd[row] ?? -Infinity) + TIMELINE.markerPad + half);
  out.rowEnd[row] = x + half;
  out.rowsUsed = Math.max(out.rowsUsed, row + 1);
  const when = hiddenFrom === hiddenTo ? formatPartialDate(hidden[0]!.date, hidden[0]!.precision) : `${formatDay(hiddenFrom)} to ${formatDay(hiddenTo)}`;
  const heading = badgeHeading(hidden.length, lane.label, when);
  out.clusters.push({
    key: `${lane.key}:badge:${hidden[0]!.id}`,
    lane: lane.key,
    x,
    y: g.rowY(row),
    count: hidden.length,
    from: hiddenFrom,
    to: hiddenTo,
    events: hidden,
    ariaLabel: `${heading}: open the list`,
    heading,
    column: null,
  });
}

/**
 * Lays out the events of one column of markers: each takes the first row where neither a marker
 * nor the line of an earlier event's date is in the way. When some find none, they are placed
 * again with one row fewer and the last row keeps a "+N" badge; one left over goes in the badge's
 * row where it has room. Returns false, placing nothing, where a dense lane must draw the column
 * as a bar (a badge is wider than a column and would run into the bars beside it).
 */
function addColumn(out: LaneMarksSoFar, events: readonly TimelineEvent[], from: number, lane: LaneSpec, g: LaneGeometry, maxRows: number, dense: boolean): boolean {
  let attempt = placeEvents(events, out.rowEnd, maxRows, from, g);
  if (attempt.hidden.length && dense) return false;
  if (attempt.hidden.length) attempt = placeEvents(events, out.rowEnd, maxRows - 1, from, g);
  attempt.ends.forEach((e, r) => (out.rowEnd[r] = e));
  for (const { event, row, x } of attempt.placed) {
    out.rowsUsed = Math.max(out.rowsUsed, row + 1);
    out.markers.push(markerOf(event, lane, x, g.rowY(row), g));
  }
  const { hidden } = attempt;
  if (hidden.length === 1) {
    const event = hidden[0]!;
    const x = g.markerX(Math.max(event.start, from));
    const row = Math.min(maxRows - 1, out.rowEnd.length);
    if ((out.rowEnd[row] ?? -Infinity) + TIMELINE.markerPad <= x - TIMELINE.markerRadius) {
      out.rowEnd[row] = markEnd(event, x, g.clamp(g.px(event.end + 1)));
      out.rowsUsed = Math.max(out.rowsUsed, row + 1);
      out.markers.push(markerOf(event, lane, x, g.rowY(row), g));
      return true;
    }
  }
  if (hidden.length) addBadge(out, hidden, from, maxRows, lane, g);
  return true;
}

/**
 * Lays out one lane. The plot is cut into columns about one marker wide, whose events are counted
 * by binary search; each column is then laid out as markers (with a "+N" badge for what finds no
 * row), or in a crowded lane (more events than two a column) a full column is a bar of its count.
 */
export function computeLaneLayout(lists: readonly SortedEvents[], lane: LaneSpec, scale: ScaleTime<number, number>, frame: LaneFrame): LaneLayout {
  const g = laneGeometry(scale, frame);
  const spans = columnSpans(lists, scale, g);
  // A dense lane shows its full columns as a bar of their count: more markers there would be clutter,
  // a row of "+N" badges unreadable.
  const dense = spans.reduce((n, s) => n + s.count, 0) > g.columns * 2;
  // A crowded lane has the screen's rows in an export too, so the image draws what the screen draws.
  const rows = dense ? g.screenRows : frame.maxRows;
  const out: LaneMarksSoFar = { markers: [], clusters: [], rowEnd: [], rowsUsed: 1 };
  spans.forEach((span, c) => {
    if (span.count === 0) return;
    const placed = !(dense && span.count > g.screenRows) && addColumn(out, eventsOf(lists, span.ranges, span.earlier, lane.key), span.from, lane, g, rows, dense);
    if (!placed) addBar(out, lists, span, c, lane, g);
  });
  const height = g.nameHeight + TIMELINE.lanePadding * 2 + out.rowsUsed * TIMELINE.rowHeight;
  const bars = out.clusters.some((c) => c.column) ? { top: g.rowsTop, bottom: g.rowsTop + g.screenRows * TIMELINE.rowHeight } : null;
  return { height, labelY: frame.compact ? 11 : height / 2, markers: out.markers, clusters: out.clusters, bars };
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
