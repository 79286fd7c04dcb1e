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
import { CUT_NOTE, measured, notStatedNote, valueLabel, valueWords, type MeasuredValue } from './describe-aid';

/** The cells, in-kind contributions and sources the aid chart shows under the filters, before any layout. */
export interface AidSelection {
  cells: AidCell[];
  inKind: AidRecord[];
  sources: Source[];
}

/** The aid index for a reading of "$". */
export const aidIndexFor = (model: DatasetModel, reading: DollarReading) => (reading === 'local' ? model.aidLocal : model.aid);

/**
 * The days the aid is asked for. With To open, "as of To" is as of the last record, the day the
 * caption names: a total stated long before it then reads "at least".
 */
export function askedWindow(model: DatasetModel, window: DayWindow): DayWindow {
  return Number.isFinite(window.to) || !model.extent ? window : { from: window.from, to: model.extent[1] };
}

/** What the sources state for the selected countries and types, under a question and a reading of "$" (with `cellOf`, from cells kept, made for the asked window). */
export function selectAid(
  model: DatasetModel,
  filters: Pick<ResolvedFilters, 'countries' | 'types' | 'window'>,
  question: AidQuestion,
  reading: DollarReading,
  cellOf?: (country: string, type: AidType) => AidCell,
): AidSelection {
  const index = aidIndexFor(model, reading);
  const window = askedWindow(model, filters.window);
  const cells = aidCells(index, filters.countries, filters.types, question, window, cellOf);
  const inKind = inKindWithin(index, filters.countries, filters.types, questionWindow(question, window));
  const ids = aidSources(cells, inKind);
  return { cells, inKind, sources: model.dataset.sources.filter((s) => ids.has(s.id)) };
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
  /** The two strokes across a bar drawn cut short, as an SVG path. */
  cutMark: string | null;
  cell: AidCell;
  value: MeasuredValue | null;
  ariaLabel: string;
}

/** A value label at the end of a bar or stack, or a row's note. */
export interface AidLabel {
  key: string;
  x: number;
  y: number;
  text: string;
  muted: boolean;
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
  /** "Not stated: military, financial", once per country. */
  note: AidLabel | null;
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
}

/** An SVG path through the points, drawn with d3-path. */
function path(points: readonly [number, number][]): string {
  const p = d3path();
  points.forEach(([x, y], i) => (i ? p.lineTo(x, y) : p.moveTo(x, y)));
  return p.toString();
}

/**
 * The axis label's lines. It ends at the plot's right edge and may run left to the chart's, `room`
 * px; when the label and the note on cut bars do not fit there on one line, each gets its own.
 */
function axisLabelLines(axis: string, cut: boolean, room: number): string[] {
  const oneLine = cut ? `${axis} · ${CUT_NOTE}` : axis;
  if (textWidth(oneLine, AXIS_TEXT.fontSize) <= room) return [oneLine];
  return (cut ? [axis, CUT_NOTE] : [axis]).flatMap((text) => wrapText(text, room, AXIS_TEXT.fontSize));
}

/** The drawn groups of a country: one per stated type (grouped), or one stack. */
interface Group {
  cells: AidCell[];
  total: AidValue;
}

/** Places the aid bars for the given size. Pure: the same input gives the same layout. */
export function computeAid(input: AidInput): AidLayout {
  const { cells, countries, types, measure, indicators, layout, width } = input;
  const compact = width < AID_BARS.compactBelow;
  const byCountry = new Map<string, AidCell[]>();
  for (const cell of cells) {
    if (!types.includes(cell.type)) continue;
    const list = byCountry.get(cell.country) ?? [];
    list.push(cell);
    byCountry.set(cell.country, list);
  }
  const groupsOf = (code: string): Group[] => {
    const stated = (byCountry.get(code) ?? []).filter((c) => c.standing !== 'not-stated');
    if (layout === 'stacked') return stated.length ? [{ cells: stated, total: combineValues(stated) }] : [];
    return stated.map((c) => ({ cells: [c], total: c }));
  };
  const measuredOf = (value: AidValue, country: string) => measured(value, measure, indicators[country]);

  // The lengths the axis must hold: each bar's (grouped) or each stack's most.
  const lengths = countries.flatMap(({ code }) => groupsOf(code).map((g) => measuredOf(g.total, code)?.max ?? 0));
  const labels = countries.flatMap(({ code }) => groupsOf(code).map((g) => valueLabel(g.total, measuredOf(g.total, code), measure)));
  const labelWidth = Math.max(AID_BARS.labelWidth, ...labels.map((t) => textWidth(t, 12) + AID_BARS.labelGap + AID_BARS.openEnd));
  const left = compact ? 0 : AID_BARS.nameWidth;
  const plotX = left;
  const plotWidth = Math.max(40, width - left - labelWidth);

  const sorted = [...lengths].sort((a, b) => b - a);
  const longest = sorted[0] ?? 0;
  const next = sorted.find((v) => v < longest) ?? 0;
  const cut = next > 0 && longest > AID_BARS.cutRatio * next;
  const domainMax = cut ? next * AID_BARS.cutHeadroom : longest || 1;
  const scale = barScale(domainMax, plotWidth, 5);
  const axisMax = scale.max;
  const px = (v: number) => Math.min(plotWidth, Math.max(0, scale.x(v)));

  const rows: AidRow[] = [];
  const bars: PlacedAidBar[] = [];
  const nameHeight = compact ? AID_BARS.compactNameHeight : 0;
  const barHeight = layout === 'stacked' ? AID_BARS.stackHeight : AID_BARS.barHeight;
  let y = AID_BARS.top;

  for (const { code, name } of countries) {
    const groups = groupsOf(code);
    const note = notStatedNote((byCountry.get(code) ?? []).filter((c) => types.includes(c.type)));
    const rowTop = y;
    const barsTop = y + nameHeight;
    const barsHeight = groups.length ? groups.length * barHeight + (groups.length - 1) * AID_BARS.barGap : 0;
    const noteHeight = note ? AID_BARS.noteHeight : 0;
    const inner = Math.max(barsHeight + noteHeight, compact ? 0 : AID_BARS.barHeight);
    const row: AidRow = {
      country: code,
      name,
      y: rowTop,
      height: nameHeight + inner,
      // Above the bars on a phone, set in as far as the note under them: clear of the zero line.
      labelX: compact ? plotX + 4 : plotX - 8,
      labelY: compact ? rowTop + 12 : barsTop + (barsHeight || AID_BARS.noteHeight) / 2,
      bars: [],
      labels: [],
      note: note ? { key: `${code}:note`, x: plotX + 4, y: barsTop + barsHeight + noteHeight / 2 + (barsHeight ? 2 : 0), text: note, muted: true } : null,
    };
    groups.forEach((group, gi) => {
      const top = barsTop + gi * (barHeight + AID_BARS.barGap);
      let start = 0;
      for (const cell of group.cells) {
        const m = measuredOf(cell, code);
        const v = m?.value ?? 0;
        const x0 = plotX + px(start);
        const x1 = plotX + px(start + v);
        const isCut = start + (m?.max ?? 0) > axisMax;
        const extension = layout === 'grouped' && m && m.max > m.value ? { x: x1, width: Math.max(0, plotX + px(m.max) - x1) } : null;
        const end = extension ? extension.x + extension.width : x1;
        const bar: PlacedAidBar = {
          key: `${code}:${cell.type}`,
          country: code,
          countryName: name,
          type: cell.type,
          x: x0,
          y: top,
          width: Math.max(0, x1 - x0),
          height: barHeight,
          extension,
          openEnd: layout === 'grouped' && cell.standing === 'at-least' ? path([[end + 2, top + 2], [end + 2 + AID_BARS.openEnd - 3, top + barHeight / 2], [end + 2, top + barHeight - 2]]) : null,
          cutMark: isCut && (layout === 'grouped' || cell === group.cells[group.cells.length - 1]) ? cutMarkPath(end, top, barHeight) : null,
          cell,
          value: m,
          ariaLabel: `${name}, ${AID_TYPE_LABELS[cell.type]}: ${valueWords(cell, m, measure)}${isCut ? ' (bar cut short)' : ''}`,
        };
        bars.push(bar);
        row.bars.push(bar);
        start += v;
      }
      // A stack's total: its certain end, then what may also fall within the dates, then its label.
      const m = measuredOf(group.total, code);
      const solidEnd = plotX + px(m?.value ?? 0);
      let end = solidEnd;
      if (layout === 'stacked' && m && m.max > m.value) {
        const last = row.bars[row.bars.length - 1]!;
        last.extension = { x: solidEnd, width: Math.max(0, plotX + px(m.max) - solidEnd) };
        end = solidEnd + last.extension.width;
      } else if (layout === 'grouped') {
        const bar = row.bars[row.bars.length - 1]!;
        end = bar.extension ? bar.extension.x + bar.extension.width : bar.x + bar.width;
      }
      const open = group.total.standing === 'at-least';
      if (layout === 'stacked' && open) {
        row.bars[row.bars.length - 1]!.openEnd = path([[end + 2, top + 2], [end + 2 + AID_BARS.openEnd - 3, top + barHeight / 2], [end + 2, top + barHeight - 2]]);
      }
      row.labels.push({
        key: `${code}:${layout === 'stacked' ? 'total' : group.cells[0]!.type}`,
        x: end + AID_BARS.labelGap + (open ? AID_BARS.openEnd : 0),
        y: top + barHeight / 2,
        text: valueLabel(group.total, m, measure),
        muted: false,
      });
    });
    rows.push(row);
    y = rowTop + row.height + AID_BARS.rowGap;
  }

  const plotHeight = Math.max(0, y - AID_BARS.rowGap + 4 - AID_BARS.top);
  const ticks = scale.ticks(compact ? 3 : 5).map((t) => ({ x: plotX + scale.x(t), label: formatMeasureTick(t, measure) }));
  const axisLines = axisLabelLines(MEASURE_LABELS[measure].axis, cut, plotX + plotWidth);
  return {
    width,
    height: AID_BARS.top + plotHeight + AID_BARS.axisHeight + (axisLines.length - 1) * AXIS_TEXT.lineHeight,
    plot: { x: plotX, y: AID_BARS.top, width: plotWidth, height: plotHeight },
    compact,
    rows,
    bars,
    ticks,
    axisLines,
    cutAt: cut ? axisMax : null,
  };
}

/** Two slanted strokes across a bar's end: the bar is longer than the axis. */
function cutMarkPath(end: number, top: number, height: number): string {
  const stroke = (x: number) => path([[x, top + height + 3], [x + 6, top - 3]]);
  return `${stroke(end - 14)}${stroke(end - 8)}`;
}
