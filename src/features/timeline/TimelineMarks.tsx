import { GridLines } from '../../components/BarChartParts';
import type { ChartTheme } from '../../components/theme';
import type { TimelineLayout } from './compute-timeline';
import { LaneMarks } from './LaneMarks';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedCluster } from './timeline-lanes';
import { TimelineAxis } from './TimelineAxis';

/** Props of the timeline's drawing. */
export interface TimelineMarksProps {
  layout: TimelineLayout;
  theme: ChartTheme;
  /** Countries under the pointer anywhere on the page: other countries' lanes are dimmed. */
  highlighted: readonly string[];
  interaction?: TimelineInteraction | undefined;
  /** The count bar under the pointer or chosen from the keyboard. */
  activeBar?: PlacedCluster | null;
}

/** Draws lanes, their names, the axis, markers, badges and count bars, as laid out. SVG only. */
export function TimelineMarks({ layout, theme, highlighted, interaction, activeBar = null }: TimelineMarksProps) {
  const { plot } = layout;
  const axisY = plot.y + plot.height;
  const opacity = (country: string | null) => (!highlighted.length || country === null || highlighted.includes(country) ? 1 : 0.25);
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      {layout.lanes.map((lane, i) => (
        <rect
          key={`lane-${lane.key}`}
          x={0}
          y={lane.y}
          width={layout.width}
          height={lane.height}
          fill={i % 2 ? theme.background : theme.surface}
          onPointerEnter={interaction ? () => interaction.onHoverCountry(lane.country) : undefined}
          onPointerLeave={interaction ? () => interaction.onHoverCountry(null) : undefined}
        />
      ))}
      <GridLines xs={layout.ticks.map((t) => t.x)} y0={plot.y} y1={axisY} stroke={theme.grid} opacity={0.7} />
      {layout.lanes.map((lane) => (
        <text
          key={`label-${lane.key}`}
          x={lane.labelX}
          y={lane.y + lane.layout.labelY}
          dy="0.35em"
          opacity={opacity(lane.country)}
          fontWeight={600}
          textAnchor={layout.compact ? 'start' : 'end'}
          fill={theme.text}
          onPointerEnter={interaction ? () => interaction.onHoverCountry(lane.country) : undefined}
          onPointerLeave={interaction ? () => interaction.onHoverCountry(null) : undefined}
        >
          {lane.label}
        </text>
      ))}
      {layout.lanes.map((lane) => (
        <g key={`marks-${lane.key}`} transform={`translate(0,${lane.y})`} opacity={opacity(lane.country)}>
          <LaneMarks layout={lane.layout} label={lane.label} barMax={layout.barMax} activeKey={activeBar?.lane === lane.key ? activeBar.key : null} theme={theme} interaction={interaction} />
        </g>
      ))}
      <TimelineAxis ticks={layout.ticks} x0={plot.x} x1={plot.x + plot.width} y={axisY} theme={theme} />
    </g>
  );
}
