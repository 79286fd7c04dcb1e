import { viewSources, type ExportSpec } from '../../components/export-spec';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { describeFilters } from '../../model/describe-filters';
import { dayToIso } from '../../model/dates';
import { formatDay } from '../../model/format';
import { everyList, type SortedEvents, type TimelineEvent } from '../../model/timeline';
import { sourcesInOrder, summarizeEvents } from '../../model/timeline-summary';
import { computeTimeline, type LaneSpec } from './compute-timeline';
import { describeTimelineInWords, presentKinds, timelineCsv, timelineLegend, timelineNotes, timelineSources, timelineSubtitle, type TimelineWording } from './describe-timeline';
import { buildDensityAxis, NO_ZOOM, type AxisZoom, type DensityAxis } from './timeline-axis';
import { TimelineMarks } from './TimelineMarks';

/** Every start list of the model, whatever the filters: what the axis is built from on screen and in exports. */
export function everyStartList(model: DatasetModel): Float64Array[] {
  return everyList(model.timeline).map((l) => l.starts);
}

/**
 * How to export the timeline: the screen's axis and zoom (so the same stretch of time, with the same
 * widths per month), laid out at the export's width, with every event drawn rather than "+N" badges.
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
  const shown = placements.filter((p) => p.event.end >= visible[0] && p.event.start <= visible[1]).map((p) => p.event);
  const wording: TimelineWording = { countries: filters.countries, window: filters.window, fromIso: filters.fromIso, toIso: filters.toIso, countryNames: model.countryNames, sources: model.sources };
  const summary = summarizeEvents(shown);
  const kinds = presentKinds(summary);
  return {
    stem: 'partnership-milestones',
    title: input.title,
    subtitle: timelineSubtitle(wording, zoom.k > 1 ? { fromIso: dayToIso(visible[0]), toIso: dayToIso(visible[1]), zoomed: true } : { fromIso: filters.fromIso, toIso: filters.toIso, zoomed: false }),
    // Zoomed in, the image shows fewer days than the filters' dates: it says which.
    filters: [...describeFilters(model, filters, { types: true, measure: false }), ...(zoom.k > 1 ? [`Zoomed in: ${formatDay(visible[0])} – ${formatDay(visible[1])}`] : [])],
    legend: (theme) => timelineLegend(kinds.categories, kinds.shapes, theme, 0),
    chart: (width, theme) => {
      const layout = computeTimeline({ lanes, listsOf, axis, zoom, width, maxRows: Infinity });
      // Columns and with them the bars' counts depend on the width: the note is written for this one.
      return { width, height: layout.height, marks: <TimelineMarks layout={layout} theme={theme} highlighted={[]} />, notes: timelineNotes(layout.barMax).slice(1) };
    },
    notes: timelineNotes(0),
    sources: timelineSources(summary, model.sources),
    documents: viewSources(sourcesInOrder(summary, model.sources.keys()), model.sources),
    csv: timelineCsv(
      placements.map((p) => p.event),
      wording,
    ),
    description: describeTimelineInWords(summary, wording),
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
