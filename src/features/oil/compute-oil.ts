import { barScale } from '../../model/bar-scale';
import type { OilRelease } from '../../data/schema';
import { formatCompact } from '../../model/format';
import { oilRows, overlaps, type OilRow } from '../../model/oil';
import type { DayWindow } from '../../model/window';
import { FONT_METRICS, textWidth } from '../../components/text-width';

/**
 * Sizes of the oil chart (px). Where the names, bars and labels do not fit side by side with room
 * for the bars, each name sits on its own line above its bar (the compact layout).
 */
export const OIL_LAYOUT = {
  fontSize: 12,
  /** The smaller, muted type of a bar's note ("2022, no day given"). */
  noteSize: 11,
  barHeight: 22,
  rowGap: 14,
  /** The most a bar and the gap after it grow to fill a fixed height (a slide): no giant bars for one country. */
  maxBarHeight: 44,
  maxRowGap: 30,
  /** Height of the line that holds the name (and value) above a bar in the compact layout. */
  nameLine: 18,
  /** Space between a name, or the end of a bar, and the text beside it. */
  textGap: 8,
  axisHeight: 36,
  top: 6,
  /** The narrowest the bars get, however long the names and labels. */
  minPlot: 60,
  /** Side by side, the bars get at least this share of the width (and this many px), or the layout is compact. */
  minWideShare: 0.4,
  minWidePlot: 160,
} as const;

/** What the oil chart shows under the filters: the rows it draws and what it leaves out, and why. */
export interface OilSeries {
  /** The selected countries with releases within the dates, largest first. */
  rows: OilRow[];
  /** Barrels released within the dates by every country in the data (selected or not). */
  total: number;
  /** Every release within the dates, selected or not: what the shares are of. */
  inWindow: OilRelease[];
  /** Countries (in the data's order of releases) with a release within the dates, selected or not. */
  releasing: string[];
  /** Selected countries for which the data holds no release at all (Singapore). */
  unrecorded: string[];
  /** Selected countries whose releases all lie outside the dates, with those releases. */
  outside: { country: string; records: OilRelease[] }[];
  /** The selected countries, in the data's order. */
  selected: readonly string[];
  /** Whether the data holds any oil release at all. */
  anyRecorded: boolean;
}

/** The rows and gaps of the oil chart: the selected countries' releases within the window. */
export function oilSeries(oil: readonly OilRelease[], countries: readonly string[], window: DayWindow): OilSeries {
  const { rows, total } = oilRows(oil, countries, window);
  const inWindow = oil.filter((r) => overlaps(r, window));
  const releasing = [...new Set(inWindow.map((r) => r.country))];
  const drawn = new Set(rows.map((r) => r.country));
  const unrecorded: string[] = [];
  const outside: OilSeries['outside'] = [];
  for (const country of countries) {
    if (drawn.has(country)) continue;
    const records = oil.filter((r) => r.country === country);
    if (records.length) outside.push({ country, records });
    else unrecorded.push(country);
  }
  return { rows, total, inWindow, releasing, unrecorded, outside, selected: countries, anyRecorded: oil.length > 0 };
}

/** One bar to place, with the texts it carries (written in describe-oil). */
export interface OilBarInput {
  /** The ids of the records the bar sums, joined: the mark's identity. */
  key: string;
  country: string;
  row: OilRow;
  name: string;
  /** "22,500,000 barrels · 58.7%". */
  label: string;
  /** The standing of a release the dates cut, drawn small and grey after the label: "2022, no day given". */
  note: string | null;
  ariaLabel: string;
}

/** Everything the oil chart's layout depends on besides the width. */
export interface OilLayoutInput {
  bars: readonly OilBarInput[];
  axisLabel: string;
}

/** A text placed in the chart. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
}

/** One country's bar, its texts and its hover and focus target, in pixels. */
export interface PlacedOilBar {
  key: string;
  country: string;
  row: OilRow;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Of the width, the part for barrels dated within the dates (solid); the rest may fall outside them (lighter). */
  withinWidth: number;
  name: PlacedText;
  label: PlacedText;
  note: PlacedText | null;
  ariaLabel: string;
  /** The whole row (name, bar and label): what the pointer and the focus ring cover. */
  target: { x: number; y: number; width: number; height: number };
}

/** A vertical rule at a tick, from y1 to y2; the one at zero is the axis. */
export interface PlacedRule {
  key: string;
  x: number;
  y1: number;
  y2: number;
  zero: boolean;
}

/** The oil chart laid out at one width: the only place its pixels are worked out. */
export interface OilLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { x: number; y: number; width: number; height: number };
  bars: PlacedOilBar[];
  /** Grid lines and the zero line, cut where a name or label lies on them; narrow, across the bars only. */
  rules: PlacedRule[];
  baseline: { x1: number; x2: number; y: number };
  ticks: { key: string; x: number; y: number; label: PlacedText }[];
  axisLabel: PlacedText;
}

/** Room kept between a text and a line that passes it (px). */
const TEXT_CLEARANCE = 4;

/**
 * How much wider than the estimate a text may be drawn: the estimate is for an average sans-serif,
 * and some system fonts (DejaVu Sans, Linux's usual system-ui) are wider, in bold more so.
 */
const WIDER = { regular: 1.1, bold: 1.2 } as const;

/** The box a text of width `w` covers, with clearance around it. */
function textBox(t: PlacedText, w: number, fontSize: number) {
  const x0 = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
  // The text is drawn centred on y (dy 0.35em): its baseline is 0.35em below, and the font's line box reaches from there.
  const baseline = t.y + 0.35 * fontSize;
  return {
    x0: x0 - TEXT_CLEARANCE,
    x1: x0 + w + TEXT_CLEARANCE,
    y0: baseline - FONT_METRICS.ascent * fontSize - TEXT_CLEARANCE / 2,
    y1: baseline + FONT_METRICS.descent * fontSize + TEXT_CLEARANCE / 2,
  };
}

/** The parts of [from, to] that no box covers. */
function openSpans(from: number, to: number, boxes: readonly { y0: number; y1: number }[]): [number, number][] {
  const spans: [number, number][] = [];
  let y = from;
  for (const b of [...boxes].sort((a, c) => a.y0 - c.y0)) {
    if (b.y0 > y) spans.push([y, Math.min(b.y0, to)]);
    y = Math.max(y, b.y1);
  }
  if (y < to) spans.push([y, to]);
  return spans.filter(([a, c]) => c - a > 0.5);
}

/** The sizes of the rows: the defaults, or grown to fill a given height. */
function rowSizes(rows: number, textLines: number, height: number | undefined) {
  const L = OIL_LAYOUT;
  const sizes: { barHeight: number; rowGap: number } = { barHeight: L.barHeight, rowGap: L.rowGap };
  if (height === undefined || rows === 0) return sizes;
  const natural = L.top + textLines * L.nameLine + rows * (L.barHeight + L.rowGap) - L.rowGap / 2 + L.axisHeight;
  const extra = (height - natural) / rows;
  if (extra <= 0) return sizes;
  sizes.barHeight = Math.min(L.maxBarHeight, L.barHeight + extra * 0.6);
  sizes.rowGap = Math.min(L.maxRowGap, L.rowGap + extra - (sizes.barHeight - L.barHeight));
  return sizes;
}

/**
 * Places the oil bars in the order given (largest first) at the given width; given a height (a
 * fixed-size image), the bars and the gaps between them grow to fill it, up to a limit.
 */
export function computeOil(input: OilLayoutInput, width: number, height?: number): OilLayout {
  const L = OIL_LAYOUT;
  const nameWidths = input.bars.map((b) => textWidth(b.name, L.fontSize) * WIDER.bold);
  const labelWidths = input.bars.map((b) => textWidth(b.label, L.fontSize) * WIDER.regular);
  const noteWidths = input.bars.map((b) => (b.note ? textWidth(b.note, L.noteSize) * WIDER.regular : 0));
  const tailWidths = input.bars.map((_, i) => (labelWidths[i] ?? 0) + (noteWidths[i] ? L.textGap * 0.75 + (noteWidths[i] ?? 0) : 0));
  const widestName = Math.max(0, ...nameWidths);
  const widestTail = Math.max(0, ...tailWidths);

  // Wide: names in a column left of the axis, labels (and notes) after the bars. Compact: a line above
  // each bar holds the name (left) and the label (right), or the two on lines of their own when they do
  // not fit, and a note on a line of its own.
  const widePlot = width - Math.ceil(widestName + L.textGap) - Math.ceil(widestTail + L.textGap);
  const compact = widePlot < Math.max(L.minWidePlot, width * L.minWideShare);
  const plotX = compact ? 0 : Math.ceil(widestName + L.textGap);
  const plotWidth = Math.max(L.minPlot, compact ? width : widePlot);
  const max = Math.max(1, ...input.bars.map((b) => b.row.barrels));
  const scale = barScale(max, plotWidth, 4);
  const x = scale.x;

  const lines = input.bars.map((bar, i) => {
    const twoLines = compact && (nameWidths[i] ?? 0) + L.textGap * 2 + (labelWidths[i] ?? 0) > width;
    return compact ? (twoLines ? 2 : 1) + (bar.note ? 1 : 0) : 0;
  });
  const { barHeight, rowGap } = rowSizes(input.bars.length, lines.reduce((a, b) => a + b, 0), height);

  let y = L.top;
  const bars = input.bars.map((bar, i): PlacedOilBar => {
    const textLines = lines[i] ?? 0;
    const twoLines = textLines - (bar.note ? 1 : 0) === 2;
    const top = y;
    const barY = top + textLines * L.nameLine;
    const barWidth = x(bar.row.barrels) ?? 0;
    const middle = barY + barHeight / 2;
    const firstLine = top + L.nameLine / 2;
    y = barY + barHeight + rowGap;
    const labelEnd = plotX + barWidth + L.textGap + (labelWidths[i] ?? 0);
    return {
      key: bar.key,
      country: bar.country,
      row: bar.row,
      x: plotX,
      y: barY,
      width: barWidth,
      height: barHeight,
      withinWidth: x(bar.row.within) ?? 0,
      name: compact ? { x: 0, y: firstLine, text: bar.name, anchor: 'start' } : { x: plotX - L.textGap, y: middle, text: bar.name, anchor: 'end' },
      label: compact
        ? twoLines
          ? { x: 0, y: firstLine + L.nameLine, text: bar.label, anchor: 'start' }
          : { x: width, y: firstLine, text: bar.label, anchor: 'end' }
        : { x: plotX + barWidth + L.textGap, y: middle, text: bar.label, anchor: 'start' },
      note: bar.note
        ? compact
          ? { x: 0, y: firstLine + (textLines - 1) * L.nameLine, text: bar.note, anchor: 'start' }
          : { x: labelEnd + L.textGap * 0.75, y: middle, text: bar.note, anchor: 'start' }
        : null,
      ariaLabel: bar.ariaLabel,
      target: { x: 0, y: top - rowGap / 2, width, height: barY + barHeight - top + rowGap },
    };
  });

  const plotHeight = Math.max(0, y - rowGap / 2 - L.top);
  const axisY = L.top + plotHeight;
  const tickValues = scale.ticks(compact ? 3 : 4);
  const texts = bars.flatMap((b, i) => [
    textBox(b.name, nameWidths[i] ?? 0, L.fontSize),
    textBox(b.label, labelWidths[i] ?? 0, L.fontSize),
    ...(b.note ? [textBox(b.note, noteWidths[i] ?? 0, L.noteSize)] : []),
  ]);
  // The lines run the plot's full height and are cut only where a name, label or note lies on them.
  // Narrow, a line would pass through every row's name and value above its bar, which give each
  // value exactly: the axis keeps its ticks and there are no lines.
  const rules = (compact ? [] : tickValues).flatMap((t) => {
    const at = plotX + (x(t) ?? 0);
    const crossing = texts.filter((b) => at >= b.x0 && at <= b.x1);
    return openSpans(L.top, axisY, crossing).map(([y1, y2], i) => ({ key: `${t}-${i}`, x: at, y1, y2, zero: t === 0 }));
  });

  return {
    width,
    height: axisY + L.axisHeight,
    compact,
    plot: { x: plotX, y: L.top, width: plotWidth, height: plotHeight },
    bars,
    rules,
    baseline: { x1: plotX, x2: plotX + plotWidth, y: axisY },
    ticks: tickValues.map((t) => ({ key: String(t), x: plotX + (x(t) ?? 0), y: axisY, label: { x: 0, y: 16, text: formatCompact(t), anchor: 'middle' } })),
    axisLabel: { x: plotX + plotWidth, y: axisY + 31, text: input.axisLabel, anchor: 'end' },
  };
}
