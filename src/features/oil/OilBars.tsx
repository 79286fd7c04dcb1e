import type { FocusEvent, PointerEvent } from 'react';
import type { ChartTheme } from '../../components/theme';
import type { OilBarsLayout, PlacedOilBar } from './compute-oil-bars';

/** Handlers that make the bars interactive on screen; absent in exported images. */
export interface OilBarsInteraction {
  activeKey: string | null;
  onEnter: (bar: PlacedOilBar, event: PointerEvent | FocusEvent) => void;
  onLeave: () => void;
}

/** Draws the placed oil bars as SVG. Computes nothing. */
export function OilBars({ layout, theme, highlighted, interaction }: { layout: OilBarsLayout; theme: ChartTheme; highlighted: string | null; interaction?: OilBarsInteraction }) {
  const { plot } = layout;
  const axisY = plot.y + plot.height;
  const dim = (country: string) => (highlighted && highlighted !== country ? 0.28 : 1);
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      {layout.ticks.map((t) => (
        <line key={`grid-${t.x}`} x1={t.x} x2={t.x} y1={plot.y} y2={axisY} stroke={theme.grid} />
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.key} opacity={dim(bar.country)}>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={theme.bar} stroke={interaction?.activeKey === bar.key ? theme.text : 'none'} strokeWidth={1.5} />
          <text x={bar.nameX} y={bar.nameY} dy="0.35em" textAnchor={layout.compact ? 'start' : 'end'} fill={theme.text} fontWeight={600}>
            {bar.name}
          </text>
          <text x={bar.labelX} y={bar.labelY} dy="0.35em" textAnchor={layout.compact ? 'end' : 'start'} fill={theme.text}>
            {bar.label}
          </text>
        </g>
      ))}
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={axisY} stroke={theme.axis} />
      <line x1={plot.x} x2={plot.x + plot.width} y1={axisY} y2={axisY} stroke={theme.axis} />
      {layout.ticks.map((t) => (
        <g key={`tick-${t.x}`} transform={`translate(${t.x},${axisY})`}>
          <line y2={4} stroke={theme.axis} />
          <text y={16} textAnchor="middle" fill={theme.textMuted} fontSize={11}>
            {t.label}
          </text>
        </g>
      ))}
      <text x={plot.x + plot.width} y={axisY + 30} textAnchor="end" fill={theme.textMuted} fontSize={11}>
        Barrels released
      </text>
      {interaction &&
        layout.bars.map((bar) => (
          <rect
            key={`hit-${bar.key}`}
            className="chart-target"
            x={bar.x}
            y={bar.y}
            width={Math.max(bar.width, 24)}
            height={bar.height}
            fill="transparent"
            tabIndex={0}
            role="img"
            aria-label={bar.ariaLabel}
            onPointerEnter={(e) => interaction.onEnter(bar, e)}
            onPointerLeave={interaction.onLeave}
            onFocus={(e) => interaction.onEnter(bar, e)}
            onBlur={interaction.onLeave}
          />
        ))}
    </g>
  );
}
