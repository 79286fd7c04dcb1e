import { path as d3path } from 'd3-path';
import type { AidType } from '../../data/schema';
import type { AidRecord, Source } from '../../data/schema';
import { aidCells, aidSources, combineValues, inKindWithin, questionWindow, type AidCell, type AidQuestion, type AidValue } from '../../model/aid';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import type { DollarReading } from '../../model/money-reading';
import type { DayWindow } from '../../model/window';
import { AXIS_TEXT, textWidth, wrapText } from '../../components/text-width';
import { formatMeasureTick } from '../../model/format';
import { AID_TYPE_LABELS } from '../../model/labels';
import { barScale } from '../../model/bar-scale';
import { MEASURE_LABELS, type Indicator, type Measure } from '../../model/measures';
import type { Layout } from '../../model/measures';
import { AID_BARS } from './aid-constants';
import { BARE_DOLLAR_MARK, dateLabel, measured, valueLabel, valueWords, type MeasuredValue } from '../../model/aid-words';
import { cutNote, notStatedNote, type AidDescribeInput } from './describe-aid';

/** The cells, in-kind contributions and sources the aid chart shows under the filters, before any layout. */
export interface AidSelection {
  cells: AidCell[];
  inKind: AidRecord[];
  sources: Source[];
}

/** The aid index for a reading of "$". */
export const aidIndexFor = (model: DatasetModel, reading: DollarReading) => (reading === 'local' ? model.aidLocal : model.aid);

/** What the sources state for the selected countries and types, under a question and a reading of "$" (with `cellOf`, from cells kept, made for the same window). */
export function selectAid(
  model: DatasetModel,
  filters: Pick<ResolvedFilters, 'countries' | 'types' | 'window'>,
  question: AidQuestion,
  reading: DollarReading,
  cellOf?: (country: string, type: AidType) => AidCell,
): AidSelection {
  const index = aidIndexFor(model, reading);
  const window: DayWindow = filters.window;
  const cells = aidCells(index, filters.countries, filters.types, question, window, cellOf);
  const inKind = inKindWithin(index, filters.countries, filters.types, questionWindow(question, window));
  const ids = aidSources(cells, inKind);
  return { cells, inKind, sources: model.dataset.sources.filter((s) => ids.has(s.id)) };
}

/** What the aid view's sentences are written from, under the filters. */
export function aidDescribeInput(model: DatasetModel, filters: Pick<ResolvedFilters, 'countries' | 'types' | 'window' | 'measure'>, question: AidQuestion, reading: DollarReading, selection: AidSelection): AidDescribeInput {
  return {
    ...selection,
    sourceById: model.sources,
    names: model.countryNames,
    countries: filters.countries,
    types: filters.types,
    indicators: model.indicators,
    rates: model.dataset.exchangeRates,
    measure: filters.measure,
    question,
    reading,
    window: filters.window,
  };
}

/** What the aid chart is asked to draw. */
export interface AidInput {
  cells: readonly AidCell[];
  countries: readonly { code: string; name: string }[];
  types: readonly AidType[];
  measure: Measure;
  indicators: Readonly<Record<string, Indicator | undefined>>;
  layout: Layout;
  width: number;
  /** Every value drawn has †: it is said once under the axis, not on each label. */
  daggerOnce?: boolean;
}

/** One drawn bar (grouped) or stack segment (stacked), in pixels. */
export interface PlacedAidBar {
  key: string;
  country: string;
  countryName: string;
  type: AidType;
  x: number;
  y: number;
  /** The solid part: what is stated, or certainly within the dates. */
  width: number;
  height: number;
  /** The lighter part after it: what may also fall within the dates. */
  extension: { x: number; width: number } | null;
  /** The open end of an "at least" value, as an SVG path. */
  openEnd: string | null;
  /** The break across a bar drawn cut short, as an SVG path (drawn in the background's colour). */
  cutMark: string | null;
  cell: AidCell;
  value: MeasuredValue | null;
  ariaLabel: string;
}

/** A value label at the end of a bar or stack, with the date of the statement behind it. */
export interface AidLabel {
  key: string;
  x: number;
  y: number;
  text: string;
  /**
   * "as of 17 Apr 2022", drawn smaller and muted after the value (under the bar on a phone). On a
   * bar drawn broken it stands inside the bar, right-aligned before the break, on the background.
   */
  date: { x: number; y: number; text: string; inside: boolean } | null;
}

/** A row's muted note. */
export interface AidNote {
  key: string;
  x: number;
  y: number;
  text: string;
}

/** One country's band. */
export interface AidRow {
  country: string;
  name: string;
  y: number;
  height: number;
  labelX: number;
  labelY: number;
  bars: PlacedAidBar[];
  labels: AidLabel[];
  /** "No value stated: military, financial", once per country. */
  note: AidNote | null;
}

/** The placed chart: everything the SVG component draws, and nothing it has to compute. */
export interface AidLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  compact: boolean;
  rows: AidRow[];
  /** Every bar, in reading order (the keyboard's order). */
  bars: PlacedAidBar[];
  ticks: { x: number; label: string }[];
  axisLines: string[];
  /** Where the axis was cut (in the measure), when a bar is too long to draw in full. */
  cutAt: number | null;
  /** Notes that hold for this layout only: which bars are drawn broken. */
  notes: string[];
}

/** An SVG path through the points, drawn with d3-path. */
function path(points: readonly [number, number][]): string {
  const p = d3path();
  points.forEach(([x, y], i) => (i ? p.lineTo(x, y) : p.moveTo(x, y)));
  return p.toString();
}

const DATE_FONT = 11;
const VALUE_FONT = 12;

/** The axis label's lines: it ends at the plot's right edge and may run left to the chart's, `room` px. */
function axisLabelLines(axis: string, room: number): string[] {
  return textWidth(axis, AXIS_TEXT.fontSize) <= room ? [axis] : wrapText(axis, room, AXIS_TEXT.fontSize);
}

/** The drawn groups of a country: one per stated type (grouped), or one stack. */
interface Group {
  cells: AidCell[];
  total: AidValue;
}

/** What every row is laid out with: the scale, the sizes and the texts' measures. */
interface Frame {
  input: AidInput;
  compact: boolean;
  /** The date of each value goes under its bar rather than after its value. */
  datesBelow: boolean;
  plotX: number;
  plotWidth: number;
  scale: ReturnType<typeof barScale>;
  axisMax: number;
  px: (v: number) => number;
  barHeight: number;
  /** The pitch of one bar: its height, the date line under it on a phone, and the gap. */
  pitch: number;
  /** The long bar's multiple of the next, said at its end when it is cut. */
  cutRatio: string | null;
  groupsOf: (code: string) => Group[];
  measuredOf: (value: AidValue, country: string) => MeasuredValue | null;
}

function groupsFor(input: AidInput) {
  const byCountry = new Map<string, AidCell[]>();
  for (const cell of input.cells) {
    if (!input.types.includes(cell.type)) continue;
    const list = byCountry.get(cell.country) ?? [];
    list.push(cell);
    byCountry.set(cell.country, list);
  }
  const groupsOf = (code: string): Group[] => {
    const stated = (byCountry.get(code) ?? []).filter((c) => c.standing !== 'not-stated');
    if (input.layout === 'stacked') return stated.length ? [{ cells: stated, total: combineValues(stated) }] : [];
    return stated.map((c) => ({ cells: [c], total: c }));
  };
  return { byCountry, groupsOf };
}

/** "39× the next", or "up to 39× the next" when the next is a lower bound or the long one a range. */
function ratioWords(longest: { max: number; value: AidValue }, next: { max: number; value: AidValue }): string {
  const times = Math.round(longest.max / next.max);
  const bounded = next.value.standing !== 'stated' || longest.value.standing === 'range';
  return `${bounded ? 'up to ' : ''}${times}× the next`;
}

/** The scale, and whether the longest bar is cut so that the others stay readable. */
function frameFor(input: AidInput): Frame {
  const compact = input.width < AID_BARS.compactBelow;
  const { groupsOf } = groupsFor(input);
  const measuredOf = (value: AidValue, country: string) => measured(value, input.measure, input.indicators[country]);
  const groups = input.countries.flatMap(({ code }) => groupsOf(code).map((g) => ({ value: g.total, m: measuredOf(g.total, code) })));
  const lengths = groups.map(({ value, m }) => ({ max: m?.max ?? 0, certain: m?.value ?? 0, value })).sort((a, b) => b.max - a.max);
  const longest = lengths[0];
  const next = lengths.find((l) => l.max < (longest?.max ?? 0));
  const cut = Boolean(longest && next && next.max > 0 && longest.max > AID_BARS.cutRatio * next.max);
  const cutRatio = cut ? ratioWords(longest!, next!) : null;
  // A cut range's certain part is drawn to scale when it is not itself past the cut: a firm US$300M
  // never ends short of a US$142M bar beside it.
  const certainShown = cut && longest!.certain <= AID_BARS.cutRatio * next!.max ? longest!.certain * AID_BARS.rangeHeadroom : 0;
  // The value and the date of the statement behind it end each bar (and the ratio, a cut one); where
  // the two would squeeze the plot under 55% of the width (a phone), the date goes under the bar.
  const room = input.width * 0.45;
  // A broken bar's date goes inside it, so it takes no room here.
  const dateOf = (value: AidValue) => (cut && value === longest!.value ? '' : dateLabel(value));
  const widthOf = (dates: boolean) =>
    Math.max(
      AID_BARS.labelWidth,
      ...groups.map(({ value, m }) => textWidth(valueLabel(value, m, input.measure, !input.daggerOnce), VALUE_FONT) + (dates ? textWidth(dateOf(value), DATE_FONT) + 6 : 0) + AID_BARS.labelGap + AID_BARS.openEnd),
    );
  const plotX = compact ? 0 : AID_BARS.nameWidth;
  const plotFor = (dates: boolean) => Math.max(40, input.width - plotX - Math.min(widthOf(dates), room));
  // A broken bar's date and ratio stand inside it, before the break (a range's, inside its certain
  // part, so the change to lighter stays in sight): they too must fit.
  const domainMax = cut ? Math.max(next!.max * AID_BARS.cutHeadroom, certainShown) : longest?.max || 1;
  const certainPart = certainShown ? (longest!.certain / domainMax) * plotFor(true) : plotFor(true) - AID_BARS.cutInset;
  const insideFits = !cut || textWidth([dateLabel(longest!.value), cutRatio].join(' · '), DATE_FONT) + 12 <= certainPart;
  const datesBelow = compact || widthOf(true) > room || !insideFits;
  const plotWidth = plotFor(!datesBelow);
  const scale = barScale(domainMax, plotWidth, 5);
  const barHeight = input.layout === 'stacked' ? AID_BARS.stackHeight : AID_BARS.barHeight;
  return {
    input,
    compact,
    plotX,
    plotWidth,
    datesBelow,
    scale,
    axisMax: scale.max,
    px: (v: number) => Math.min(plotWidth, Math.max(0, scale.x(v))),
    barHeight,
    pitch: barHeight + AID_BARS.barGap + (datesBelow ? AID_BARS.dateLineHeight : 0),
    cutRatio,
    groupsOf,
    measuredOf,
  };
}

const openEndPath = (end: number, top: number, height: number) =>
  path([
    [end + 2, top + 2],
    [end + 2 + AID_BARS.openEnd - 3, top + height / 2],
    [end + 2, top + height - 2],
  ]);

/** A zigzag gap across a bar: unmistakably a break, not a tick. */
function cutMarkPath(at: number, top: number, height: number): string {
  const zig = (x: number) =>
    path([
      [x, top - 3],
      [x + 4, top + height * 0.33],
      [x, top + height * 0.66],
      [x + 4, top + height + 3],
    ]);
  return `${zig(at - AID_BARS.cutInset + 4)}${zig(at - AID_BARS.cutInset + 11)}`;
}

/**
 * The pixels of one bar in a group: its solid part and lighter extension. A bar longer than the axis
 * ends at the plot's edge with a break; its lighter part stays visible there, however long the solid.
 */
function barGeometry(frame: Frame, start: number, m: MeasuredValue | null) {
  const { plotX, plotWidth, px, axisMax } = frame;
  const value = m?.value ?? 0;
  const max = m?.max ?? 0;
  const isCut = start + max > axisMax;
  let x1 = plotX + px(start + value);
  let extEnd = plotX + px(start + max);
  if (isCut && max > value) {
    // Keep a third of the bar past its certain part lighter, so a range never reads as firm.
    const room = Math.max(24, (plotX + plotWidth - (plotX + px(start))) / 3);
    x1 = Math.min(x1, plotX + plotWidth - room);
    extEnd = plotX + plotWidth;
  }
  return { x0: plotX + px(start), x1, extension: max > value ? { x: x1, width: Math.max(0, extEnd - x1) } : null, isCut };
}

function placeGroup(frame: Frame, row: AidRow, group: Group, top: number, bars: PlacedAidBar[]): void {
  const { input } = frame;
  const stacked = input.layout === 'stacked';
  let start = 0;
  const placed: PlacedAidBar[] = [];
  for (const cell of group.cells) {
    const m = frame.measuredOf(cell, row.country);
    // In a stack only the total's most extends past the certain parts.
    const own = stacked ? (m ? { value: m.value, max: m.value } : null) : m;
    const g = barGeometry(frame, start, own);
    const bar: PlacedAidBar = {
      key: `${row.country}:${cell.type}`,
      country: row.country,
      countryName: row.name,
      type: cell.type,
      x: g.x0,
      y: top,
      width: Math.max(0, g.x1 - g.x0),
      height: frame.barHeight,
      extension: g.extension,
      openEnd: null,
      cutMark: null,
      cell,
      value: m,
      ariaLabel: `${row.name}, ${AID_TYPE_LABELS[cell.type]}: ${valueWords(cell, m, input.measure)}${g.isCut ? ' (bar cut short)' : ''}`,
    };
    placed.push(bar);
    start += m?.value ?? 0;
  }
  const last = placed[placed.length - 1]!;
  const m = frame.measuredOf(group.total, row.country);
  if (stacked && m && m.max > m.value) {
    const g = barGeometry(frame, 0, m);
    last.width = Math.max(0, Math.min(last.x + last.width, g.x1) - last.x);
    last.extension = g.extension;
  }
  const end = last.extension ? last.extension.x + last.extension.width : last.x + last.width;
  const isCut = (m?.max ?? 0) > frame.axisMax;
  if (isCut) last.cutMark = cutMarkPath(last.extension ? end : last.x + last.width, top, frame.barHeight);
  const open = group.total.standing === 'at-least';
  if (open) last.openEnd = openEndPath(end, top, frame.barHeight);
  bars.push(...placed);
  row.bars.push(...placed);
  const solid = last.extension ? { x0: placed[0]!.x, x1: last.extension.x } : null;
  row.labels.push(labelFor(frame, row, group, m, end + AID_BARS.labelGap + (open ? AID_BARS.openEnd : 0), top, isCut, solid));
}

function labelFor(frame: Frame, row: AidRow, group: Group, m: MeasuredValue | null, x: number, top: number, isCut: boolean, solid: { x0: number; x1: number } | null): AidLabel {
  const { input } = frame;
  const text = valueLabel(group.total, m, input.measure, !input.daggerOnce);
  const y = top + frame.barHeight / 2;
  const dateText = [dateLabel(group.total), isCut ? frame.cutRatio : null].filter(Boolean).join(' · ');
  const key = `${row.country}:${input.layout === 'stacked' ? 'total' : group.cells[0]!.type}`;
  if (!dateText) return { key, x, y, text, date: null };
  if (frame.datesBelow) return { key, x, y, text, date: { x: frame.plotX + 4, y: top + frame.barHeight + AID_BARS.dateLineHeight / 2 + 1, text: dateText, inside: false } };
  // A broken bar is long: its date and ratio fit inside it, before the break, and inside its certain
  // part where that has room, so the change from certain to lighter stays in sight.
  if (isCut) {
    const inSolid = solid && solid.x1 - solid.x0 >= textWidth(dateText, DATE_FONT) + 12;
    return { key, x, y, text, date: { x: inSolid ? solid.x1 - 6 : frame.plotX + frame.plotWidth - AID_BARS.cutInset, y, text: dateText, inside: true } };
  }
  return { key, x, y, text, date: { x: x + textWidth(text, VALUE_FONT) + 6, y, text: dateText, inside: false } };
}

function placeRow(frame: Frame, code: string, name: string, y: number, bars: PlacedAidBar[]): AidRow {
  const { input, compact, plotX } = frame;
  const groups = frame.groupsOf(code);
  const note = notStatedNote(input.cells.filter((c) => c.country === code && input.types.includes(c.type)));
  const nameHeight = compact ? AID_BARS.compactNameHeight : 0;
  const barsTop = y + nameHeight;
  const barsHeight = groups.length ? groups.length * frame.pitch - AID_BARS.barGap : 0;
  const noteHeight = note ? AID_BARS.noteHeight : 0;
  const row: AidRow = {
    country: code,
    name,
    y,
    height: nameHeight + Math.max(barsHeight + noteHeight, compact ? 0 : AID_BARS.barHeight),
    // Above the bars on a phone, set in as far as the note under them: clear of the zero line.
    labelX: compact ? plotX + 4 : plotX - 8,
    labelY: compact ? y + 12 : barsTop + (groups.length ? frame.barHeight / 2 + ((groups.length - 1) * frame.pitch) / 2 : AID_BARS.noteHeight / 2),
    bars: [],
    labels: [],
    note: note ? { key: `${code}:note`, x: plotX + 4, y: barsTop + barsHeight + noteHeight / 2 + (barsHeight ? 2 : 0), text: note } : null,
  };
  groups.forEach((group, gi) => placeGroup(frame, row, group, barsTop + gi * frame.pitch, bars));
  return row;
}

/** Places the aid bars for the given size. Pure: the same input gives the same layout. */
export function computeAid(input: AidInput): AidLayout {
  const frame = frameFor(input);
  const rows: AidRow[] = [];
  const bars: PlacedAidBar[] = [];
  let y: number = AID_BARS.top;
  for (const { code, name } of input.countries) {
    const row = placeRow(frame, code, name, y, bars);
    rows.push(row);
    y = row.y + row.height + AID_BARS.rowGap;
  }
  const plotHeight = Math.max(0, y - AID_BARS.rowGap + 4 - AID_BARS.top);
  const ticks = frame.scale.ticks(frame.compact ? 3 : 5).map((t) => ({ x: frame.plotX + frame.scale.x(t), label: formatMeasureTick(t, input.measure) }));
  // Where every value was printed with a bare "$", its † is said once, on the axis's unit.
  const axisLines = axisLabelLines(`${MEASURE_LABELS[input.measure].axis}${input.daggerOnce ? BARE_DOLLAR_MARK : ''}`, frame.plotX + frame.plotWidth);
  const cutBars = bars.filter((b) => b.cutMark !== null);
  return {
    width: input.width,
    height: AID_BARS.top + plotHeight + AID_BARS.axisHeight + (axisLines.length - 1) * AXIS_TEXT.lineHeight,
    plot: { x: frame.plotX, y: AID_BARS.top, width: frame.plotWidth, height: plotHeight },
    compact: frame.compact,
    rows,
    bars,
    ticks,
    axisLines,
    cutAt: frame.cutRatio !== null ? frame.axisMax : null,
    notes: cutBars.length ? [cutNote(cutBars)] : [],
  };
}
