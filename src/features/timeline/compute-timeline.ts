import type { ScaleTime } from 'd3-scale';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { isoDay } from '../../model/dates';
import type { AidType } from '../../data/schema';
import { ALL_PARTNERS_LANE, eventsWithin, everyList, kindsFor, laneKeysFor, laneLists, lanesOf, type SortedEvents, type TimelineEvent } from '../../model/timeline';
import { axisScale, axisTicks, buildDensityAxis, type AxisTick, type AxisZoom, type DensityAxis } from './timeline-axis';
import { compressedStretches, labelShape, placeKeyLabels, tierHeight, type AxisBreak, type KeyLabel } from './timeline-annotations';
import { computeLaneLayout, isKeyEvent, type LaneLayout, type LaneSpec } from './timeline-lanes';
import { TIMELINE } from './timeline-constants';
import { columnCounts, stripColumns, stripDensityPath } from './timeline-strip';

export type { LaneLayout, LaneSpec, PlacedCluster, PlacedMarker } from './timeline-lanes';

/** A laid-out lane, placed in the whole timeline. */
export interface PlacedLane extends LaneSpec {
  y: number;
  height: number;
  labelX: number;
  layout: LaneLayout;
}

/** The whole timeline, ready to draw: key events' labels, lanes, markers, clusters, the axis and its compressed stretches. */
export interface TimelineLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { x: number; y: number; width: number; height: number };
  /** The labels of key events, in the band above the lanes, and the height of each of its rows. */
  labels: KeyLabel[];
  labelTier: number;
  lanes: PlacedLane[];
  ticks: AxisTick[];
  /** The stretches of the axis in view where time is compressed: shaded, and marked on the axis. */
  breaks: AxisBreak[];
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

/** The key events of the lane of all partners, as label candidates: summits weigh more than meetings of ministers. */
function keyMarkers(lanes: readonly PlacedLane[]) {
  return lanes.flatMap((lane) =>
    lane.layout.markers.filter((m) => isKeyEvent(m.event, lane.key)).map((marker) => ({ marker, markerY: lane.y + marker.y, weight: marker.event.category === 'summit' ? 3 : 2 })),
  );
}

/** Lays out every lane, labels the key events above them, stacks the lanes under the labels and adds the axis. */
export function computeTimeline({ lanes, listsOf, axis, zoom, width, maxRows = TIMELINE.maxRows, ticks, layoutLane }: TimelineInput): TimelineLayout {
  const { compact, plotX, plotWidth } = timelinePlot(width);
  const scale = axisScale(axis, plotX, plotWidth, zoom);
  let y = 0;
  const stacked = lanes.map((lane) => {
    const layout = layoutLane ? layoutLane(lane) : computeLaneLayout(listsOf(lane.key), lane, scale, { plotX, plotWidth, compact, maxRows });
    const at: PlacedLane = { ...lane, y, height: layout.height, labelX: compact ? plotX : plotX - 8, layout };
    y += layout.height;
    return at;
  });
  const shape = labelShape(plotWidth);
  const labels = placeKeyLabels(keyMarkers(stacked), { left: 2, right: width - 2, ...shape });
  const labelTier = tierHeight(shape.lines);
  const top = TIMELINE.top + (labels.length ? (Math.max(...labels.map((l) => l.tier)) + 1) * labelTier : 0);
  const placed = stacked.map((lane) => ({ ...lane, y: lane.y + top }));
  return {
    width,
    height: top + y + TIMELINE.axisHeight,
    compact,
    plot: { x: plotX, y: top, width: plotWidth, height: y },
    labels: labels.map((l) => ({ ...l, markerY: l.markerY + top })),
    labelTier,
    lanes: placed,
    ticks: ticks ?? axisTicks(axis, scale, plotX, plotWidth, width),
    breaks: compressedStretches(axis, scale, { x: plotX, width: plotWidth }),
    barMax: placed.reduce((max, l) => l.layout.clusters.reduce((m, c) => (c.column ? Math.max(m, c.count) : m), max), 0),
  };
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

/** Every start list of the model, whatever the filters: what the axis is built from on screen and in exports. */
export function everyStartList(model: DatasetModel): Float64Array[] {
  return everyList(model.timeline).map((l) => l.starts);
}

/**
 * The axis for the filters' dates, built from every event in the data, whatever the countries and
 * types: it stays put when one is toggled, so the eye can compare before and after. The export
 * takes this very axis.
 */
export function timelineAxis(model: DatasetModel, fromIso: string | null, toIso: string | null): DensityAxis {
  const extent = model.extent ?? [0, 1];
  const from = isoDay(fromIso) ?? extent[0];
  const to = isoDay(toIso) ?? extent[1];
  return buildDensityAxis(everyStartList(model), [from, Math.max(from, to)]);
}

/** The lanes shown for a country selection: one of all partners (when any is selected), then each country, named. */
export function laneSpecs(model: DatasetModel, countries: readonly string[]): LaneSpec[] {
  return laneKeysFor(model.timeline, countries).map((key) =>
    key === ALL_PARTNERS_LANE ? { key, label: model.partners.length === 4 ? 'All four' : 'All partners', country: null } : { key, label: model.countryNames.get(key) ?? key, country: key },
  );
}

/** The lanes shown for a selection, each lane's event lists of the kinds the aid types show, and all those lists. */
export function laneSet(model: DatasetModel, countries: readonly string[], types: readonly AidType[]) {
  const kinds = kindsFor(types);
  const listsOf = (lane: string) => laneLists(model.timeline, lane, kinds);
  const specs = laneSpecs(model, countries);
  return { specs, listsOf, all: specs.flatMap((l) => listsOf(l.key)) };
}

/** Every event within the filters, one by one, with the lanes it is drawn in (the phone's list, the table, the export). */
export function placementsWithin(model: DatasetModel, filters: Pick<ResolvedFilters, 'window' | 'countries' | 'types'>): { event: TimelineEvent; lanes: string[] }[] {
  return eventsWithin(model.timeline, filters.window, filters.countries, filters.types)
    .map((event) => ({ event, lanes: lanesOf(event, model.partners, filters.countries) }))
    .filter((p) => p.lanes.length > 0);
}

/** The date strip's frame: the whole extent on the axis the chart has with no dates set, its ticks, and every list's events per column. */
export interface StripFrame {
  scale: ScaleTime<number, number>;
  extent: readonly [number, number];
  ticks: AxisTick[];
  /** Each list's events counted per 2 px column, once per width: a selection's density is then their sum. */
  counts: ReadonlyMap<SortedEvents, Uint32Array>;
}

/** The strip's frame at a width, or null for a dataset without events. */
export function computeStripFrame(model: DatasetModel, width: number): StripFrame | null {
  const extent = model.extent;
  if (!extent) return null;
  const { plotX, plotWidth } = timelinePlot(width);
  const axis = buildDensityAxis(everyStartList(model), extent);
  const scale = axisScale(axis, plotX, plotWidth);
  const edges = stripColumns(scale, plotX, plotWidth);
  return {
    scale,
    extent,
    ticks: axisTicks(axis, scale, plotX, plotWidth, width, false),
    counts: new Map(everyList(model.timeline).map((l) => [l, columnCounts(l, edges)] as const)),
  };
}

/** The strip's density of the lists shown, as one path. */
export function stripDensity(frame: StripFrame, lists: readonly SortedEvents[], plotX: number): string {
  return stripDensityPath(
    lists.map((l) => frame.counts.get(l)!),
    plotX,
    5,
    TIMELINE.stripHeight - 16,
  );
}
