import { AXIS_TEXT } from './text-width';
import type { ChartTheme } from './theme';

/**
 * Vertical grid lines at the ticks, as one path: when the plot's height changes with the filters,
 * one attribute changes rather than one element per line.
 */
export function GridLines({ xs, y0, y1, stroke, opacity }: { xs: readonly number[]; y0: number; y1: number; stroke: string; opacity?: number }) {
  if (!xs.length) return null;
  return <path d={xs.map((x) => `M${x},${y0}V${y1}`).join('')} stroke={stroke} strokeOpacity={opacity} fill="none" pointerEvents="none" />;
}

/**
 * The value axis under horizontal bars: baseline, left edge, ticks and a label at the right, on as
 * many lines as it is given (one line each, the first where a one-line label goes).
 */
export function ValueAxis({ plot, ticks, label, theme }: { plot: { x: number; y: number; width: number; height: number }; ticks: readonly { x: number; label: string }[]; label: string | readonly string[]; theme: ChartTheme }) {
  const axisY = plot.y + plot.height;
  return (
    <>
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={axisY} stroke={theme.axis} />
      <line x1={plot.x} x2={plot.x + plot.width} y1={axisY} y2={axisY} stroke={theme.axis} />
      {/* The ticks move down together when the plot grows: one transform to change. */}
      <g transform={`translate(0,${axisY})`}>
        {ticks.map((t, i) => (
          // Keyed by place in the list: a new scale moves and relabels the ticks instead of replacing them.
          <g key={`tick-${i}`} transform={`translate(${t.x},0)`}>
            <line y2={4} stroke={theme.axis} />
            <text y={16} textAnchor="middle" fill={theme.textMuted} fontSize={AXIS_TEXT.fontSize}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
      <text x={plot.x + plot.width} y={axisY + 30} textAnchor="end" fill={theme.textMuted} fontSize={AXIS_TEXT.fontSize}>
        {typeof label === 'string'
          ? label
          : label.map((line, i) => (
              <tspan key={i} x={plot.x + plot.width} dy={i ? AXIS_TEXT.lineHeight : 0}>
                {line}
              </tspan>
            ))}
      </text>
    </>
  );
}
