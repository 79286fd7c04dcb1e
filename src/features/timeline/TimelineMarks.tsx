import { GridLines } from '../../components/BarChartParts';
import type { ChartTheme } from '../../components/theme';
import { AxisBreaks } from './AxisBreaks';
import type { TimelineLayout } from './compute-timeline';
import { DateSpan } from './DateSpan';
import { KeyLabels } from './KeyLabels';
import { LaneMarks } from './LaneMarks';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedCluster, PlacedMarker } from './timeline-lanes';
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
  /** Markers hovered, focused or selected: the span of a date not given to the day shows for them. */
  active?: readonly PlacedMarker[];
}

/** Draws the key events' labels, lanes and their names, the compressed stretches, the axis, markers, badges and count bars, as laid out. SVG only. */
export function TimelineMarks({ layout, theme, highlighted, interaction, activeBar = null, active = [] }: TimelineMarksProps) {
  const { plot } = layout;
  const axisY = plot.y + plot.height;
  const opacity = (country: string | null) => (!highlighted.length || country === null || highlighted.includes(country) ? 1 : 0.25);
  const laneY = (key: string) => layout.lanes.find((l) => l.key === key)?.y ?? 0;
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
      <AxisBreaks breaks={layout.breaks} part="shade" y0={plot.y} y1={axisY} theme={theme} />
      <GridLines xs={layout.ticks.map((t) => t.x)} y0={plot.y} y1={axisY} stroke={theme.grid} opacity={0.7} />
      <KeyLabels labels={layout.labels} top={plot.y} tier={layout.labelTier} theme={theme} />
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
      {active.filter((m) => m.shape === 'uncertain').map((m) => (
        <DateSpan key={`span-${m.key}`} marker={m} laneY={laneY(m.lane)} theme={theme} />
      ))}
      {layout.lanes.map((lane) => (
        <g key={`marks-${lane.key}`} transform={`translate(0,${lane.y})`} opacity={opacity(lane.country)}>
          <LaneMarks layout={lane.layout} label={lane.label} barMax={layout.barMax} activeKey={activeBar?.lane === lane.key ? activeBar.key : null} theme={theme} interaction={interaction} />
        </g>
      ))}
      <TimelineAxis ticks={layout.ticks} x0={plot.x} x1={plot.x + plot.width} y={axisY} theme={theme} />
      <AxisBreaks breaks={layout.breaks} part="cut" y0={plot.y} y1={axisY} theme={theme} />
    </g>
  );
}
