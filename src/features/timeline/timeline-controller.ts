import type { ScaleTime } from 'd3-scale';
import { stepIndex, type MarkStep } from '../../components/use-mark-navigation';
import { dateToDay, dayToDate, dayToIso } from '../../model/dates';
import type { SortedEvents, TimelineEvent } from '../../model/timeline';
import { stripDensity, type StripFrame, type TimelineLayout } from './compute-timeline';
import { axisScale, NO_ZOOM, visibleDays, type AxisZoom, type DensityAxis } from './timeline-axis';
import type { PlacedCluster, PlacedMarker } from './timeline-lanes';

/**
 * The timeline's interaction, as plain functions over plain values, with no DOM: zoom and pan in
 * shares of the plot, the link's `zoom` and `event`, the steps of the keyboard in reading order,
 * the date strip's pixels and days, the count bars under the pointer, and what is hovered, focused,
 * open and selected. The hook keeps the state and the elements; everything it decides is here.
 */

/** The most the timeline zooms in. */
export const MAX_ZOOM = 2000;

/** Where the plot lies across the chart, in px. */
export interface PlotFrame {
  plotX: number;
  plotWidth: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

// ——— Zoom and pan, in shares of the unzoomed plot: a share f is drawn at k·f + x.

/** A zoom within bounds: from 1× to MAX_ZOOM, and the zoomed plot always covering the view. */
export function clampZoom(zoom: AxisZoom): AxisZoom {
  const k = clamp(Number.isFinite(zoom.k) ? zoom.k : 1, 1, MAX_ZOOM);
  const x = clamp(Number.isFinite(zoom.x) ? zoom.x : 0, 1 - k, 0);
  return k === 1 && x === 0 ? NO_ZOOM : { k, x };
}

/** Whether a zoom shows less than the whole axis. */
export const isZoomed = (zoom: AxisZoom): boolean => zoom.k > 1;

/** Zooms by a factor, keeping what is at `share` of the plot (0 its left edge, 1 its right) where it is. */
export function zoomAround(zoom: AxisZoom, factor: number, share: number): AxisZoom {
  const k = clamp(zoom.k * factor, 1, MAX_ZOOM);
  const f = (share - zoom.x) / zoom.k;
  return clampZoom({ k, x: share - k * f });
}

/** Moves the zoomed view by a share of the plot (positive: later days come into view). */
export function panBy(zoom: AxisZoom, share: number): AxisZoom {
  return clampZoom({ k: zoom.k, x: zoom.x - share });
}

/** The zoom that makes the stretch from share f0 to f1 of the unzoomed plot fill 80% of the view, centred. */
export function zoomToShares(f0: number, f1: number): AxisZoom {
  const k = clamp(0.8 / Math.max(1e-9, f1 - f0), 1, MAX_ZOOM);
  return clampZoom({ k, x: 0.5 - (k * (f0 + f1)) / 2 });
}

/** The zoom that fills the view with the days `from` to `to` (a count bar's stretch). */
export function zoomToDays(axis: DensityAxis, from: number, to: number): AxisZoom {
  const share = axisScale(axis, 0, 1);
  return zoomToShares(share(dayToDate(from)), share(dayToDate(to + 1)));
}

/** The share of the plot a button's "Zoom in" keeps in place: the event in focus, else the middle of the events in view. */
export function zoomInShare(stops: readonly { key: string; x: number }[], focusKey: string | null, frame: PlotFrame): number {
  const toShare = (x: number) => (x - frame.plotX) / frame.plotWidth;
  const focused = focusKey === null ? undefined : stops.find((s) => s.key === focusKey);
  if (focused) return toShare(focused.x);
  const xs = stops
    .map((s) => s.x)
    .filter((x) => x >= frame.plotX && x <= frame.plotX + frame.plotWidth)
    .sort((a, b) => a - b);
  return xs.length ? toShare(xs[Math.floor(xs.length / 2)]!) : 0.5;
}

/** A d3-zoom transform (x' = k·x + t, in px) as a zoom of plot shares: f' = k·f + ((k − 1)·plotX + t) / plotWidth. */
export function zoomOfTransform(transform: { k: number; x: number }, frame: PlotFrame): AxisZoom {
  if (transform.k === 1 && transform.x === 0) return NO_ZOOM;
  return { k: transform.k, x: ((transform.k - 1) * frame.plotX + transform.x) / frame.plotWidth };
}

/** A zoom of plot shares as the d3-zoom transform that draws it on this plot. */
export function transformOfZoom(zoom: AxisZoom, frame: PlotFrame): { k: number; x: number } {
  return { k: zoom.k, x: zoom.x * frame.plotWidth - (zoom.k - 1) * frame.plotX };
}

/** The link's `zoom` ("k,x" in plot shares), within bounds; unzoomed for none or for one not of that form. */
export function zoomOfLink(link: string | null): AxisZoom {
  const parts = link?.split(',') ?? [];
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return NO_ZOOM;
  return clampZoom({ k: Number(parts[0]), x: Number(parts[1]) });
}

/** A zoom as the link writes it ("4,-2.5", to four decimals), null when unzoomed. */
export function linkOfZoom(zoom: AxisZoom): string | null {
  if (!isZoomed(zoom)) return null;
  const round = (v: number) => Math.round(v * 1e4) / 1e4 || 0;
  return `${round(zoom.k)},${round(zoom.x)}`;
}

/** The days a zoom shows of an axis: its left edge to its right edge. */
export function daysInView(axis: DensityAxis, zoom: AxisZoom): [number, number] {
  return visibleDays(axis, axisScale(axis, 0, 1, zoom), 0, 1);
}

// ——— Steps in reading order.

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

/**
 * Where a step goes from a stop: next and previous in reading order, to the nearest stop in the
 * next lane below or above (staying put at the bottom or top), or to the first and last. From a
 * stop that is gone, to the first.
 */
export function stepFrom(stops: readonly TimelineStop[], key: string, step: MarkStep): TimelineStop | null {
  const i = stops.findIndex((s) => s.key === key);
  if (i < 0) return stops[0] ?? null;
  const here = stops[i]!;
  if (step !== 'nextLane' && step !== 'previousLane') return stops[stepIndex(step, i, stops.length)]!;
  const down = step === 'nextLane';
  const lanes = stops.map((s) => s.lane).filter((l) => (down ? l > here.lane : l < here.lane));
  if (!lanes.length) return here;
  const target = down ? Math.min(...lanes) : Math.max(...lanes);
  return stops.filter((s) => s.lane === target).reduce((best, s) => (Math.abs(s.x - here.x) < Math.abs(best.x - here.x) ? s : best));
}

/** How many events the stops draw or count: a marker one, a badge its count. */
export function eventsDrawn(stops: readonly TimelineStop[]): number {
  return stops.reduce((n, s) => n + (s.marker ? 1 : (s.cluster?.count ?? 0)), 0);
}

/** The countries of what a stop shows, for the highlight in the other views. */
export function countriesOf(stop: TimelineStop | null): readonly string[] {
  if (stop?.marker) return stop.marker.event.countries;
  if (stop?.cluster) return [...new Set(stop.cluster.events.flatMap((e) => e.countries))];
  return [];
}

// ——— The date strip: its pixels and the filter's days.

/** The px the brush covers for From and To (null: open), within the plot; null when both are open. */
export function brushOfRange(scale: ScaleTime<number, number>, extent: readonly [number, number], from: number | null, to: number | null, frame: PlotFrame): [number, number] | null {
  if (from === null && to === null) return null;
  const x0 = scale(dayToDate(from ?? extent[0]));
  const x1 = scale(dayToDate((to ?? extent[1]) + 1));
  return [Math.max(frame.plotX, x0), Math.min(frame.plotX + frame.plotWidth, Math.max(x0 + 1, x1))];
}

/** The dates a brushed stretch of px sets, within the extent; open (null, null) for a cleared brush. */
export function rangeOfBrush(scale: ScaleTime<number, number>, extent: readonly [number, number], px: readonly [number, number] | null): { from: string | null; to: string | null } {
  if (!px) return { from: null, to: null };
  const from = Math.max(extent[0], dateToDay(scale.invert(px[0])));
  const to = Math.min(extent[1], Math.max(from, dateToDay(scale.invert(px[1])) - 1));
  return { from: dayToIso(from), to: dayToIso(to) };
}

/** The first day of the month `months` away from a day's month (a negative count goes back). */
export function stepMonths(day: number, months: number): number {
  const d = dayToDate(day);
  return dateToDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

const MONTHS_OF: Partial<Record<MarkStep, number>> = { next: 1, previous: -1, nextPage: 12, previousPage: -12 };

/**
 * A date slider's step: From or To a month (a page: a year) on, or to an end of the extent, never
 * past the other end; To stays the last day of its month. An end at the extent's edge, with the
 * other open, opens again (null). Undefined for a step a slider does not take.
 */
export function stepRangeEnd(end: 'from' | 'to', step: MarkStep, range: { from: number | null; to: number | null }, extent: readonly [number, number]): string | null | undefined {
  const from = range.from ?? extent[0];
  const to = range.to ?? extent[1];
  const months = MONTHS_OF[step];
  let next: number;
  if (step === 'first') next = extent[0];
  else if (step === 'last') next = extent[1];
  else if (months === undefined) return undefined;
  else next = end === 'from' ? stepMonths(from, months) : stepMonths(stepMonths(to, months), 1) - 1;
  next = clamp(next, extent[0], extent[1]);
  if (end === 'from') {
    next = Math.min(next, to);
    return next === extent[0] && range.to === null ? null : dayToIso(next);
  }
  next = Math.max(next, from);
  return next === extent[1] && range.from === null ? null : dayToIso(next);
}

/** The stretch of the strip the zoomed chart shows, in px; null when it shows everything. */
export function stripWindow(stripScale: ScaleTime<number, number>, visible: readonly [number, number], zoom: AxisZoom, frame: PlotFrame): [number, number] | null {
  if (!isZoomed(zoom)) return null;
  const x0 = clamp(stripScale(dayToDate(visible[0])), frame.plotX, frame.plotX + frame.plotWidth);
  const x1 = clamp(stripScale(dayToDate(visible[1] + 1)), frame.plotX, frame.plotX + frame.plotWidth);
  // Never thinner than a line a reader can see, even for a few days of decades.
  const mid = (x0 + x1) / 2;
  return x1 - x0 >= 3 ? [x0, x1] : [mid - 1.5, mid + 1.5];
}

/** The strip as drawn: its frame, the selection's density, the brush over the dates and the zoomed window. */
export function stripView(frame: StripFrame, lists: readonly SortedEvents[], range: { from: number | null; to: number | null }, visible: readonly [number, number], zoom: AxisZoom, plot: PlotFrame) {
  return {
    ...frame,
    range,
    density: stripDensity(frame, lists, plot.plotX),
    selection: brushOfRange(frame.scale, frame.extent, range.from, range.to, plot),
    window: stripWindow(frame.scale, visible, zoom, plot),
  };
}

// ——— Count bars: the pointer and the keyboard along a crowded lane.

/** The x in the lane's coordinates of a pointer over a box that spans the bars' columns. */
export function laneXOfPointer(clientX: number, box: { left: number; width: number }, bars: readonly PlacedCluster[]): number {
  const first = bars[0]?.column;
  const last = bars[bars.length - 1]?.column;
  if (!first || !last || box.width <= 0) return clientX;
  return first.x0 + ((clientX - box.left) / box.width) * (last.x1 - first.x0);
}

/** The count bar at an x of its lane (a px of slack either side), or null. */
export function barAt(bars: readonly PlacedCluster[], x: number): PlacedCluster | null {
  return bars.find((c) => c.column && x >= c.column.x0 - 1 && x <= c.column.x1 + 1) ?? null;
}

/** The bar a step goes to from the active one (the first when none is): a page is ten bars. */
export function stepBar(bars: readonly PlacedCluster[], activeKey: string | null, step: MarkStep): PlacedCluster | null {
  if (!bars.length) return null;
  const i = Math.max(0, bars.findIndex((c) => c.key === activeKey));
  return bars[stepIndex(step, i, bars.length)]!;
}

// ——— What is hovered, focused, open and selected.

/** The timeline's own interaction state (the selection lives in the link). */
export interface TimelineUi {
  /** The stop that holds the Tab stop, once the keyboard or a click has been on one. */
  focusKey: string | null;
  hoverKey: string | null;
  /** The count bar under the pointer or chosen from the keyboard, by lane and key. */
  bar: { lane: string; key: string } | null;
  /** The "+N" badge whose list is open. */
  openKey: string | null;
}

export const NO_UI: TimelineUi = { focusKey: null, hoverKey: null, bar: null, openKey: null };

/** A change to the interaction state. */
export type TimelineUiChange =
  | { type: 'focus'; key: string }
  | { type: 'hover'; key: string | null }
  | { type: 'bar'; bar: PlacedCluster | null }
  | { type: 'open'; key: string }
  | { type: 'closeList' };

/** The state after a change (the same object when nothing changes, so React skips the render). */
export function changeUi(ui: TimelineUi, change: TimelineUiChange): TimelineUi {
  switch (change.type) {
    case 'focus':
      return ui.focusKey === change.key ? ui : { ...ui, focusKey: change.key };
    case 'hover':
      return ui.hoverKey === change.key ? ui : { ...ui, hoverKey: change.key };
    case 'bar': {
      const bar = change.bar ? { lane: change.bar.lane, key: change.bar.key } : null;
      return ui.bar?.key === bar?.key && ui.bar?.lane === bar?.lane ? ui : { ...ui, bar };
    }
    case 'open':
      return { ...ui, focusKey: change.key, openKey: change.key };
    case 'closeList':
      return ui.openKey === null ? ui : { ...ui, openKey: null };
  }
}

/** The interaction state read against the current layout (a filter change may have moved or removed what it names). */
export interface ResolvedUi {
  /** The stop with the Tab stop: the focused one while it is shown, else the first. */
  tabKey: string | null;
  hovered: TimelineStop | null;
  openCluster: PlacedCluster | null;
  /** The count bar under the pointer as the layout now counts it, and the top of its lane's bars. */
  activeBar: PlacedCluster | null;
  activeBarY: number;
}

/** Reads the interaction state against a layout and its stops. */
export function resolveUi(ui: TimelineUi, layout: TimelineLayout, stops: readonly TimelineStop[]): ResolvedUi {
  const byKey = (key: string | null) => (key === null ? null : (stops.find((s) => s.key === key) ?? null));
  const tabKey = byKey(ui.focusKey)?.key ?? stops[0]?.key ?? null;
  const lane = ui.bar ? layout.lanes.find((l) => l.key === ui.bar!.lane) : undefined;
  const activeBar = lane?.layout.clusters.find((c) => c.column && c.key === ui.bar!.key) ?? null;
  return {
    tabKey,
    hovered: byKey(ui.hoverKey),
    openCluster: byKey(ui.openKey)?.cluster ?? null,
    activeBar,
    activeBarY: activeBar && lane ? lane.y + (lane.layout.bars?.top ?? 0) : 0,
  };
}

/** The selection the link names: its event, or a notice when the data has no event of that id. */
export function selectionOf(eventsById: ReadonlyMap<string, TimelineEvent>, id: string | null): { event: TimelineEvent | null; notice: string | null } {
  if (id === null) return { event: null, notice: null };
  const event = eventsById.get(id);
  return event ? { event, notice: null } : { event: null, notice: `Ignored “${id}” in “event”: no event of this dataset has that id.` };
}

/** The selection after a click on an event: the event, or none when it was the one selected. */
export const toggledSelection = (selectedId: string | null, event: TimelineEvent): string | null => (selectedId === event.id ? null : event.id);
