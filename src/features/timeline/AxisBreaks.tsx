import type { ChartTheme } from '../../components/theme';
import type { AxisBreak } from './timeline-annotations';

/**
 * The compressed stretches of the axis, so that 1990–2000 is not read as as long as a month of
 * 2022: `shade` draws them across the lanes (under the marks), `cut` breaks the axis line in each
 * with // (over the axis). SVG only.
 */
export function AxisBreaks({ breaks, part, y0, y1, theme }: { breaks: readonly AxisBreak[]; part: 'shade' | 'cut'; y0: number; y1: number; theme: ChartTheme }) {
  return (
    <g data-axis-breaks={part} pointerEvents="none" aria-hidden="true">
      {breaks.map((b) => {
        if (part === 'shade') return b.x1 - b.x0 >= 2 ? <rect key={b.from} x={b.x0} y={y0} width={b.x1 - b.x0} height={y1 - y0} fill={theme.grid} fillOpacity={0.55} /> : null;
        const mid = (b.x0 + b.x1) / 2;
        return (
          <g key={b.from} data-break={`${b.from}-${b.to}`}>
            <rect x={mid - 4} y={y1 - 5} width={8} height={10} fill={theme.background} />
            <path d={`M${mid - 5},${y1 + 4}L${mid - 1},${y1 - 4}M${mid + 1},${y1 + 4}L${mid + 5},${y1 - 4}`} stroke={theme.axis} strokeWidth={1.25} fill="none" />
          </g>
        );
      })}
    </g>
  );
}
