import type { ChartTheme } from '../../components/theme';
import { AXIS_TEXT } from '../../components/text-width';
import type { AxisTick } from './timeline-axis';

/** The time axis under the lanes: its line, ticks and labels on two lines (placed by `axisTicks`). */
export function TimelineAxis({ ticks, x0, x1, y, theme }: { ticks: readonly AxisTick[]; x0: number; x1: number; y: number; theme: ChartTheme }) {
  return (
    <g transform={`translate(0,${y})`} pointerEvents="none">
      <line x1={x0} x2={x1} stroke={theme.axis} />
      {ticks.map((t) => (
        <g key={`tick-${t.label}-${Math.round(t.x)}`} transform={`translate(${t.x},0)`}>
          <line y2={t.row ? 22 : 4} stroke={theme.axis} />
          <text x={t.row ? 3 : 0} y={t.row ? 31 : 15} textAnchor={t.anchor} fill={t.row ? theme.text : theme.textMuted} fontWeight={t.row ? 600 : 400} fontSize={AXIS_TEXT.fontSize}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
