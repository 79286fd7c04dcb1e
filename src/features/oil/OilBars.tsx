import { BarTargets, GridLines, ValueAxis, type BarInteraction } from '../../components/BarChartParts';
import type { ChartTheme } from '../../components/theme';
import type { OilBarsLayout, PlacedOilBar } from './compute-oil-bars';

/** Handlers that make the bars interactive on screen; absent in exported images. */
export type OilBarsInteraction = BarInteraction<PlacedOilBar>;

/** Draws the placed oil bars as SVG. Computes nothing. */
export function OilBars({ layout, theme, highlighted, interaction }: { layout: OilBarsLayout; theme: ChartTheme; highlighted: string | null; interaction?: OilBarsInteraction }) {
  const { plot } = layout;
  const axisY = plot.y + plot.height;
  const dim = (country: string) => (highlighted && highlighted !== country ? 0.28 : 1);
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      <GridLines xs={layout.ticks.map((t) => t.x)} y0={plot.y} y1={axisY} stroke={theme.grid} />
      {/* A bar is one group at its top: when rows close up or open, each moves with one transform. */}
      {layout.bars.map((bar) => (
        <g key={bar.key} transform={`translate(0,${bar.y})`} opacity={dim(bar.country)}>
          <rect x={bar.x} width={bar.width} height={bar.height} fill={theme.bar} stroke={interaction?.activeKey === bar.key ? theme.text : 'none'} strokeWidth={1.5} />
          <text x={bar.nameX} y={bar.nameY - bar.y} dy="0.35em" textAnchor={layout.compact ? 'start' : 'end'} fill={theme.text} fontWeight={600}>
            {bar.name}
          </text>
          <text x={bar.labelX} y={bar.labelY - bar.y} dy="0.35em" textAnchor={layout.compact ? 'end' : 'start'} fill={theme.text}>
            {bar.label}
          </text>
        </g>
      ))}
      <ValueAxis plot={plot} ticks={layout.ticks} label="Barrels released" theme={theme} />
      {interaction &&
        layout.bars.map((bar) => (
          <g key={`hit-${bar.key}`} transform={`translate(0,${bar.y})`}>
            <BarTargets bars={[bar]} originY={bar.y} interaction={interaction} />
          </g>
        ))}
    </g>
  );
}
