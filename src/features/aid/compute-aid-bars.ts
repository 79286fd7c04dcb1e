import { scaleLinear } from 'd3-scale';
import type { AidType } from '../../data/schema';
import type { AidCell } from '../../model/aid';
import { AXIS_TEXT, textWidth, wrapText } from '../../components/text-width';
import { formatMeasureShort, formatMeasureTick } from '../../model/format';
import { MEASURE_LABELS, normalise, type Indicator, type Measure } from '../../model/measures';
import type { Layout } from '../../model/measures';
import { AID_BARS, AID_TYPE_LABELS } from './aid-constants';

/** What the aid chart is asked to draw. */
export interface AidBarsInput {
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
  width: number;
  height: number;
  /** Value in the measure; null when the measure has no indicator for the country. */
  value: number | null;
  usd: number;
  /** True when the bar runs past the axis and is drawn cut. */
  cut: boolean;
  cell: AidCell;
  ariaLabel: string;
}

/** A value label at the end of a bar or stack. */
export interface AidBarLabel {
  key: string;
  country: string;
  x: number;
  y: number;
  text: string;
  muted: boolean;
}

export interface AidRow {
  country: string;
  name: string;
  /** Top and height of the row's band. */
  y: number;
  height: number;
  /** Where the country's name is written. */
  labelX: number;
  labelY: number;
  /** The row's bars and labels (the same objects as in the layout's flat lists), drawn as one group. */
  bars: PlacedAidBar[];
  labels: AidBarLabel[];
}

/** The placed chart: everything the SVG component draws, and nothing it has to compute. */
export interface AidBarsLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  compact: boolean;
  rows: AidRow[];
  bars: PlacedAidBar[];
  labels: AidBarLabel[];
  ticks: { x: number; label: string }[];
  /** What the axis measures, e.g. "US dollars per person". */
  axisLabel: string;
  /** The axis label as drawn: with the note on cut bars when there are any, on lines that fit the chart. */
  axisLines: string[];
  /** Where the axis was cut (in the measure), when a bar is too long to draw in full. */
  cutAt: number | null;
}

const valueOf = (cell: AidCell, measure: Measure, indicators: AidBarsInput['indicators']) =>
  normalise(cell.usd, measure, indicators[cell.country]);

/** Said under the axis when a bar is cut. */
export const CUT_NOTE = 'bars marked // are cut short; their full value is printed';

/**
 * The axis label's lines. It ends at the plot's right edge and may run left to the chart's, `room`
 * px; when the label and the note on cut bars do not fit there on one line, each gets its own.
 */
function axisLabelLines(axis: string, cut: boolean, room: number): string[] {
  const oneLine = cut ? `${axis} · ${CUT_NOTE}` : axis;
  if (textWidth(oneLine, AXIS_TEXT.fontSize) <= room) return [oneLine];
  return (cut ? [axis, CUT_NOTE] : [axis]).flatMap((text) => wrapText(text, room, AXIS_TEXT.fontSize));
}

/** Places the aid bars for the given size. Pure: the same input gives the same layout. */
export function computeAidBars(input: AidBarsInput): AidBarsLayout {
  const { cells, countries, types, measure, indicators, layout, width } = input;
  const compact = width < AID_BARS.compactBelow;
  const left = compact ? 0 : AID_BARS.nameWidth;
  const plotX = left;
  const plotWidth = Math.max(40, width - left - AID_BARS.labelWidth);
  const byKey = new Map(cells.map((c) => [`${c.country}:${c.type}`, c]));
  const names = new Map(countries.map((c) => [c.code, c.name]));

  // The lengths the axis must hold: each bar (grouped) or each country's stack (stacked).
  const lengths: number[] = [];
  for (const { code } of countries) {
    const values = types.map((t) => {
      const cell = byKey.get(`${code}:${t}`);
      return cell ? (valueOf(cell, measure, indicators) ?? 0) : 0;
    });
    if (layout === 'stacked') lengths.push(values.reduce((a, b) => a + b, 0));
    else lengths.push(...values);
  }
  const sorted = [...lengths].sort((a, b) => b - a);
  const longest = sorted[0] ?? 0;
  const next = sorted.find((v) => v < longest) ?? 0;
  const cut = next > 0 && longest > AID_BARS.cutRatio * next;
  const domainMax = cut ? next * AID_BARS.cutHeadroom : longest || 1;
  const x = scaleLinear().domain([0, domainMax]).range([0, plotWidth]).nice(5);
  const axisMax = x.domain()[1] as number;
  const px = (v: number) => Math.min(plotWidth, x(v));

  const rowInner = layout === 'stacked' ? AID_BARS.stackHeight : types.length * AID_BARS.barHeight + (types.length - 1) * AID_BARS.barGap;
  const nameHeight = compact ? AID_BARS.compactNameHeight : 0;
  const rows: AidRow[] = [];
  const bars: PlacedAidBar[] = [];
  const labels: AidBarLabel[] = [];
  let y = AID_BARS.top;

  for (const { code, name } of countries) {
    const rowTop = y;
    const barsTop = y + nameHeight;
    const row: AidRow = {
      country: code,
      name,
      y: rowTop,
      height: nameHeight + rowInner,
      labelX: compact ? plotX : plotX - 8,
      labelY: compact ? rowTop + 12 : barsTop + rowInner / 2,
      bars: [],
      labels: [],
    };
    rows.push(row);
    let stackStart = 0;
    let stackHasIndicator = true;
    types.forEach((type, i) => {
      const cell = byKey.get(`${code}:${type}`) ?? { country: code, type, usd: 0, before: 0, atEnd: 0, records: [] };
      const value = valueOf(cell, measure, indicators);
      if (value === null) stackHasIndicator = false;
      const v = value ?? 0;
      const barY = layout === 'stacked' ? barsTop : barsTop + i * (AID_BARS.barHeight + AID_BARS.barGap);
      const barH = layout === 'stacked' ? AID_BARS.stackHeight : AID_BARS.barHeight;
      const start = layout === 'stacked' ? stackStart : 0;
      const x0 = plotX + px(start);
      const x1 = plotX + px(start + v);
      const isCut = start + v > axisMax;
      const valueText = value === null ? 'no population or GDP figure' : v > 0 ? formatMeasureShort(v, measure) : 'no stated value';
      const bar: PlacedAidBar = {
        key: `${code}:${type}`,
        country: code,
        countryName: names.get(code) ?? code,
        type,
        x: x0,
        y: barY,
        width: Math.max(0, x1 - x0),
        height: barH,
        value,
        usd: cell.usd,
        cut: isCut,
        cell,
        ariaLabel: `${name}, ${AID_TYPE_LABELS[type]}: ${valueText}${isCut ? ' (bar cut short)' : ''}`,
      };
      bars.push(bar);
      row.bars.push(bar);
      if (layout === 'grouped') {
        row.labels.push({
          key: `${code}:${type}`,
          country: code,
          x: x1 + 6,
          y: barY + barH / 2,
          text: value === null ? 'no data' : v > 0 ? formatMeasureShort(v, measure) : 'none stated',
          muted: !(v > 0) || value === null,
        });
      }
      stackStart += v;
    });
    if (layout === 'stacked') {
      row.labels.push({
        key: `${code}:total`,
        country: code,
        x: plotX + px(stackStart) + 6,
        y: barsTop + AID_BARS.stackHeight / 2,
        text: !stackHasIndicator && stackStart === 0 ? 'no data' : stackStart > 0 ? formatMeasureShort(stackStart, measure) : 'none stated',
        muted: !(stackStart > 0),
      });
    }
    labels.push(...row.labels);
    y = barsTop + rowInner + AID_BARS.rowGap;
  }

  const plotHeight = Math.max(0, y - AID_BARS.rowGap + 4 - AID_BARS.top);
  const ticks = x.ticks(compact ? 3 : 5).map((t) => ({ x: plotX + x(t), label: formatMeasureTick(t, measure) }));
  const axisLines = axisLabelLines(MEASURE_LABELS[measure].axis, cut, plotX + plotWidth);
  return {
    width,
    height: AID_BARS.top + plotHeight + AID_BARS.axisHeight + (axisLines.length - 1) * AXIS_TEXT.lineHeight,
    plot: { x: plotX, y: AID_BARS.top, width: plotWidth, height: plotHeight },
    compact,
    rows,
    bars,
    labels,
    ticks,
    axisLabel: MEASURE_LABELS[measure].axis,
    axisLines,
    cutAt: cut ? axisMax : null,
  };
}
