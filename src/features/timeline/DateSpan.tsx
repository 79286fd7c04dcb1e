import type { ChartTheme } from '../../components/theme';
import type { PlacedMarker } from './timeline-lanes';

/**
 * The time a date not given to the day may fall in (its month, year or decade), drawn while its
 * marker is hovered, focused or selected: a line in its category's colour with a tick at each end
 * in view (none where it runs on past the plot's edge), or an arrow for one dated "or later", whose end is open.
 */
export function DateSpan({ marker: m, laneY, theme }: { marker: PlacedMarker; laneY: number; theme: ChartTheme }) {
  const color = theme.category[m.event.category];
  const y = laneY + m.y;
  return (
    <g pointerEvents="none" data-span={m.event.id}>
      <line x1={m.spanX0} x2={m.spanX1} y1={y} y2={y} stroke={color} strokeWidth={2} />
      {!m.begunBefore && <line x1={m.spanX0} x2={m.spanX0} y1={y - 5} y2={y + 5} stroke={color} strokeWidth={2} />}
      {m.endsInView && <line x1={m.spanX1} x2={m.spanX1} y1={y - 5} y2={y + 5} stroke={color} strokeWidth={2} />}
      {m.openEnd && <path d={`M${m.spanX1 - 7},${y - 4}L${m.spanX1},${y}L${m.spanX1 - 7},${y + 4}`} fill="none" stroke={color} strokeWidth={2} />}
    </g>
  );
}
