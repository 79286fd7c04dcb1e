import type { ChartTheme } from '../../components/theme';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedCluster } from './timeline-lanes';
import { barHeight } from './timeline-lanes';

/**
 * A crowded lane's count bars, and on screen one slider over them: the pointer or the arrow keys
 * pick a bar, Enter or a click zooms in to it. One tab stop for the whole lane.
 */
export function CountBars({ bars, band, label, barMax, activeKey, theme, interaction }: { bars: readonly PlacedCluster[]; band: { top: number; bottom: number }; label: string; barMax: number; activeKey: string | null; theme: ChartTheme; interaction?: TimelineInteraction | undefined }) {
  if (!bars.length) return null;
  const first = bars[0]!.column!;
  const last = bars[bars.length - 1]!.column!;
  const index = Math.max(0, bars.findIndex((c) => c.key === activeKey));
  const current = bars[index]!;
  return (
    <g>
      {bars.map((c) => {
        const h = barHeight(c.count, barMax, band);
        return <rect key={c.key} x={c.column!.x0} y={band.bottom - h} width={c.column!.x1 - c.column!.x0} height={h} fill={theme.textMuted} stroke={c.key === activeKey ? theme.focus : 'none'} strokeWidth={2} pointerEvents="none" />;
      })}
      {interaction && (
        <rect
          className="timeline-columns"
          x={first.x0}
          y={band.top}
          width={last.x1 - first.x0}
          height={band.bottom - band.top}
          fill="transparent"
          cursor={activeKey ? 'pointer' : undefined}
          role="slider"
          tabIndex={0}
          aria-label={`Crowded stretches of ${label}: arrow keys choose one, Enter zooms in to it`}
          aria-valuemin={1}
          aria-valuemax={bars.length}
          aria-valuenow={index + 1}
          aria-valuetext={current.ariaLabel}
          onPointerMove={(e) => interaction.onBarsPointer(bars, e.clientX, e.currentTarget.getBoundingClientRect(), false)}
          onPointerLeave={() => interaction.onHoverBar(null)}
          onClick={(e) => interaction.onBarsPointer(bars, e.clientX, e.currentTarget.getBoundingClientRect(), true)}
          onFocus={() => interaction.onHoverBar(current)}
          onBlur={() => interaction.onHoverBar(null)}
          onKeyDown={(e) => interaction.onBarsKey(bars, current.key, e)}
        />
      )}
    </g>
  );
}
