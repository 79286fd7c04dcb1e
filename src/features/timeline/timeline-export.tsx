import type { ExportSpec } from '../../components/export-spec';
import { lightTheme } from '../../components/theme';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import type { SortedEvents, TimelineEvent } from '../../model/timeline';
import { summarizeEvents } from '../../model/timeline-summary';
import { computeTimeline, everyStartList, type LaneSpec } from './compute-timeline';
import { countBarsNote, describeTimeline, timelineLegend, type TimelineDescribeInput } from './describe-timeline';
import { compressedStretches } from './timeline-annotations';
import { axisScale, buildDensityAxis, NO_ZOOM, type AxisZoom, type DensityAxis } from './timeline-axis';
import { TimelineMarks } from './TimelineMarks';

/**
 * How to export the timeline, from its description: the screen's axis and zoom (so the same stretch
 * of time, with the same widths per month), laid out at the export's width, with every event drawn
 * rather than "+N" badges. `filters` are the ones the screen draws from.
 */
export function buildTimelineExport(input: {
  title: string;
  model: DatasetModel;
  filters: ResolvedFilters;
  lanes: readonly LaneSpec[];
  listsOf: (lane: string) => readonly SortedEvents[];
  /** Every event under the filters with its lanes: the CSV's rows. */
  placements: readonly { event: TimelineEvent; lanes: readonly string[] }[];
  /** The day range shown on screen. */
  visible: readonly [number, number];
  /** The screen's axis and zoom; without them, the axis the screen builds for `visible`, unzoomed. */
  axis?: DensityAxis;
  zoom?: AxisZoom;
}): ExportSpec {
  const { model, filters, lanes, listsOf, placements, visible } = input;
  const axis = input.axis ?? buildDensityAxis(everyStartList(model), visible);
  const zoom = input.zoom ?? NO_ZOOM;
  const events = placements.map((p) => p.event);
  const words: TimelineDescribeInput = {
    model,
    filters,
    summary: summarizeEvents(events.filter((e) => e.end >= visible[0] && e.start <= visible[1])),
    list: false,
    barMax: 0,
    compressed: compressedStretches(axis, axisScale(axis, 0, 1, zoom), { x: 0, width: 1 }).length > 0,
    begunBefore: events.some((e) => e.start < visible[0] && e.end >= visible[0]),
    // Zoomed in, the image shows fewer days than the filters' dates: it says which.
    zoomedTo: zoom.k > 1 ? visible : null,
    events,
    theme: lightTheme,
  };
  const d = describeTimeline(words);
  return {
    stem: 'partnership-milestones',
    title: input.title,
    subtitle: d.subtitle,
    description: d.inWords,
    empty: d.empty,
    filters: d.filters,
    legend: (theme) => timelineLegend(words, theme, true),
    chart: (width, theme) => {
      const layout = computeTimeline({ lanes, listsOf, axis, zoom, width, maxRows: Infinity });
      // Columns and with them the bars' counts depend on the width: the note is written for this one.
      return { width, height: layout.height, marks: <TimelineMarks layout={layout} theme={theme} highlighted={[]} />, notes: countBarsNote(layout.barMax) };
    },
    notes: d.notes,
    sources: d.sources,
    documents: d.documents,
    csv: d.csv,
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
