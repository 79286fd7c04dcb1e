import type { ChartTheme } from '../../components/theme';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedCluster } from './timeline-lanes';
import { barHeight } from './timeline-lanes';

/** Keys that move along a lane's count bars, as a step from the current one (or to an end). */
const BAR_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

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
  const barAt = (e: { currentTarget: Element; clientX: number }): PlacedCluster | null => {
    // From the pointer to the lane's coordinates: the target spans first.x0 … last.x1.
    const box = e.currentTarget.getBoundingClientRect();
    const x = box.width > 0 ? first.x0 + ((e.clientX - box.left) / box.width) * (last.x1 - first.x0) : e.clientX;
    return bars.find((c) => x >= c.column!.x0 - 1 && x <= c.column!.x1 + 1) ?? null;
  };
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
          onPointerMove={(e) => {
            const bar = barAt(e);
            if ((bar?.key ?? null) !== activeKey) interaction.onHoverBar(bar);
          }}
          onPointerLeave={() => interaction.onHoverBar(null)}
          onClick={(e) => {
            const bar = barAt(e);
            if (bar) interaction.onZoomBar(bar);
          }}
          onFocus={() => interaction.onHoverBar(current)}
          onBlur={() => interaction.onHoverBar(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              interaction.onZoomBar(current);
              return;
            }
            const step = BAR_STEPS[e.key];
            if (step === undefined) return;
            e.preventDefault();
            interaction.onHoverBar(bars[Math.max(0, Math.min(bars.length - 1, index + step))]!);
          }}
        />
      )}
    </g>
  );
}
