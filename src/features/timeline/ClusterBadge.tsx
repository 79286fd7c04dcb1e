import type { ChartTheme } from '../../components/theme';
import { formatInteger } from '../../model/format';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedCluster } from './timeline-lanes';
import { TIMELINE } from './timeline-constants';

/** A "+N" badge for events too close to draw apart; on screen it opens the list of them. */
export function ClusterBadge({ cluster: c, theme, interaction }: { cluster: PlacedCluster; theme: ChartTheme; interaction?: TimelineInteraction | undefined }) {
  const half = TIMELINE.badgeHalfWidth;
  return (
    <g
      ref={interaction?.refFor(c.key)}
      className={interaction ? 'timeline-marker' : undefined}
      transform={`translate(${c.x},${c.y})`}
      {...(interaction
        ? {
            role: 'button',
            tabIndex: interaction.focusKey === c.key ? 0 : -1,
            'aria-label': c.ariaLabel,
            'aria-haspopup': 'dialog' as const,
            onClick: () => interaction.onOpenCluster(c),
            onKeyDown: (e) => interaction.onKeyDown(c.key, e),
            onFocus: () => interaction.onFocusStop(c.key),
            onBlur: () => interaction.onHover(null),
            onPointerEnter: () => interaction.onHover(c.key),
            onPointerLeave: () => interaction.onHover(null),
          }
        : {})}
    >
      <rect x={-half} y={-8} width={half * 2} height={16} rx={8} fill={theme.textMuted} />
      <text textAnchor="middle" dy="0.35em" fontSize={c.count > 99 ? 8 : 10} fontWeight={700} fill={theme.background}>
        +{c.count > 999 ? `${Math.floor(c.count / 1000)}k` : formatInteger(c.count)}
      </text>
    </g>
  );
}
