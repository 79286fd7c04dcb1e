import type { ChartTheme } from '../../components/theme';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedMarker } from './timeline-lanes';
import { BEGUN_BEFORE_ARROW, TIMELINE, categoryPath, markerPaint } from './timeline-constants';

/** One event: the bar of a period, its category's marker (hollow for a date not given to the day), an arrow when its date began before the plot's edge, and a ring when it is selected. */
export function TimelineMarker({ marker: m, theme, interaction }: { marker: PlacedMarker; theme: ChartTheme; interaction?: TimelineInteraction | undefined }) {
  const paint = markerPaint(m.event, theme);
  const span = m.spanX1 - m.spanX0;
  const selected = interaction?.selectedId === m.event.id;
  return (
    <>
      {m.shape === 'period' && span > TIMELINE.markerRadius + 2 && <rect x={m.spanX0} y={m.y - 2} width={span} height={4} rx={2} fill={theme.category[m.event.category]} pointerEvents="none" />}
      {m.begunBefore && <path transform={`translate(${m.x},${m.y})`} d={BEGUN_BEFORE_ARROW} fill={theme.category[m.event.category]} pointerEvents="none" />}
      <path
        ref={interaction?.refFor(m.key)}
        data-event={m.event.id}
        className={interaction ? 'timeline-marker' : undefined}
        transform={`translate(${m.x},${m.y})`}
        d={categoryPath(m.event.category)}
        fill={paint.fill}
        stroke={paint.stroke}
        strokeWidth={paint.strokeWidth}
        // The whole box of the marker takes the pointer: no extra hit shape per marker.
        pointerEvents={interaction ? 'bounding-box' : undefined}
        {...(interaction
          ? {
              role: 'button',
              tabIndex: interaction.focusKey === m.key ? 0 : -1,
              'aria-label': m.ariaLabel,
              'aria-pressed': selected,
              onClick: () => interaction.onSelect(m),
              onKeyDown: (e) => interaction.onKeyDown(m.key, e),
              onFocus: () => interaction.onFocusStop(m.key),
              onBlur: () => interaction.onHover(null),
              onPointerEnter: () => interaction.onHover(m.key),
              onPointerLeave: () => interaction.onHover(null),
            }
          : {})}
      />
      {selected && <circle cx={m.x} cy={m.y} r={10} fill="none" stroke={theme.text} strokeWidth={1.5} pointerEvents="none" />}
    </>
  );
}
