import type { SortedEvents, TimelineEvent } from '../../model/timeline';
import { axisScale, axisTicks, type AxisTick, type AxisZoom, type DensityAxis } from './timeline-axis';
import { computeLaneLayout, type LaneLayout, type LaneSpec, type PlacedCluster, type PlacedMarker } from './timeline-lanes';
import { TIMELINE } from './timeline-constants';

export type { LaneLayout, LaneSpec, PlacedCluster, PlacedMarker } from './timeline-lanes';

/** A laid-out lane, placed in the whole timeline. */
export interface PlacedLane extends LaneSpec {
  y: number;
  height: number;
  labelX: number;
  layout: LaneLayout;
}

/** The whole timeline, ready to draw: lanes, markers, clusters and the axis. */
export interface TimelineLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { x: number; y: number; width: number; height: number };
  lanes: PlacedLane[];
  ticks: AxisTick[];
  /** The largest count of any crowded column: the full height of a count bar, the same in every lane. */
  barMax: number;
}

/** Where the plot sits across a timeline of this width. */
export function timelinePlot(width: number): { compact: boolean; plotX: number; plotWidth: number } {
  const compact = width < TIMELINE.compactBelow;
  const plotX = compact ? 0 : TIMELINE.nameWidth;
  return { compact, plotX, plotWidth: Math.max(40, width - plotX - TIMELINE.right) };
}

/** Input of a whole-timeline layout. */
export interface TimelineInput {
  lanes: readonly LaneSpec[];
  listsOf: (lane: string) => readonly SortedEvents[];
  axis: DensityAxis;
  zoom: AxisZoom;
  width: number;
  /** Rows before a "+N" badge (3 on screen); Infinity draws every event, as exports do. */
  maxRows?: number;
  /** The axis's ticks, when already worked out for this axis, zoom and width (they do not depend on the lanes). */
  ticks?: AxisTick[];
  /** A lane's layout for this axis, zoom and width, when the caller keeps them (the screen does). */
  layoutLane?: ((lane: LaneSpec) => LaneLayout) | undefined;
}

/** Lays out every lane, stacks them and adds the axis. */
export function computeTimeline({ lanes, listsOf, axis, zoom, width, maxRows = TIMELINE.maxRows, ticks, layoutLane }: TimelineInput): TimelineLayout {
  const { compact, plotX, plotWidth } = timelinePlot(width);
  const scale = axisScale(axis, plotX, plotWidth, zoom);
  let y = TIMELINE.top;
  const placed = lanes.map((lane) => {
    const layout = layoutLane ? layoutLane(lane) : computeLaneLayout(listsOf(lane.key), lane, scale, { plotX, plotWidth, compact, maxRows });
    const at: PlacedLane = { ...lane, y, height: layout.height, labelX: compact ? plotX : plotX - 8, layout };
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
    ticks: ticks ?? axisTicks(axis, scale, plotX, plotWidth, width),
    barMax: placed.reduce((max, l) => l.layout.clusters.reduce((m, c) => (c.column ? Math.max(m, c.count) : m), max), 0),
  };
}

/** Something the keyboard moves to: a marker or a "+N" badge, where it is drawn. */
export interface TimelineStop {
  key: string;
  lane: number;
  x: number;
  y: number;
  marker: PlacedMarker | null;
  cluster: PlacedCluster | null;
}

/** Markers and badges in reading order: lane by lane from the top, and left to right within a lane. */
export function readingOrder(layout: TimelineLayout): TimelineStop[] {
  return layout.lanes.flatMap((lane, i) =>
    [
      ...lane.layout.markers.map((m) => ({ key: m.key, lane: i, x: m.x, y: lane.y + m.y, marker: m, cluster: null })),
      ...lane.layout.clusters.filter((c) => !c.column).map((c) => ({ key: c.key, lane: i, x: c.x, y: lane.y + c.y, marker: null, cluster: c })),
    ].sort((a, b) => a.x - b.x || a.y - b.y),
  );
}

/** Keys that move between markers. */
export type MoveKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/**
 * Where a key moves from a stop: Right and Left to the next and previous in reading order, Down and
 * Up to the nearest in the next lane below or above (staying put at the bottom or top), Home and End
 * to the first and last.
 */
export function moveFrom(stops: readonly TimelineStop[], key: string, move: MoveKey): TimelineStop | null {
  const i = stops.findIndex((s) => s.key === key);
  if (i < 0) return stops[0] ?? null;
  const here = stops[i]!;
  switch (move) {
    case 'ArrowRight':
      return stops[Math.min(stops.length - 1, i + 1)]!;
    case 'ArrowLeft':
      return stops[Math.max(0, i - 1)]!;
    case 'Home':
      return stops[0]!;
    case 'End':
      return stops[stops.length - 1]!;
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = move === 'ArrowDown';
      const lanes = stops.map((s) => s.lane).filter((l) => (down ? l > here.lane : l < here.lane));
      if (!lanes.length) return here;
      const target = down ? Math.min(...lanes) : Math.max(...lanes);
      return stops.filter((s) => s.lane === target).reduce((best, s) => (Math.abs(s.x - here.x) < Math.abs(best.x - here.x) ? s : best));
    }
  }
}

/** A year's events for the phone's list, with the lanes each is drawn in, in words. */
export interface YearGroup {
  /** "2022", or "1990s" for events dated only to a decade. */
  year: string;
  items: { event: TimelineEvent; lanes: string }[];
}

/** The first `count` events of the groups, each in its year: the phone's list shows a page at a time. */
export function firstEvents(groups: readonly YearGroup[], count: number): YearGroup[] {
  const out: YearGroup[] = [];
  let left = count;
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.items.length <= left ? g : { year: g.year, items: g.items.slice(0, left) });
    left -= g.items.length;
  }
  return out;
}

/** Events (in date order) grouped by the year their date names; a decade-dated event has a group of its own. */
export function groupByYear(placements: readonly { event: TimelineEvent; lanes: readonly string[] }[], laneLabel: (lane: string) => string): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const { event, lanes } of placements) {
    const year = event.precision === 'decade' ? `${event.date.slice(0, 4)}s` : event.date.slice(0, 4);
    let group = groups[groups.length - 1];
    if (group?.year !== year) groups.push((group = { year, items: [] }));
    group.items.push({ event, lanes: lanes.map(laneLabel).join(', ') });
  }
  return groups;
}
