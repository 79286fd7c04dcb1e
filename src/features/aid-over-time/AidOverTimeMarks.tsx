import type { ChartTheme } from '../../components/theme';
import type { MarkNavigation } from '../../components/use-mark-navigation';
import type { LineKind, PlacedLine, PlacedStatement, TrendLayout } from './compute-aid-over-time';

/** Props of the marks of aid stated over time. */
export interface AidOverTimeMarksProps {
  layout: TrendLayout;
  theme: ChartTheme;
  /** The country under the pointer anywhere on the page; others are dimmed. */
  highlighted: readonly string[];
  /** Each mark's accessible name. */
  markLabel: (mark: PlacedStatement) => string;
  /** Makes the statements hover and keyboard targets on screen; absent in exported images. */
  navigation?: MarkNavigation<PlacedStatement>;
}

/** A line's value and date: under each other right of the plot, or on one row over a phone's panel. */
function EndLabel({ end, theme }: { end: NonNullable<PlacedLine['end']>; theme: ChartTheme }) {
  const halo = { stroke: theme.background, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
  if (end.inline)
    return (
      <text x={end.x} y={end.y} dy="0.35em" textAnchor="end" fill={theme.text} fontWeight={600}>
        {end.label}
        {end.date && (
          <tspan fill={theme.textMuted} fontWeight={400} fontSize={11}>
            {` · ${end.date}`}
          </tspan>
        )}
      </text>
    );
  return (
    <g>
      <text x={end.x} y={end.y} dy="0.35em" textAnchor={end.anchor} fill={theme.text} fontWeight={600} {...halo}>
        {end.label}
      </text>
      {end.date && (
        <text x={end.x} y={end.y + 13} dy="0.35em" textAnchor={end.anchor} fill={theme.textMuted} fontSize={11} {...halo}>
          {end.date}
        </text>
      )}
    </g>
  );
}

/** Draws the panels, lines, bands and statements as SVG. Computes nothing. */
export function AidOverTimeMarks({ layout, theme, highlighted, markLabel, navigation }: AidOverTimeMarksProps) {
  const colour = (kind: LineKind) => (kind === 'total' ? theme.text : theme.aid[kind]);
  const dim = (country: string) => (highlighted.length && !highlighted.includes(country) ? 0.28 : 1);
  const first = layout.panels[0];
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      {layout.panels.length > 0 && (
        <text x={layout.unit.x} y={layout.unit.y} dy="0.35em" fill={theme.textMuted} fontSize={11}>
          {layout.unit.text}
        </text>
      )}
      {layout.panels.map((panel) => (
        <g key={panel.country} opacity={dim(panel.country)}>
          <text x={first ? first.plot.x : 0} y={panel.y + 12} fill={theme.text} fontWeight={600}>
            {panel.name}
          </text>
          {panel.yTicks.map((t) => (
            <g key={t.label}>
              <line x1={panel.plot.x} x2={panel.plot.x + panel.plot.width} y1={t.y} y2={t.y} stroke={theme.grid} />
              <text x={panel.plot.x - 6} y={t.y} dy="0.35em" textAnchor="end" fill={theme.textMuted} fontSize={11}>
                {t.label}
              </text>
            </g>
          ))}
          {panel.lines.map((line) => (
            <g key={line.key}>
              {line.band && <path d={line.band} fill={colour(line.kind)} fillOpacity={theme.paleOpacity} />}
              {line.dashed && <path d={line.dashed} fill="none" stroke={colour(line.kind)} strokeWidth={2} strokeDasharray="4 3" />}
              {line.solid && <path d={line.solid} fill="none" stroke={colour(line.kind)} strokeWidth={2.5} />}
            </g>
          ))}
          {panel.statements.map((mark) => (
            <g key={mark.key} fill={colour(mark.line)}>
              {mark.width === 0 ? (
                <circle cx={mark.x} cy={mark.y} r={navigation?.activeKey === mark.key ? 5 : 3.5} stroke={theme.background} strokeWidth={1} />
              ) : (
                <rect x={mark.x} y={mark.y - 2.5} width={mark.width} height={5} rx={1.5} stroke={theme.background} strokeWidth={navigation?.activeKey === mark.key ? 0 : 1} />
              )}
              {mark.open && <path d={`M${mark.x + mark.width},${mark.y - 5}l6,5l-6,5z`} />}
            </g>
          ))}
          {panel.lines.map((line) => line.end && <EndLabel key={`end-${line.key}`} end={line.end} theme={theme} />)}
        </g>
      ))}
      <g transform={`translate(0,${layout.axisY})`}>
        {first && <line x1={first.plot.x} x2={first.plot.x + first.plot.width} stroke={theme.axis} />}
        {layout.xTicks.map((t, i) => (
          <g key={`tick-${i}`} transform={`translate(${t.x},0)`}>
            <line y2={4} stroke={theme.axis} />
            <text y={16} textAnchor="middle" fill={theme.textMuted} fontSize={11}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {navigation &&
        layout.marks.map((mark) => (
          <rect
            key={`hit-${mark.key}`}
            ref={navigation.targetRef(mark.key)}
            className="chart-target"
            x={mark.x - 8}
            y={mark.y - 8}
            width={Math.max(16, mark.width + 16)}
            height={16}
            fill="transparent"
            tabIndex={navigation.tabKey === mark.key ? 0 : -1}
            role="img"
            aria-label={markLabel(mark)}
            aria-describedby={navigation.activeKey === mark.key ? navigation.tooltipId : undefined}
            onPointerEnter={(e) => navigation.onPointerEnter(mark, e)}
            onPointerLeave={navigation.onPointerLeave}
            onFocus={(e) => navigation.onFocus(mark, e)}
            onBlur={navigation.onBlur}
            onKeyDown={(e) => navigation.onKeyDown(mark, e)}
            onClick={() => navigation.onClick(mark)}
          />
        ))}
    </g>
  );
}
