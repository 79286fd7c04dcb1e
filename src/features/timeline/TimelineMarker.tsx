import type { ChartTheme } from '../../components/theme';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedMarker } from './timeline-lanes';
import { CATEGORY_STYLE, TIMELINE, categoryPath } from './timeline-constants';

/** One event: the line or bar of its date, its category's marker, and a ring when it is selected. */
export function TimelineMarker({ marker: m, theme, interaction }: { marker: PlacedMarker; theme: ChartTheme; interaction?: TimelineInteraction | undefined }) {
  const style = CATEGORY_STYLE[m.event.category];
  const color = theme.category[m.event.category];
  const span = m.spanX1 - m.spanX0;
  // A line or bar shorter than the marker would only clutter it: the date's shape shows once it reaches past.
  const reaches = span > TIMELINE.markerRadius + 2;
  const selected = interaction?.selectedId === m.event.id;
  return (
    <>
      {m.shape === 'period' && reaches && <rect x={m.spanX0} y={m.y - 2.5} width={span} height={5} rx={2.5} fill={color} fillOpacity={0.55} pointerEvents="none" />}
      {m.shape === 'uncertain' && reaches && (
        <>
          <line x1={m.spanX0} x2={m.spanX1} y1={m.y} y2={m.y} stroke={theme.textMuted} strokeWidth={1.25} strokeDasharray="3 3" pointerEvents="none" />
          {m.endsInView && <line x1={m.spanX1} x2={m.spanX1} y1={m.y - 4} y2={m.y + 4} stroke={theme.textMuted} strokeWidth={1.25} pointerEvents="none" />}
        </>
      )}
      <path
        ref={interaction?.refFor(m.key)}
        data-event={m.event.id}
        className={interaction ? 'timeline-marker' : undefined}
        transform={`translate(${m.x},${m.y})`}
        d={categoryPath(m.event.category)}
        fill={style.stroke ? 'none' : color}
        stroke={style.stroke ? color : theme.markerStroke}
        strokeWidth={style.stroke ? 2.25 : 0.8}
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
