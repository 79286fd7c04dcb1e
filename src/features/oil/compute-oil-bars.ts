import { scaleLinear } from 'd3-scale';
import type { OilRow } from '../../model/oil';
import { formatCompact, formatInteger, formatShare } from '../../model/format';

export const OIL_BARS = {
  compactBelow: 520,
  nameWidth: 104,
  labelWidth: 170,
  barHeight: 22,
  rowGap: 12,
  compactNameHeight: 18,
  axisHeight: 34,
  top: 8,
} as const;

/** One country's bar, in pixels. */
export interface PlacedOilBar {
  key: string;
  country: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  row: OilRow;
  /** "22,500,000 barrels · 58.7%". */
  label: string;
  labelX: number;
  labelY: number;
  nameX: number;
  nameY: number;
  ariaLabel: string;
}

export interface OilBarsLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { x: number; y: number; width: number; height: number };
  bars: PlacedOilBar[];
  ticks: { x: number; label: string }[];
}

/** Places the oil bars, largest first (the rows come sorted), for the given width. */
export function computeOilBars(rows: readonly OilRow[], names: ReadonlyMap<string, string>, width: number): OilBarsLayout {
  const compact = width < OIL_BARS.compactBelow;
  const plotX = compact ? 0 : OIL_BARS.nameWidth;
  const plotWidth = Math.max(40, width - plotX - (compact ? 8 : OIL_BARS.labelWidth));
  const max = Math.max(1, ...rows.map((r) => r.barrels));
  const x = scaleLinear().domain([0, max]).range([0, plotWidth]).nice(4);
  const nameHeight = compact ? OIL_BARS.compactNameHeight : 0;
  let y = OIL_BARS.top;
  const bars = rows.map((row) => {
    const name = names.get(row.country) ?? row.country;
    const barY = y + nameHeight;
    const barWidth = x(row.barrels);
    const label = `${formatInteger(row.barrels)} barrels · ${formatShare(row.share)}`;
    const bar: PlacedOilBar = {
      key: row.country,
      country: row.country,
      name,
      x: plotX,
      y: barY,
      width: barWidth,
      height: OIL_BARS.barHeight,
      row,
      label,
      labelX: compact ? plotX + width - 8 : plotX + barWidth + 6,
      labelY: compact ? y + 12 : barY + OIL_BARS.barHeight / 2,
      nameX: compact ? plotX : plotX - 8,
      nameY: compact ? y + 12 : barY + OIL_BARS.barHeight / 2,
      ariaLabel: `${name}: ${label} of the total`,
    };
    y = barY + OIL_BARS.barHeight + OIL_BARS.rowGap;
    return bar;
  });
  const plotHeight = Math.max(0, y - OIL_BARS.rowGap + 4 - OIL_BARS.top);
  return {
    width,
    height: OIL_BARS.top + plotHeight + OIL_BARS.axisHeight,
    compact,
    plot: { x: plotX, y: OIL_BARS.top, width: plotWidth, height: plotHeight },
    bars,
    ticks: x.ticks(compact ? 3 : 4).map((t) => ({ x: plotX + x(t), label: formatCompact(t) })),
  };
}
