import { line } from 'd3-shape';
import type { CsvCell } from '../../components/export-spec';
import type { LegendItem } from '../../components/Legend';
import type { ChartTheme } from '../../components/theme';
import { MILESTONE_CATEGORIES } from '../../data/constants';
import type { MilestoneCategory, Source } from '../../data/schema';
import { listInWords } from '../../model/dataset-model';
import { sourcesLine } from '../../model/describe-filters';
import { dateInWords, describeDateBasis, formatInteger, formatIsoBetween, formatIsoRange } from '../../model/format';
import type { TimelineEvent } from '../../model/timeline';
import { sourcesInOrder, type TimelineSummary } from '../../model/timeline-summary';
import type { DayWindow } from '../../model/window';
import { CATEGORY_STYLE, categoryPath } from './timeline-constants';
import type { DateShape } from './timeline-lanes';

/** Title of the milestones figure (its accessible name). */
export const MILESTONES_TITLE = 'Partnership milestones';

/** What the sentences of the timeline are about: the filters and the names to use. */
export interface TimelineWording {
  countries: readonly string[];
  window: DayWindow;
  fromIso: string | null;
  toIso: string | null;
  countryNames: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
}

const namesOf = (codes: readonly string[], names: ReadonlyMap<string, string>) => codes.map((c) => names.get(c) ?? c);

/** The caption: what is shown, how the axis is drawn, and the sources of what is shown. */
export function timelineCaption(w: TimelineWording, sourceIds: readonly string[], list = false): string {
  // One document per item: their own names hold commas and brackets.
  const sources = sourceIds.map((id) => w.sources.get(id)?.label ?? id).join('; ') || 'none';
  const axis = list ? '' : ' Each month is as wide as its events need, so years without events are narrow.';
  return `Events ${formatIsoRange(w.fromIso, w.toIso)} as the sources date them.${axis} Aid events follow the aid-type filter. Sources: ${sources}.`;
}

/** The sentence shown instead of the chart when the filters leave nothing to draw, or null. */
export function timelineEmptyText(w: TimelineWording, nothing: boolean): string | null {
  if (!w.countries.length) return 'No country is selected. Choose one or more under Countries.';
  if (w.window.to < w.window.from) return 'The date range is empty: From is after To.';
  if (nothing) return `No milestones or aid announcements for ${listInWords(namesOf(w.countries, w.countryNames))} ${formatIsoBetween(w.fromIso, w.toIso)}.`;
  return null;
}

/** Joins line segments (each a list of points) into one SVG path, by d3-shape. */
export function segmentsPath(segments: readonly (readonly [number, number])[][]): string {
  const draw = line<readonly [number, number]>()
    .x((p) => p[0])
    .y((p) => p[1])
    .digits(1);
  return segments.map((s) => draw(s) ?? '').join('');
}

/** What each way of drawing a date says, for the legend. */
export const DATE_SHAPE_LABELS: Record<DateShape, string> = {
  point: 'One day: the marker alone',
  period: 'Several days: a bar to the last',
  uncertain: 'Month, year or decade only: a dashed line across it',
};

/** The legend swatch of a date shape, as a path centred on 0,0. */
function dateShapeSwatch(shape: DateShape): { symbolPath: string; symbolStroke: boolean } {
  if (shape === 'point') return { symbolPath: categoryPath('partnership', 0.7), symbolStroke: false };
  if (shape === 'period') return { symbolPath: segmentsPath([[[-7, -2], [7, -2], [7, 2], [-7, 2], [-7, -2]]]), symbolStroke: false };
  return { symbolPath: segmentsPath([[[-7, -4], [-7, 4]], [[-7, 0], [-4, 0]], [[-1, 0], [2, 0]], [[5, 0], [7, 0]], [[7, -4], [7, 4]]]), symbolStroke: true };
}

/** The legend: the categories shown, the ways dates are drawn, and the count bars of crowded lanes. */
export function timelineLegend(categories: readonly MilestoneCategory[], shapes: readonly DateShape[], theme: ChartTheme, barMax: number): LegendItem[] {
  return [
    ...categories.map((c) => ({ key: c, label: CATEGORY_STYLE[c].label, color: theme.category[c], symbolPath: categoryPath(c), symbolStroke: CATEGORY_STYLE[c].stroke })),
    ...(['point', 'period', 'uncertain'] as const).filter((s) => shapes.includes(s)).map((s) => ({ key: `date-${s}`, label: DATE_SHAPE_LABELS[s], color: theme.textMuted, ...dateShapeSwatch(s) })),
    ...(barMax > 0
      ? [{ key: 'count-bars', label: `Crowded stretch: bar height is its number of events (tallest ${formatInteger(barMax)})`, color: theme.textMuted, symbolPath: segmentsPath([[[-3, 6], [-3, -6], [3, -6], [3, 6], [-3, 6]]]) }]
      : []),
  ];
}

/** Categories and date shapes of the events summarised, in the legend's order. */
export function presentKinds(summary: TimelineSummary): { categories: MilestoneCategory[]; shapes: DateShape[] } {
  const points = summary.total - summary.rough - summary.periods;
  const shapes: DateShape[] = [...(points > 0 ? ['point' as const] : []), ...(summary.periods > 0 ? ['period' as const] : []), ...(summary.rough > 0 ? ['uncertain' as const] : [])];
  return { categories: MILESTONE_CATEGORIES.filter((c) => summary.byCategory.has(c)), shapes };
}

/** The table's columns. */
export const TIMELINE_TABLE_COLUMNS = [
  { key: 'date', header: 'Date' },
  { key: 'countries', header: 'Countries' },
  { key: 'category', header: 'Category' },
  { key: 'event', header: 'Event' },
  { key: 'source', header: 'Source' },
];

const sourceLabels = (event: TimelineEvent, sources: ReadonlyMap<string, Source>) => [...new Set(event.citations.map((c) => sources.get(c.source)?.label ?? c.source))].join('; ');

/** The table's caption. */
export function timelineTableCaption(w: Pick<TimelineWording, 'fromIso' | 'toIso'>): string {
  return `${MILESTONES_TITLE}, ${formatIsoRange(w.fromIso, w.toIso)}`;
}

/** One table row per event. */
export function timelineTableRows(events: readonly TimelineEvent[], w: Pick<TimelineWording, 'countryNames' | 'sources'>): { key: string; cells: string[] }[] {
  return events.map((event) => ({
    key: event.id,
    cells: [dateInWords(event), listInWords(namesOf(event.countries, w.countryNames)), CATEGORY_STYLE[event.category].label, event.title, sourceLabels(event, w.sources)],
  }));
}

/** The CSV's columns and one row per event, with its quotes. */
export function timelineCsv(events: readonly TimelineEvent[], w: Pick<TimelineWording, 'countryNames' | 'sources'>): { columns: string[]; rows: CsvCell[][] } {
  return {
    columns: ['Date', 'Precision', 'End date', 'Countries', 'Category', 'Event', 'Date basis', 'Sources', 'Quote'],
    rows: events.map((event) => [
      event.date,
      event.precision,
      event.endDate ?? null,
      listInWords(namesOf(event.countries, w.countryNames)),
      CATEGORY_STYLE[event.category].label,
      event.title,
      describeDateBasis(event.dateBasis),
      sourceLabels(event, w.sources),
      event.citations.map((c) => c.quote).join(' | '),
    ]),
  };
}

/** The export's sources line: every document the events shown cite, with its date, in the caption's order. */
export function timelineSources(summary: TimelineSummary, sources: ReadonlyMap<string, Source>): string[] {
  return sourcesLine(sourcesInOrder(summary, sources.keys()), sources);
}

/** Notes on reading the chart, under an exported image. */
export function timelineNotes(barMax: number): string[] {
  return [
    'Each marker sits at the start of the date its source gives: alone for a day, with a bar to the last day of a period, with a dashed line across a month, year or decade when the exact day is not given. Each month is as wide as its events need. Aid events follow the aid-type filter.',
    ...(barMax > 0 ? [`In crowded lanes a grey bar stands for the events of its stretch, its height their number; the tallest holds ${formatInteger(barMax)}.`] : []),
  ];
}

const plural = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/**
 * What the timeline shows under the filters, in words: how many events, for whom, when they
 * cluster, how many are dated only roughly, and of which kinds.
 */
export function describeTimelineInWords(summary: TimelineSummary, w: TimelineWording): string {
  const empty = timelineEmptyText(w, summary.total === 0);
  if (empty) return empty;
  const who = listInWords(namesOf(w.countries, w.countryNames));
  const busiest = [...summary.byYear].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
  const byCategory = MILESTONE_CATEGORIES.map((c) => [c, summary.byCategory.get(c) ?? 0] as const).filter(([, n]) => n > 0);
  const rough = summary.rough;
  const sentences = [
    `${plural(summary.total, 'event', 'events')} for ${who} ${formatIsoBetween(w.fromIso, w.toIso)}.`,
    summary.byYear.size > 1 ? `Most fall in ${listInWords(busiest.map(([y, n]) => `${y} (${formatInteger(n)})`))}.` : '',
    rough ? `${formatInteger(rough)} ${rough === 1 ? 'is' : 'are'} dated only to a month, year or decade.` : '',
    `By category: ${byCategory.map(([c, n]) => `${CATEGORY_STYLE[c].label} ${formatInteger(n)}`).join(', ')}.`,
  ];
  return sentences.filter(Boolean).join(' ');
}

/** The image's subtitle, one sentence in words: whose milestones, over which dates (the stretch shown, when zoomed in). */
export function timelineSubtitle(w: TimelineWording, shown: { fromIso: string | null; toIso: string | null; zoomed: boolean }): string {
  const dates = `${formatIsoRange(shown.fromIso, shown.toIso)}${shown.zoomed ? ' (zoomed in)' : ''}`;
  return `Milestones of the partnerships of ${listInWords(namesOf(w.countries, w.countryNames))} with NATO, and their aid to Ukraine, ${dates}, as the sources date them.`;
}
