import type { ScaleTime } from 'd3-scale';
import { dayToDate, dayToIso } from '../../model/dates';
import { formatPartialDate } from '../../model/format';
import type { TimelineEvent } from '../../model/timeline';
import { textWidth } from '../../components/text-width';
import { timeTicks, type TimeBreak } from './time-axis';
import { CATEGORY_STYLE, TIMELINE } from './timeline-constants';

/** A lane of the timeline: one country, or the events of all partners together. */
export interface LaneSpec {
  key: string;
  label: string;
  /** The country to highlight when the lane is hovered; null for the all-partners lane. */
  country: string | null;
}

export interface PlacedLane extends LaneSpec {
  y: number;
  height: number;
  labelX: number;
  labelY: number;
}

/** An event drawn in a lane. */
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

/** Events that did not fit in their lane at this zoom, drawn as one badge with a count. */
export interface PlacedCluster {
  key: string;
  lane: string;
  x: number;
  y: number;
  events: TimelineEvent[];
  /** Day range the cluster covers, to zoom into. */
  from: number;
  to: number;
  ariaLabel: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { x: number; y: number; width: number; height: number };
  lanes: PlacedLane[];
  markers: PlacedMarker[];
  clusters: PlacedCluster[];
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Compressed stretches of time, in px, marked on the chart. */
  breaks: { x0: number; x1: number; label: string }[];
}

/** Input of the timeline layout: events with their lanes, the (zoomed) time scale, and the width. */
export interface TimelineInput {
  lanes: readonly LaneSpec[];
  /** Each event with the lanes it is drawn in, in date order. */
  placements: readonly { event: TimelineEvent; lanes: readonly string[] }[];
  /** Maps dates to x across the whole timeline's width (the plot starts at `timelinePlot(width).plotX`). */
  scale: ScaleTime<number, number>;
  breaks: readonly TimeBreak[];
  width: number;
}

/** Where the plot sits across a timeline of this width. */
export function timelinePlot(width: number): { compact: boolean; plotX: number; plotWidth: number } {
  const compact = width < TIMELINE.compactBelow;
  const plotX = compact ? 0 : TIMELINE.nameWidth;
  return { compact, plotX, plotWidth: Math.max(40, width - plotX - TIMELINE.right) };
}

/** Places every event in its lanes, stacking close ones in rows and gathering the overflow into clusters. */
export function computeTimeline({ lanes, placements, scale, breaks, width }: TimelineInput): TimelineLayout {
  const { compact, plotX, plotWidth } = timelinePlot(width);
  const px = (day: number) => scale(dayToDate(day));
  const clamp = (v: number) => Math.max(plotX, Math.min(plotX + plotWidth, v));

  const byLane = new Map<string, TimelineEvent[]>(lanes.map((l) => [l.key, []]));
  for (const { event, lanes: eventLanes } of placements) {
    for (const lane of eventLanes) byLane.get(lane)?.push(event);
  }

  const placedLanes: PlacedLane[] = [];
  const markers: PlacedMarker[] = [];
  const clusters: PlacedCluster[] = [];
  let y = TIMELINE.top;
  for (const lane of lanes) {
    const events = byLane.get(lane.key) ?? [];
    const nameHeight = compact ? TIMELINE.compactNameHeight : 0;
    const rowsTop = y + nameHeight + TIMELINE.lanePadding;
    const rowEnds: number[] = [];
    const laneMarkers: PlacedMarker[] = [];
    const laneClusters: { events: TimelineEvent[]; xs: number[] }[] = [];
    for (const event of events) {
      const left = px(event.start);
      const right = px(event.end + 1);
      // Off screen once zoomed in: not drawn. Begun before the visible range: drawn at its edge.
      if (right < plotX || left > plotX + plotWidth) continue;
      const cx = clamp(left);
      let row = rowEnds.findIndex((end) => end + TIMELINE.spacing <= cx);
      if (row < 0 && rowEnds.length < TIMELINE.maxRows) row = rowEnds.push(-Infinity) - 1;
      if (row >= 0) {
        rowEnds[row] = cx;
        const date = formatPartialDate(event.date, event.precision);
        laneMarkers.push({
          key: `${lane.key}:${event.id}`,
          event,
          lane: lane.key,
          x: cx,
          y: rowsTop + row * TIMELINE.rowHeight + TIMELINE.rowHeight / 2,
          spanX0: cx,
          spanX1: clamp(right),
          ariaLabel: `${date}, ${lane.label}: ${event.title} (${CATEGORY_STYLE[event.category].label})`,
        });
        continue;
      }
      const last = laneClusters[laneClusters.length - 1];
      if (last && cx - last.xs[last.xs.length - 1]! < TIMELINE.spacing * 2) {
        last.events.push(event);
        last.xs.push(cx);
      } else {
        laneClusters.push({ events: [event], xs: [cx] });
      }
    }
    const rows = Math.max(1, rowEnds.length) + (laneClusters.length ? 1 : 0);
    const clusterY = rowsTop + (rows - 1) * TIMELINE.rowHeight + TIMELINE.rowHeight / 2;
    for (const c of laneClusters) {
      const from = Math.min(...c.events.map((e) => e.start));
      const to = Math.max(...c.events.map((e) => e.end));
      clusters.push({
        key: `${lane.key}:cluster:${c.events[0]!.id}`,
        lane: lane.key,
        x: c.xs.reduce((a, b) => a + b, 0) / c.xs.length,
        y: clusterY,
        events: c.events,
        from,
        to,
        ariaLabel: `${c.events.length} more ${c.events.length === 1 ? 'event' : 'events'} in ${lane.label}, ${formatPartialDate(c.events[0]!.date, c.events[0]!.precision)} to ${formatPartialDate(c.events[c.events.length - 1]!.date, c.events[c.events.length - 1]!.precision)}: zoom in`,
      });
    }
    markers.push(...laneMarkers);
    const height = nameHeight + TIMELINE.lanePadding * 2 + rows * TIMELINE.rowHeight;
    placedLanes.push({ ...lane, y, height, labelX: compact ? plotX : plotX - 8, labelY: compact ? y + 11 : y + height / 2 });
    y += height;
  }
  const plotHeight = y - TIMELINE.top;
  // A label at either end of the axis is anchored inwards, so it is not cut off.
  const ticks = timeTicks(scale, breaks, plotX, plotWidth, compact ? 60 : 70).map((t) => {
    const half = textWidth(t.label, 11) / 2;
    const anchor: 'start' | 'middle' | 'end' = t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    return { ...t, anchor };
  });
  const visibleBreaks = breaks
    .map((b) => ({ x0: clamp(px(b.from)), x1: clamp(px(b.to)), label: `${formatPartialDate(dayToIso(b.from).slice(0, 4), 'year')}–${formatPartialDate(dayToIso(b.to - 1).slice(0, 4), 'year')} compressed` }))
    .filter((b) => b.x1 - b.x0 > 2);
  return {
    breaks: visibleBreaks,
    width,
    height: TIMELINE.top + plotHeight + TIMELINE.axisHeight,
    compact,
    plot: { x: plotX, y: TIMELINE.top, width: plotWidth, height: plotHeight },
    lanes: placedLanes,
    markers,
    clusters,
    ticks,
  };
}
