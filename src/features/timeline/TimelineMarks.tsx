import { memo, type KeyboardEvent } from 'react';
import { GridLines } from '../../components/BarChartParts';
import type { ChartTheme } from '../../components/theme';
import { AXIS_TEXT, textWidth } from '../../components/text-width';
import { formatInteger } from '../../model/format';
import { countBarsPath, zigzag, type LaneLayout, type PlacedCluster, type PlacedLane, type PlacedMarker, type TimelineLayout } from './compute-timeline';
import { CATEGORY_STYLE, categoryPath } from './timeline-constants';

/** Handlers that make the timeline interactive on screen; absent in exported images. Keep them stable. */
export interface TimelineInteraction {
  onSelect: (marker: PlacedMarker) => void;
  onKeyDown: (marker: PlacedMarker, event: KeyboardEvent) => void;
  onFocusMarker: (marker: PlacedMarker) => void;
  onCluster: (cluster: PlacedCluster) => void;
  /** A count bar under the pointer or in focus, or null when none is. */
  onHoverCluster: (cluster: PlacedCluster | null) => void;
  onHoverCountry: (country: string | null) => void;
}

interface LaneProps {
  layout: LaneLayout;
  /** The lane's name, for its crowded stretches' slider. */
  label: string;
  theme: ChartTheme;
  opacity: number;
  /** The count of the tallest bar in any lane. */
  barMax: number;
  /** The marker in the tab order and the selected event, when they are in this lane. */
  focusKey: string | null;
  selectedId: string | null;
  /** The count bar under the pointer or chosen from the keyboard, when it is in this lane. */
  activeBarKey: string | null;
  interaction?: TimelineInteraction | undefined;
}

/** Keys that move along a lane's count bars, as a step from the current one (or to an end). */
const BAR_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/**
 * A crowded lane's count bars as one slider: the pointer or the arrow keys pick a bar, Enter or a
 * click zooms in to it. One element and one tab stop for the whole lane, where a button per bar
 * would be dozens of each, relabelled on every filter change.
 */
function CountBarsSlider({ bars, band, label, activeKey, interaction }: { bars: readonly PlacedCluster[]; band: { top: number; bottom: number }; label: string; activeKey: string | null; interaction: TimelineInteraction }) {
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
        if ((bar?.key ?? null) !== activeKey) interaction.onHoverCluster(bar);
      }}
      onPointerLeave={() => interaction.onHoverCluster(null)}
      onClick={(e) => {
        const bar = barAt(e);
        if (bar) interaction.onCluster(bar);
      }}
      onFocus={() => interaction.onHoverCluster(current)}
      onBlur={() => interaction.onHoverCluster(null)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          interaction.onCluster(current);
          return;
        }
        const step = BAR_STEPS[e.key];
        if (step === undefined) return;
        e.preventDefault();
        interaction.onHoverCluster(bars[Math.max(0, Math.min(bars.length - 1, index + step))]!);
      }}
    />
  );
}

/**
 * One lane's marks, in its own coordinates. Memoised: a filter change that leaves a lane's layout as
 * it was (another country toggled) only moves it.
 */
const LaneMarks = memo(function LaneMarks({ layout, label, theme, opacity, barMax, focusKey, selectedId, activeBarKey, interaction }: LaneProps) {
  const { bars } = layout;
  const badges = bars ? layout.clusters.filter((c) => !c.column) : layout.clusters;
  const barList = bars ? layout.clusters.filter((c) => c.column) : [];
  return (
    <g>
      <g opacity={opacity}>
        {bars && (
          // Every count bar of the lane in one path: a filter change rewrites one attribute.
          <path d={countBarsPath(layout.clusters, barMax, bars)} fill={theme.textMuted} pointerEvents="none" />
        )}
        {bars && interaction && barList.length > 0 && <CountBarsSlider bars={barList} band={bars} label={label} activeKey={activeBarKey} interaction={interaction} />}
        <g pointerEvents="none">
          {layout.markers.map((m) =>
            m.spanX1 - m.spanX0 > 3 ? (
              <line
                key={`span-${m.key}`}
                x1={m.spanX0}
                x2={m.spanX1}
                y1={m.y}
                y2={m.y}
                stroke={theme.category[m.event.category]}
                strokeOpacity={0.45}
                strokeWidth={3}
                strokeLinecap="round"
              />
            ) : null,
          )}
        </g>
        {layout.markers.map((m) => {
          const style = CATEGORY_STYLE[m.event.category];
          const color = theme.category[m.event.category];
          return (
            // One element per marker: on a dense timeline a filter change adds or updates hundreds.
            <path
              key={m.key}
              data-key={m.key}
              className={interaction ? 'timeline-marker' : undefined}
              transform={`translate(${m.x},${m.y})`}
              d={categoryPath(m.event.category)}
              fill={style.stroke ? 'none' : color}
              stroke={style.stroke ? color : theme.markerStroke}
              strokeWidth={style.stroke ? 2.5 : 0.8}
              // The whole box of the marker takes the pointer: no extra hit shape per marker.
              pointerEvents={interaction ? 'bounding-box' : undefined}
              {...(interaction
                ? {
                    role: 'button',
                    tabIndex: focusKey === m.key ? 0 : -1,
                    'aria-label': m.ariaLabel,
                    'aria-pressed': selectedId === m.event.id,
                    onClick: () => interaction.onSelect(m),
                    onKeyDown: (e: KeyboardEvent) => interaction.onKeyDown(m, e),
                    onFocus: () => interaction.onFocusMarker(m),
                  }
                : {})}
            />
          );
        })}
        {layout.markers
          .filter((m) => m.event.id === selectedId)
          .map((m) => (
            // The selected event's ring, over its marker.
            <circle key={`selected-${m.key}`} cx={m.x} cy={m.y} r={10} fill="none" stroke={theme.text} strokeWidth={1.5} pointerEvents="none" />
          ))}
        {badges.map((c) => (
          <g
            key={c.key}
            className={interaction ? 'timeline-marker' : undefined}
            transform={`translate(${c.x},${c.y})`}
            {...(interaction
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-label': c.ariaLabel,
                  onClick: () => interaction.onCluster(c),
                  onKeyDown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      interaction.onCluster(c);
                    }
                  },
                }
              : {})}
          >
            <rect x={-13} y={-8} width={26} height={16} rx={8} fill={theme.textMuted} />
            <text textAnchor="middle" dy="0.35em" fontSize={c.count > 99 ? 8 : 10} fontWeight={700} fill={theme.background}>
              +{c.count > 999 ? `${Math.floor(c.count / 1000)}k` : c.count}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
});

/** The bar under the pointer or chosen from the keyboard: a ring round its column and its count in a pill. */
function CountLabel({ cluster, layout, theme }: { cluster: PlacedCluster; layout: TimelineLayout; theme: ChartTheme }) {
  const lane = layout.lanes.find((l) => l.key === cluster.lane);
  if (!lane?.layout.bars || !cluster.column) return null;
  const text = `${formatInteger(cluster.count)} ${cluster.count === 1 ? 'event' : 'events'}`;
  const half = textWidth(text, 11) / 2 + 6;
  const { plot } = layout;
  const x = Math.max(plot.x + half, Math.min(plot.x + plot.width - half, (cluster.column.x0 + cluster.column.x1) / 2));
  const { top, bottom } = lane.layout.bars;
  const y = lane.y + top + 8;
  return (
    <g pointerEvents="none">
      <rect x={cluster.column.x0 - 1.5} y={lane.y + top - 1.5} width={cluster.column.x1 - cluster.column.x0 + 3} height={bottom - top + 3} fill="none" stroke={theme.focus} strokeWidth={2} />
      <g transform={`translate(${x},${y})`}>
        <rect x={-half} y={-9} width={half * 2} height={18} rx={9} fill={theme.text} />
        <text textAnchor="middle" dy="0.35em" fontSize={11} fontWeight={700} fill={theme.background}>
          {text}
        </text>
      </g>
    </g>
  );
}

/**
 * The time axis's ticks and the marks of compressed stretches under it. Memoised: a filter change
 * keeps the axis (see `stackLanes`), so only the group around it moves when lanes come and go.
 */
const AxisLabels = memo(function AxisLabels({ ticks, breaks, theme }: Pick<TimelineLayout, 'ticks' | 'breaks'> & { theme: ChartTheme }) {
  return (
    <>
      {breaks.map((b) => (
        <text key={`break-label-${b.x0}`} x={(b.x0 + b.x1) / 2} y={16} textAnchor="middle" fill={theme.textMuted} fontSize={AXIS_TEXT.fontSize}>
          ≈
        </text>
      ))}
      {ticks.map((t, i) => (
        <g key={`tick-${i}`} transform={`translate(${t.x},0)`}>
          <line y2={4} stroke={theme.axis} />
          <text y={16} textAnchor={t.anchor} fill={theme.textMuted} fontSize={AXIS_TEXT.fontSize}>
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
});

/** Draws lanes, axis, period whiskers, markers and clusters. Computes nothing. */
export function TimelineMarks({
  layout,
  theme,
  highlighted,
  interaction,
  focusKey = null,
  selectedId = null,
  activeCluster = null,
}: {
  layout: TimelineLayout;
  theme: ChartTheme;
  highlighted: string | null;
  interaction?: TimelineInteraction;
  focusKey?: string | null;
  selectedId?: string | null;
  /** The count bar under the pointer or in focus: its count is shown over it. */
  activeCluster?: PlacedCluster | null;
}) {
  const { plot } = layout;
  const axisY = plot.y + plot.height;
  const focusLane = focusKey?.slice(0, focusKey.indexOf(':')) ?? null;
  const opacity = (lane: PlacedLane) => (!highlighted || lane.country === null || lane.country === highlighted ? 1 : 0.25);
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      {layout.lanes.map((lane, i) => (
        <g
          key={`lane-${lane.key}`}
          transform={`translate(0,${lane.y})`}
          onPointerEnter={interaction ? () => interaction.onHoverCountry(lane.country) : undefined}
          onPointerLeave={interaction ? () => interaction.onHoverCountry(null) : undefined}
        >
          <rect x={0} y={0} width={layout.width} height={lane.height} fill={i % 2 ? theme.background : theme.surface} />
        </g>
      ))}
      <g pointerEvents="none">
        <GridLines xs={layout.ticks.map((t) => t.x)} y0={plot.y} y1={axisY} stroke={theme.grid} opacity={0.7} />
        {layout.breaks.map((b) => (
          // A compressed stretch of years: a pale band with zigzag edges, named on the axis.
          <g key={`break-${b.x0}`}>
            <rect x={b.x0} y={plot.y} width={b.x1 - b.x0} height={plot.height} fill={theme.grid} fillOpacity={0.5} />
            <path d={zigzag(b.x0, plot.y, axisY)} stroke={theme.axis} fill="none" />
            <path d={zigzag(b.x1, plot.y, axisY)} stroke={theme.axis} fill="none" />
            <title>{b.label}</title>
          </g>
        ))}
      </g>
      {/* Over the compressed stretches, which a narrow chart's names (above their lanes) cross. There a
          copy in the lane's colour, drawn thick underneath, keeps the letters legible (a halo by
          paint-order would vanish in tools that ignore it). A name is part of its lane for hovering. */}
      {layout.lanes.map((lane, i) => (
        <g key={`label-${lane.key}`} transform={`translate(0,${lane.y})`} opacity={opacity(lane)} fontWeight={600} textAnchor={layout.compact ? 'start' : 'end'}>
          {layout.compact && (
            <text x={lane.labelX} y={lane.layout.labelY} dy="0.35em" fill="none" stroke={i % 2 ? theme.background : theme.surface} strokeWidth={4} strokeLinejoin="round" aria-hidden="true">
              {lane.label}
            </text>
          )}
          <text
            x={lane.labelX}
            y={lane.layout.labelY}
            dy="0.35em"
            fill={theme.text}
            onPointerEnter={interaction ? () => interaction.onHoverCountry(lane.country) : undefined}
            onPointerLeave={interaction ? () => interaction.onHoverCountry(null) : undefined}
          >
            {lane.label}
          </text>
        </g>
      ))}
      {layout.lanes.map((lane) => (
        <g key={`marks-${lane.key}`} transform={`translate(0,${lane.y})`}>
          <LaneMarks
            layout={lane.layout}
            theme={theme}
            opacity={opacity(lane)}
            label={lane.label}
            barMax={layout.barMax}
            activeBarKey={activeCluster?.lane === lane.key ? activeCluster.key : null}
            focusKey={focusLane === lane.key ? focusKey : null}
            selectedId={selectedId !== null && lane.layout.markers.some((m) => m.event.id === selectedId) ? selectedId : null}
            interaction={interaction}
          />
        </g>
      ))}
      {activeCluster && <CountLabel cluster={activeCluster} layout={layout} theme={theme} />}
      <line x1={plot.x} x2={plot.x + plot.width} y1={axisY} y2={axisY} stroke={theme.axis} />
      {/* The axis's labels move down together when a lane is added: one transform to change. */}
      <g transform={`translate(0,${axisY})`}>
        <AxisLabels ticks={layout.ticks} breaks={layout.breaks} theme={theme} />
      </g>
    </g>
  );
}
