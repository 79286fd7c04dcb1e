import { scaleLinear, scaleUtc } from 'd3-scale';
import { path as d3path } from 'd3-path';
import type { AidType } from '../../data/schema';
import { aidWithin, seriesKey, type AidEntry, type AidIndex, type AidValue } from '../../model/aid';
import { aidSteps, combinePoints, combineSteps, pointOfValue, type AidPoint, type AidStep } from '../../model/aid-over-time';
import { BARE_DOLLAR_MARK, dateLabel, valueLabel, type MeasuredValue } from '../../model/aid-words';
import { dayToDate } from '../../model/dates';
import { formatMeasureTick, formatTimeTick } from '../../model/format';
import { MEASURE_LABELS, normalise, type Indicator, type Measure } from '../../model/measures';
import type { DayWindow } from '../../model/window';
import { textWidth } from '../../components/text-width';
import { AID_TYPE_LABELS } from '../../model/labels';

import type { TrendMode, TrendScale } from '../../model/trend-options';
export { TREND_MODES, TREND_SCALES, type TrendMode, type TrendScale } from '../../model/trend-options';

/** A line's key within its country: an aid type, or the total of the selected types. */
export type LineKind = AidType | 'total';

/** One statement on a line: its entry and the total as of its last day (or of the span's end). */
export interface TrendStatement {
  key: string;
  country: string;
  line: LineKind;
  entry: AidEntry;
  /** The total of the line once the statement is made: as of its last day, or the span's end. */
  after: AidPoint;
}

/** One line of a country: its steps over the span, its latest value, and its statements. */
export interface TrendLine {
  key: string;
  country: string;
  kind: LineKind;
  steps: AidStep[];
  /** The value at the end: as of To, or (To open) as of each latest statement. */
  end: AidPoint;
  statements: TrendStatement[];
}

/** What the view shows under the filters, before any layout. */
export interface TrendSelection {
  /** The days drawn: From (or the start of the aid) to To (or the last dated record). */
  domain: [number, number];
  /** To is open: the line ends with each latest statement, past the last dated record. */
  latest: boolean;
  lines: TrendLine[];
}

const byStart = (a: AidEntry, b: AidEntry) => a.start - b.start || a.end - b.end || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

/** The days a step function is drawn over: From, or the first day the aid can date from, to To or the last record. */
export function trendDomain(index: AidIndex, window: DayWindow, extent: [number, number] | null, aidFrom: number | undefined): [number, number] | null {
  // Without a first day for the aid, the line starts with the first statement: a total's growth
  // before it is open to the start of time, which no axis can draw.
  let first = Infinity;
  for (const s of index.series.values()) for (const e of s.entries) first = Math.min(first, e.start);
  const start = Number.isFinite(window.from) ? window.from : Number.isFinite(aidFrom ?? NaN) ? aidFrom! : first;
  const end = Number.isFinite(window.to) ? window.to : (extent?.[1] ?? -Infinity);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return [start, end];
}

/** The value of a line's steps on a day (the steps are in order and cover the span). */
function valueOn(steps: readonly AidStep[], day: number): AidPoint | null {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = steps[mid]!;
    if (day < s.from) hi = mid - 1;
    else if (day > s.to) lo = mid + 1;
    else return s.value;
  }
  return null;
}

/** What a country's lines are drawn from, besides the country. */
export interface TrendQuery {
  types: readonly AidType[];
  domain: [number, number];
  latest: boolean;
  mode: TrendMode;
}

/** One country's lines over the domain, under a mode: one of the selected types added up, or one per type with a money value. */
export function trendLinesOf(index: AidIndex, query: TrendQuery, country: string): TrendLine[] {
  const [from, to] = query.domain;
  const endOf = (types: readonly AidType[]) => combinePoints(types.map((t) => pointOfValue(aidWithin(index.series.get(seriesKey(country, t)), { from: -Infinity, to: query.latest ? Infinity : to }))));
  const perType = query.types.map((type) => ({ type, series: index.series.get(seriesKey(country, type)) }));
  const stepsOf = perType.map(({ series }) => aidSteps(series, from, to));
  const groups: { kind: LineKind; types: AidType[]; steps: AidStep[] }[] =
    query.mode === 'by-type' ? perType.map(({ type }, i) => ({ kind: type, types: [type], steps: stepsOf[i]! })) : [{ kind: 'total', types: [...query.types], steps: combineSteps(stepsOf, from, to) }];
  return groups
    .filter((g) => g.steps.some((s) => s.value.standing !== 'not-stated'))
    .map((group) => {
      const entries = [...new Set(perType.filter((p) => group.types.includes(p.type)).flatMap((p) => p.series?.entries ?? []))]
        .filter((e) => e.start <= to && e.end >= from)
        .sort(byStart);
      const end = endOf(group.types);
      const statements = entries.map((entry): TrendStatement => ({
        key: `${country}:${group.kind}:${entry.record.id}:${entry.role}`,
        country,
        line: group.kind,
        entry,
        after: (entry.end > to ? (query.latest ? end : null) : valueOn(group.steps, Math.max(from, entry.end))) ?? end,
      }));
      return { key: `${country}:${group.kind}`, country, kind: group.kind, steps: group.steps, end, statements };
    });
}

/**
 * Each selected country's lines, in order (with `linesOf`, from lines kept for the same index and
 * query: a country toggled leaves the others' lines as they are).
 */
export function selectTrend(
  index: AidIndex,
  input: Omit<TrendQuery, 'domain'> & { countries: readonly string[]; domain: [number, number] | null },
  linesOf: (country: string) => TrendLine[] = (country) => trendLinesOf(index, { ...input, domain: input.domain! }, country),
): TrendSelection | null {
  if (!input.domain) return null;
  return { domain: input.domain, latest: input.latest, lines: input.countries.flatMap((c) => linesOf(c)) };
}

// ---------------------------------------------------------------------------------------------
// Layout.

/** Sizes of the view, in pixels. */
export const TREND = {
  panelHeight: 92,
  compactPanelHeight: 80,
  /** The plot heights an image in a fixed box may give a panel, to fill its room. */
  minPanelHeight: 40,
  maxPanelHeight: 160,
  panelGap: 14,
  nameHeight: 18,
  /** The row over the panels that names the values' unit. */
  unitHeight: 16,
  left: 56,
  compactLeft: 40,
  axisHeight: 28,
  top: 4,
  /**
   * Below this width the end labels leave the plot's right: each line's value and date are one row
   * over its panel (beside the country's name when there is room), so no label covers a line.
   */
  compactBelow: 520,
  /** The height of one such row. */
  compactRow: 15,
  labelGap: 6,
  /** The column past the plot where a line ends with each latest statement (To open). */
  latestColumn: 18,
  /** A panel holds at most one statement mark every this many pixels; more are gathered into one. */
  binWidth: 6,
} as const;

/** A statement as drawn: a point for a day, a bar across a month or a year, an arrow for "or later". */
export interface PlacedStatement {
  key: string;
  country: string;
  line: LineKind;
  x: number;
  y: number;
  /** 0 for a point; the width of the period it may date from otherwise. */
  width: number;
  /** Dated "or later": the bar runs on to the end, with an arrow. */
  open: boolean;
  /** The statements gathered into this mark (one, unless the panel is too crowded to draw each). */
  statements: TrendStatement[];
}

/** One line as drawn: SVG paths for what is stated, what is a lower bound, and the band of what may be. */
export interface PlacedLine {
  key: string;
  country: string;
  kind: LineKind;
  solid: string;
  dashed: string;
  band: string;
  /**
   * The value at the line's end and the date of the statement behind it: right of the plot at the
   * line's height, the date under the value; on a phone (`inline`), one row over the panel.
   */
  end: { x: number; y: number; label: string; date: string; anchor: 'start' | 'end'; inline: boolean } | null;
}

/** One country's panel. */
export interface TrendPanel {
  country: string;
  name: string;
  y: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  yTicks: { y: number; label: string }[];
  lines: PlacedLine[];
  statements: PlacedStatement[];
}

export interface TrendLayout {
  width: number;
  height: number;
  compact: boolean;
  panels: TrendPanel[];
  xTicks: { x: number; label: string }[];
  axisY: number;
  /** The values' unit ("US dollars†"), over the first panel. */
  unit: { x: number; y: number; text: string };
  /** Every statement mark, in reading order (the keyboard's order). */
  marks: PlacedStatement[];
}

export interface TrendInput {
  selection: TrendSelection;
  countries: readonly { code: string; name: string }[];
  measure: Measure;
  indicators: Readonly<Record<string, Indicator | undefined>>;
  scale: TrendScale;
  width: number;
  /** Every value drawn has †: it is said once, not on every label. */
  daggerOnce?: boolean;
  /** Each panel's plot height, in place of the screen's (an image in a fixed box fills its room). */
  panelHeight?: number;
}

const inMeasure = (usd: number, measure: Measure, indicator: Indicator | undefined) => normalise(usd, measure, indicator);

/** A point as the value words take it: with no lists of statements (the words need only the latest). */
export const asValue = ({ latestOpen, ...point }: AidPoint): AidValue => ({ ...point, entries: point.latest ? [point.latest] : [], openEntries: latestOpen ? [latestOpen] : [] });

/** A point's certain part and most in the measure; null without the indicator it needs. */
export function measuredPoint(point: AidPoint, measure: Measure, indicator: Indicator | undefined): MeasuredValue | null {
  const value = inMeasure(point.usd, measure, indicator);
  const max = inMeasure(point.maxUsd, measure, indicator);
  return value === null || max === null ? null : { value, max };
}

/** The largest value a set of lines reaches in the measure: the top of their scale. */
function topOf(lines: readonly TrendLine[], measure: Measure, indicators: TrendInput['indicators']): number {
  let top = 0;
  for (const line of lines) {
    const indicator = indicators[line.country];
    for (const s of line.steps) top = Math.max(top, inMeasure(s.value.maxUsd, measure, indicator) ?? 0);
    top = Math.max(top, inMeasure(line.end.maxUsd, measure, indicator) ?? 0);
  }
  return top || 1;
}

interface PanelFrame {
  x: (day: number) => number;
  y: (value: number) => number;
  measure: Measure;
  indicator: Indicator | undefined;
  plotRight: number;
}

/** The three paths of one line: solid where stated, dashed where a lower bound, a band up to what may be. */
function linePaths(line: TrendLine, f: PanelFrame, latest: boolean): Pick<PlacedLine, 'solid' | 'dashed' | 'band'> {
  const paths = { solid: d3path(), dashed: d3path() };
  const band = d3path();
  // Where each path's pen is, so a line that goes on is drawn on, not begun again.
  const pen: Record<'solid' | 'dashed', { x: number; y: number } | null> = { solid: null, dashed: null };
  const draw = (which: 'solid' | 'dashed', x0: number, y0: number, x1: number, y1: number) => {
    const at = pen[which];
    if (!at || at.x !== x0 || at.y !== y0) paths[which].moveTo(x0, y0);
    paths[which].lineTo(x1, y1);
    pen[which] = { x: x1, y: y1 };
  };
  const value = (usd: number) => Math.round(f.y(inMeasure(usd, f.measure, f.indicator) ?? 0) * 10) / 10;
  const steps: { x0: number; x1: number; v: AidPoint }[] = line.steps.map((s) => ({ x0: f.x(s.from), x1: f.x(s.to + 1), v: s.value }));
  // With To open, the line runs on past the last dated record to each latest statement.
  if (latest) steps.push({ x0: steps[steps.length - 1]?.x1 ?? f.x(0), x1: f.plotRight, v: line.end });
  let prevY: number | null = null;
  for (const { x0, x1, v } of steps) {
    if (v.standing === 'not-stated') {
      prevY = null;
      continue;
    }
    if (v.standing === 'range' && v.usd === 0) {
      // Nothing is certain yet, only what may be: the band alone, no "at least" line at 0.
      const top = value(v.maxUsd);
      band.rect(x0, top, Math.max(0, x1 - x0), Math.max(0, value(0) - top));
      prevY = null;
      continue;
    }
    const y = value(v.usd);
    const which = v.standing === 'stated' ? 'solid' : 'dashed';
    // The step up is drawn as the stretch after it is.
    if (prevY !== null && prevY !== y) draw(which, x0, prevY, x0, y);
    draw(which, x0, y, Math.max(x1, x0 + (v.standing === 'stated' ? 2 : 0)), y);
    if (v.standing === 'range') {
      const top = value(v.maxUsd);
      band.rect(x0, top, Math.max(0, x1 - x0), Math.max(0, y - top));
    }
    prevY = y;
  }
  return { solid: paths.solid.toString(), dashed: paths.dashed.toString(), band: band.toString() };
}

/** Statement marks of a panel, one per statement, or gathered where they would crowd. */
function placeStatements(lines: readonly TrendLine[], f: PanelFrame, domain: [number, number], latest: boolean): PlacedStatement[] {
  const all = lines.flatMap((line) =>
    line.statements.map((st) => {
      const x0 = f.x(Math.max(domain[0], st.entry.start));
      const open = !Number.isFinite(st.entry.end);
      const x1 = open ? (latest ? f.plotRight : f.x(domain[1] + 1)) : f.x(Math.min(domain[1], st.entry.end) + 1);
      const period = st.entry.start !== st.entry.end;
      return { st, x: x0, width: period ? Math.max(3, x1 - x0) : 0, open, y: f.y(inMeasure(st.after.usd, f.measure, f.indicator) ?? 0) };
    }),
  );
  const crowded = all.length > Math.max(1, (f.plotRight - f.x(domain[0])) / TREND.binWidth);
  if (!crowded) return all.map(({ st, x, width, open, y }) => ({ key: st.key, country: st.country, line: st.line, x, y, width, open, statements: [st] }));
  const bins = new Map<string, PlacedStatement>();
  for (const { st, x, y } of all) {
    const bin = Math.floor(x / TREND.binWidth);
    const key = `${st.country}:${st.line}:bin${bin}`;
    const mark = bins.get(key) ?? { key, country: st.country, line: st.line, x: bin * TREND.binWidth, y, width: TREND.binWidth - 1, open: false, statements: [] };
    mark.statements.push(st);
    mark.y = Math.min(mark.y, y);
    bins.set(key, mark);
  }
  return [...bins.values()].sort((a, b) => a.x - b.x);
}

/** The height of an end label: its value and, under it, its date. */
const END_LABEL = 24;

/** Moves end labels apart so none covers another, keeping them between `top` and `bottom` where they fit. */
function dodge(lines: PlacedLine[], top: number, bottom: number): void {
  const ends = lines.map((l) => l.end).filter((e): e is NonNullable<PlacedLine['end']> => e !== null).sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + END_LABEL);
  const overflow = (ends[ends.length - 1]?.y ?? 0) + END_LABEL / 2 - bottom;
  if (overflow > 0) for (const e of ends) e.y = Math.max(top, e.y - overflow);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + END_LABEL);
}

/** Places the panels for the given width. Pure: the same input gives the same layout. */
export function computeTrend(input: TrendInput): TrendLayout {
  const { selection, measure, indicators, width } = input;
  const compact = width < TREND.compactBelow;
  const left = compact ? TREND.compactLeft : TREND.left;
  const label = (line: TrendLine) => valueLabel(asValue(line.end), measuredPoint(line.end, measure, indicators[line.country]), measure, !input.daggerOnce);
  const dateOf = (line: TrendLine) => dateLabel(asValue(line.end));
  const labelRoom = compact ? 0 : Math.min(width * 0.3, Math.max(60, ...selection.lines.map((l) => Math.max(textWidth(label(l), 12), textWidth(dateOf(l), 11)) + TREND.labelGap + 4)));
  const plotRight = width - labelRoom;
  const dayRight = plotRight - (selection.latest ? TREND.latestColumn : 0);
  const [d0, d1] = selection.domain;
  const time = scaleUtc().domain([dayToDate(d0), dayToDate(d1 + 1)]).range([left, dayRight]);
  const x = (day: number) => time(dayToDate(day));
  const panelHeight = input.panelHeight ?? (compact ? TREND.compactPanelHeight : TREND.panelHeight);
  const sharedTop = topOf(selection.lines, measure, indicators);
  const panels: TrendPanel[] = [];
  const marks: PlacedStatement[] = [];
  // The values' unit, once over the panels, as the aid chart gives it on its axis.
  const unit = { x: 0, y: TREND.top + 6, text: `${MEASURE_LABELS[measure].axis}${input.daggerOnce ? BARE_DOLLAR_MARK : ''}` };
  let y: number = TREND.top + TREND.unitHeight;
  for (const { code, name } of input.countries) {
    const lines = selection.lines.filter((l) => l.country === code);
    const labelled = lines.filter((l) => l.end.standing !== 'not-stated');
    // On a phone each label is a row over the plot; one that fits goes beside the country's name.
    const rowLabel = (line: TrendLine) => `${line.kind === 'total' ? '' : `${AID_TYPE_LABELS[line.kind]}: `}${label(line)}`;
    const rowText = (line: TrendLine) => [rowLabel(line), dateOf(line)].filter(Boolean).join(' · ');
    const beside = compact && labelled.length === 1 && textWidth(name, 12, 600) + 16 + textWidth(rowText(labelled[0]!), 12) <= plotRight - left;
    const rows = compact && !beside ? labelled.length : 0;
    const plotY = y + TREND.nameHeight + rows * TREND.compactRow;
    const top = input.scale === 'shared' ? sharedTop : topOf(lines, measure, indicators);
    const scale = scaleLinear().domain([0, top]).nice(3).range([plotY + panelHeight, plotY]);
    const f: PanelFrame = { x, y: scale, measure, indicator: indicators[code], plotRight };
    const endOf = (line: TrendLine): PlacedLine['end'] => {
      if (line.end.standing === 'not-stated') return null;
      if (!compact) return { x: plotRight + TREND.labelGap, y: scale(inMeasure(line.end.usd, measure, indicators[code]) ?? 0), label: label(line), date: dateOf(line), anchor: 'start', inline: false };
      const row = labelled.indexOf(line);
      const rowY = beside ? y + 8 : y + TREND.nameHeight + row * TREND.compactRow + TREND.compactRow / 2 - 3;
      return { x: plotRight, y: rowY, label: rowLabel(line), date: dateOf(line), anchor: 'end', inline: true };
    };
    const placedLines: PlacedLine[] = lines.map((line) => ({ key: line.key, country: code, kind: line.kind, ...linePaths(line, f, selection.latest), end: endOf(line) }));
    if (!compact) dodge(placedLines, plotY - 4, plotY + panelHeight + 8);
    const statements = placeStatements(lines, f, selection.domain, selection.latest);
    marks.push(...statements);
    panels.push({
      country: code,
      name,
      y,
      height: plotY - y + panelHeight,
      plot: { x: left, y: plotY, width: plotRight - left, height: panelHeight },
      // A short panel (an image in a small box) names fewer values, so its labels stay apart.
      yTicks: scale.ticks(panelHeight < 60 ? 2 : 3).map((t) => ({ y: scale(t), label: formatMeasureTick(t, measure) })),
      lines: placedLines,
      statements,
    });
    y = plotY + panelHeight + TREND.panelGap;
  }
  const axisY = y - TREND.panelGap + 4;
  // About a tick per 80 px: yearly on a phone, so no year goes unnamed.
  const count = Math.max(3, Math.floor((dayRight - left) / 80));
  const xTicks = time.ticks(count).map((d) => ({ x: time(d), label: formatTimeTick(d, d.getUTCMonth() === 0 && d.getUTCDate() === 1 ? 'year' : 'month') }));
  if (selection.latest) {
    // The column past the last dated record where each line ends with its latest statement.
    while (xTicks.length && xTicks[xTicks.length - 1]!.x > dayRight - 36) xTicks.pop();
    xTicks.push({ x: plotRight - TREND.latestColumn / 2, label: 'latest' });
  }
  return { width, height: axisY + TREND.axisHeight, compact, panels, xTicks, axisY, unit, marks };
}
