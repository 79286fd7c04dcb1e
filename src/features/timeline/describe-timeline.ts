import { EMPTY_WORDS } from '../../model/empty-words';
import { BARE_DOLLAR_MARK } from '../../model/aid-words';
import { line } from 'd3-shape';
import type { Column } from '../../components/DataTable';
import { viewSources, type CsvCell, type ViewSource } from '../../components/export-spec';
import type { LegendItem } from '../../components/Legend';
import type { ChartTheme } from '../../components/theme';
import { MILESTONE_CATEGORIES } from '../../data/constants';
import type { MilestoneCategory, Source } from '../../data/schema';
import { listInWords, type DatasetModel, type ResolvedFilters } from '../../model/dataset-model';
import { describeFilters, sourcesLine } from '../../model/describe-filters';
import { dayToIso } from '../../model/dates';
import { dateInWords, describeDateBasis, formatDay, formatInteger, formatIsoBetween, formatIsoRange } from '../../model/format';
import type { TimelineEvent } from '../../model/timeline';
import { sourcesInOrder, type TimelineSummary } from '../../model/timeline-summary';
import { BEGUN_BEFORE_SWATCH, CATEGORY_STYLE, categoryPath } from './timeline-constants';
import type { DateShape } from './timeline-lanes';

/** Title of the milestones figure (its accessible name). */
export const MILESTONES_TITLE = 'Partnership milestones';

// Each sentence the timeline says is written once, here.
const AXIS_SENTENCE = 'Each month is as wide as its events need, so years without events are narrow: the longer stretches without any are shaded and marked with a break (//) on the axis.';
const AID_FILTER = 'Aid events follow the aid-type filter.';
const BARE_DOLLAR_NOTE = `${BARE_DOLLAR_MARK} Printed with a bare “$”, as its source gives it; the aid charts read it as US dollars.`;
const DATE_SENTENCE = 'Each marker sits at the start of the date its source gives: filled for a day, with a bar to the last day of a period, hollow for a month, year or decade when the exact day is not given (and for an undated statement known only to be from that date or later).';

/** What the timeline's words are written from: the filters the view draws from, the events shown, and how it is drawn. */
export interface TimelineDescribeInput {
  model: DatasetModel;
  filters: ResolvedFilters;
  /** The events in the days shown (zoomed in, fewer than the filters' dates hold), counted. */
  summary: TimelineSummary;
  /** The phone's list: no axis to explain, no date shapes in the legend. */
  list: boolean;
  /** The tallest count bar drawn (0: none). */
  barMax: number;
  /** Whether the axis in view has compressed stretches (marked //). */
  compressed: boolean;
  /** Whether a marker stands at the plot's left edge because its date began before it (drawn with an arrow). */
  begunBefore?: boolean;
  /** The days shown when zoomed in; null when the chart shows the filters' whole range. */
  zoomedTo: readonly [number, number] | null;
  /** Every event under the filters, one by one, where they are listed (the table, the CSV); otherwise none. */
  events: readonly TimelineEvent[];
  theme: ChartTheme;
}

/** Every sentence of the timeline under the filters, for the screen, its table, the CSV and the export alike. */
export interface TimelineDescription {
  title: string;
  /** One sentence in words under the title, on the screen and in an image. */
  subtitle: string;
  /** Shown instead of the chart when there is nothing to draw; null when there is. */
  empty: string | null;
  legend: LegendItem[];
  /** The active filters in words, for exports, and the days shown when zoomed in. */
  filters: string[];
  /** Notes on reading the chart, in the figure's footer and under an image (the count bars' note is its layout's: `countBarsNote`); none when empty. */
  notes: string[];
  /** The documents behind what is shown, with their dates. */
  sources: string[];
  /** The same documents as items: the dashboard's image names each once. */
  documents: ViewSource[];
  table: { caption: string; columns: Column[]; rows: { key: string; cells: string[] }[] };
  csv: { columns: string[]; rows: CsvCell[][] };
  /** What the chart shows, in words. */
  inWords: string;
}

const namesOf = (codes: readonly string[], names: ReadonlyMap<string, string>) => codes.map((c) => names.get(c) ?? c);
const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The countries of an event in words: "Japan and South Korea", or for a statement about the
 * Indo-Pacific as a region, "Indo-Pacific region (the four not named one by one)".
 */
export function eventCountries(event: Pick<TimelineEvent, 'countries' | 'regionWide'>, names: ReadonlyMap<string, string>): string {
  if (!event.regionWide) return listInWords(namesOf(event.countries, names));
  const who = COUNT_WORDS[event.countries.length] ? `the ${COUNT_WORDS[event.countries.length]}` : listInWords(namesOf(event.countries, names));
  return `Indo-Pacific region (${who} not named one by one)`;
}

/** A category's name. */
export const categoryLabel = (category: MilestoneCategory): string => CATEGORY_STYLE[category].label;

/** A marker's name: its date in words, its lane, its title and category. */
export function markerName(event: TimelineEvent, laneLabel: string): string {
  return `${dateInWords(event)}, ${laneLabel}: ${event.title} (${categoryLabel(event.category)})`;
}

/** A "+N" badge's heading, and the name of its list: "3 more events in Japan, 19 Apr 2022". */
export function badgeHeading(count: number, laneLabel: string, when: string): string {
  return `${formatInteger(count)} more ${count === 1 ? 'event' : 'events'} in ${laneLabel}, ${when}`;
}

/** What a "+N" badge says: its count in full ("+8", "+1,204"), the events it holds besides the markers drawn. */
export const badgeText = (count: number): string => `+${formatInteger(count)}`;

/** A count bar's name: "200 events in Japan, 1 Mar 2022 to 1 Mar 2022". */
export function countBarName(count: number, laneLabel: string, from: number, to: number): string {
  return `${formatInteger(count)} ${count === 1 ? 'event' : 'events'} in ${laneLabel}, ${formatDay(from)} to ${formatDay(to)}`;
}

/** The sentence shown instead of the chart when the filters leave nothing to draw, or null. */
function emptyText(input: TimelineDescribeInput): string | null {
  const { filters, model, summary } = input;
  if (!filters.countries.length) return EMPTY_WORDS.noCountry;
  if (filters.window.to < filters.window.from) return EMPTY_WORDS.emptyRange;
  if (summary.total === 0 && input.zoomedTo === null) return `No milestones or aid announcements for ${listInWords(namesOf(filters.countries, model.countryNames))} ${formatIsoBetween(filters.fromIso, filters.toIso)}.`;
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

/** The phone's list and an image show no spans: their hollow markers say only that the day is not given. */
const ROUGH_IN_LIST = 'Month, year or decade only: hollow';

/** What each way of drawing a date says, for the legend. */
export const DATE_SHAPE_LABELS: Record<DateShape, string> = {
  point: 'One day: filled',
  period: 'Several days: a bar to the last',
  uncertain: `${ROUGH_IN_LIST}; hover or focus it for its span`,
};

/** The legend swatch of a date shape, as a path centred on 0,0: a filled or a hollow circle, or a bar. */
function dateShapeSwatch(shape: DateShape): { symbolPath: string; symbolStroke: boolean } {
  if (shape === 'period') return { symbolPath: segmentsPath([[[-7, -2], [7, -2], [7, 2], [-7, 2], [-7, -2]]]), symbolStroke: false };
  return { symbolPath: categoryPath('partnership', 0.7), symbolStroke: shape === 'uncertain' };
}

/** The legend swatch of a compressed stretch: the break // on the axis line. */
const BREAK_SWATCH = segmentsPath([[[-7, 0], [-4, 0]], [[-5, 4], [-1, -4]], [[1, 4], [5, -4]], [[4, 0], [7, 0]]]);

/** Categories and date shapes of the events summarised, in the legend's order. */
export function presentKinds(summary: TimelineSummary): { categories: MilestoneCategory[]; shapes: DateShape[] } {
  const points = summary.total - summary.rough - summary.periods;
  const shapes: DateShape[] = [...(points > 0 ? ['point' as const] : []), ...(summary.periods > 0 ? ['period' as const] : []), ...(summary.rough > 0 ? ['uncertain' as const] : [])];
  return { categories: MILESTONE_CATEGORIES.filter((c) => summary.byCategory.has(c)), shapes };
}

/** The note on a layout's count bars (none without bars): an image's columns, and so its counts, depend on its width. */
export function countBarsNote(barMax: number): string[] {
  return barMax > 0 ? [`In crowded lanes a grey bar stands for the events of its stretch, its height their number; the tallest holds ${formatInteger(barMax)}.`] : [];
}

/** The legend in a theme's colours: the categories shown, the ways dates are drawn, and the count bars of crowded lanes. An image's has nothing to hover. */
export function timelineLegend(input: Pick<TimelineDescribeInput, 'summary' | 'list' | 'barMax' | 'compressed' | 'begunBefore'>, theme: ChartTheme, image = false): LegendItem[] {
  const kinds = presentKinds(input.summary);
  // The phone's list draws each event's marker, filled or hollow, but no bars of periods.
  const shapes = input.list ? kinds.shapes.filter((s) => s !== 'period') : kinds.shapes;
  const barMax = input.list ? 0 : input.barMax;
  return [
    ...kinds.categories.map((c) => ({ key: c, label: categoryLabel(c), color: theme.category[c], symbolPath: categoryPath(c) })),
    ...(['point', 'period', 'uncertain'] as const)
      .filter((s) => shapes.includes(s))
      .map((s) => ({ key: `date-${s}`, label: s === 'uncertain' && (input.list || image) ? ROUGH_IN_LIST : DATE_SHAPE_LABELS[s], color: theme.textMuted, ...dateShapeSwatch(s) })),
    ...(input.begunBefore && !input.list ? [{ key: 'begun-before', label: 'Date begins before the dates shown', color: theme.textMuted, symbolPath: BEGUN_BEFORE_SWATCH }] : []),
    ...(input.compressed && !input.list ? [{ key: 'compressed', label: 'Stretch without events, compressed', color: theme.axis, symbolPath: BREAK_SWATCH, symbolStroke: true }] : []),
    ...(barMax > 0
      ? [{ key: 'count-bars', label: `Crowded stretch: bar height is its number of events (tallest ${formatInteger(barMax)})`, color: theme.textMuted, symbolPath: segmentsPath([[[-3, 6], [-3, -6], [3, -6], [3, 6], [-3, 6]]]) }]
      : []),
  ];
}

/** The table's columns. */
export const TIMELINE_TABLE_COLUMNS: Column[] = [
  { key: 'date', header: 'Date' },
  { key: 'countries', header: 'Countries' },
  { key: 'category', header: 'Category' },
  { key: 'event', header: 'Event' },
  { key: 'source', header: 'Source' },
];

const sourceLabels = (event: TimelineEvent, sources: ReadonlyMap<string, Source>) => [...new Set(event.citations.map((c) => sources.get(c.source)?.label ?? c.source))].join('; ');

/** The CSV's rows: one per event, with its quotes. */
function csvRows(events: readonly TimelineEvent[], model: DatasetModel): CsvCell[][] {
  return events.map((event) => [
    event.date,
    event.orLater ? `${event.precision} or later` : event.precision,
    event.endDate ?? null,
    eventCountries(event, model.countryNames),
    categoryLabel(event.category),
    event.title,
    describeDateBasis(event.dateBasis),
    sourceLabels(event, model.sources),
    event.citations.map((c) => c.quote).join(' | '),
  ]);
}

const plural = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/** What the timeline shows in words: how many events, for whom, when they cluster, how many are dated only roughly, of which kinds. */
function inWordsOf(input: TimelineDescribeInput, empty: string | null): string {
  if (empty) return empty;
  const { summary, filters, model } = input;
  const who = listInWords(namesOf(filters.countries, model.countryNames));
  const busiest = [...summary.byYear].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
  const byCategory = MILESTONE_CATEGORIES.map((c) => [c, summary.byCategory.get(c) ?? 0] as const).filter(([, n]) => n > 0);
  const rough = summary.rough;
  return [
    `${plural(summary.total, 'event', 'events')} for ${who} ${formatIsoBetween(filters.fromIso, filters.toIso)}.`,
    summary.byYear.size > 1 ? `Most fall in ${listInWords(busiest.map(([y, n]) => `${y} (${formatInteger(n)})`))}.` : '',
    rough ? `${formatInteger(rough)} ${rough === 1 ? 'is' : 'are'} dated only to a month, year or decade.` : '',
    byCategory.length ? `By category: ${byCategory.map(([c, n]) => `${categoryLabel(c)} ${formatInteger(n)}`).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The subtitle, one sentence in words: whose milestones, over which dates (the stretch shown, when zoomed in). */
function subtitleOf(input: TimelineDescribeInput): string {
  const { model, filters, zoomedTo } = input;
  const dates = zoomedTo ? `${formatIsoRange(dayToIso(zoomedTo[0]), dayToIso(zoomedTo[1]))} (zoomed in)` : formatIsoRange(filters.fromIso, filters.toIso);
  return `Milestones of the partnerships of ${listInWords(namesOf(filters.countries, model.countryNames))} with NATO, and their aid to Ukraine, ${dates}, as the sources date them.`;
}

/** Every sentence of the timeline, as structured items: the screen and every export read this. */
export function describeTimeline(input: TimelineDescribeInput): TimelineDescription {
  const { model, filters, summary } = input;
  const empty = emptyText(input);
  const sourceIds = sourcesInOrder(summary, model.sources.keys());
  const zoomed = input.zoomedTo ? [`Zoomed in: ${formatDay(input.zoomedTo[0])} – ${formatDay(input.zoomedTo[1])}`] : [];
  return {
    title: MILESTONES_TITLE,
    subtitle: subtitleOf(input),
    empty,
    legend: empty ? [] : timelineLegend(input, input.theme),
    filters: [...describeFilters(model, filters, { types: true, measure: false }), ...zoomed],
    // The axis sentence only where there is an axis: the phone's list has none.
    notes: empty ? [] : [DATE_SENTENCE, ...(input.list ? [] : [AXIS_SENTENCE]), AID_FILTER, ...(summary.bareDollar > 0 ? [BARE_DOLLAR_NOTE] : [])],
    sources: sourcesLine(sourceIds, model.sources),
    documents: viewSources(sourceIds, model.sources),
    table: {
      caption: `${MILESTONES_TITLE}, ${formatIsoRange(filters.fromIso, filters.toIso)}`,
      columns: TIMELINE_TABLE_COLUMNS,
      rows: input.events.map((event) => ({
        key: event.id,
        cells: [dateInWords(event), eventCountries(event, model.countryNames), categoryLabel(event.category), event.title, sourceLabels(event, model.sources)],
      })),
    },
    csv: { columns: ['Date', 'Precision', 'End date', 'Countries', 'Category', 'Event', 'Date basis', 'Sources', 'Quote'], rows: csvRows(input.events, model) },
    inWords: inWordsOf(input, empty),
  };
}
