import type { ExportSpec } from '../../components/export-spec';
import { MILESTONE_CATEGORIES } from '../../data/constants';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { listInWords } from '../../model/dataset-model';
import { describeFilters, sourcesLine } from '../../model/describe-filters';
import { describeDateBasis, formatInteger } from '../../model/format';
import type { SortedEvents, TimelineEvent } from '../../model/timeline';
import { computeTimeline, timelinePlot, type LaneSpec } from './compute-timeline';
import { buildTimeAxis, findGaps } from './time-axis';
import { CATEGORY_STYLE, categoryPath } from './timeline-constants';
import { TimelineMarks } from './TimelineMarks';

/** How to export the timeline: the range on screen (zoomed or not), laid out at the export's width. */
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
}): ExportSpec {
  const { model, filters, lanes, listsOf, placements, visible } = input;
  const shown = placements.filter((p) => p.event.end >= visible[0] && p.event.start <= visible[1]);
  const used = MILESTONE_CATEGORIES.filter((c) => shown.some((p) => p.event.category === c));
  return {
    stem: 'partnership-milestones',
    title: input.title,
    filters: describeFilters(model, filters, { types: true, measure: false }),
    legend: (theme) => used.map((c) => ({ key: c, label: CATEGORY_STYLE[c].label, color: theme.category[c], symbolPath: categoryPath(c, 70), symbolStroke: CATEGORY_STYLE[c].stroke })),
    chart: (width, theme) => {
      const { plotX, plotWidth } = timelinePlot(width);
      const gaps = findGaps(lanes.flatMap((l) => listsOf(l.key).map((list) => list.starts)), visible);
      const axis = buildTimeAxis(visible, gaps, plotX, plotWidth);
      const layout = computeTimeline({ lanes, listsOf, scale: axis.scale, breaks: axis.breaks, width });
      // Columns and with them the bars' counts depend on the width: the note is written for this one.
      const notes = layout.barMax > 0 ? [`In crowded lanes a grey bar stands for the events of its stretch, its height their number; the tallest holds ${formatInteger(layout.barMax)}.`] : [];
      return { width, height: layout.height, marks: <TimelineMarks layout={layout} theme={theme} highlighted={null} />, notes };
    },
    notes: [
      'Each marker sits at the start of the period its source gives; a line spans a month, a year or a decade. “+N” gathers events too close to draw apart; ≈ marks compressed years. Aid events follow the aid-type filter.',
    ],
    sources: sourcesLine(shown.flatMap((p) => p.event.citations.map((c) => c.source)), model.sources),
    csv: {
      columns: ['Date', 'Precision', 'End date', 'Countries', 'Category', 'Event', 'Date basis', 'Sources', 'Quote'],
      rows: placements.map(({ event }) => [
        event.date,
        event.precision,
        event.endDate ?? null,
        listInWords(event.countries.map((c) => model.countryNames.get(c) ?? c)),
        CATEGORY_STYLE[event.category].label,
        event.title,
        describeDateBasis(event.dateBasis),
        [...new Set(event.citations.map((c) => model.sources.get(c.source)?.label ?? c.source))].join('; '),
        event.citations.map((c) => c.quote).join(' | '),
      ]),
    },
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
