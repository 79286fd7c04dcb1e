import type { MarkNavigation } from '../../components/use-mark-navigation';
import { AXIS_TEXT } from '../../components/text-width';
import { OIL_LAYOUT } from './compute-oil';
import type { ChartTheme } from '../../components/theme';
import type { OilLayout, PlacedOilBar } from './compute-oil';

/** Handlers that make the bars one Tab stop on screen; absent in exported images. */
export type OilMarksInteraction = MarkNavigation<PlacedOilBar>;

/** Props of the oil chart's marks. */
export interface OilMarksProps {
  layout: OilLayout;
  theme: ChartTheme;
  /** The countries highlighted across the views (the others are dimmed); none for none. */
  highlighted: readonly string[];
  interaction?: OilMarksInteraction;
}

/** Draws the placed oil bars as SVG, on screen and in exports alike. Computes nothing. */
export function OilMarks({ layout, theme, highlighted, interaction }: OilMarksProps) {
  const opacity = (country: string) => (highlighted.length && !highlighted.includes(country) ? 0.28 : 1);
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      <g>
        {layout.rules.map((r) => (
          <line key={r.key} x1={r.x} x2={r.x} y1={r.y1} y2={r.y2} stroke={r.zero ? theme.axis : theme.grid} />
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.key}>
            {/* An opaque ground under the bar: a dimmed bar does not show the grid through it. */}
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={theme.background} />
            <g opacity={opacity(bar.country)}>
              <rect x={bar.x} y={bar.y} width={bar.withinWidth} height={bar.height} fill={theme.bar} />
              {/* What may fall outside the dates: lighter and dashed, as the aid chart draws it. */}
              {bar.width > bar.withinWidth && (
                <rect x={bar.x + bar.withinWidth} y={bar.y} width={bar.width - bar.withinWidth} height={bar.height} fill={theme.bar} fillOpacity={theme.paleOpacity} stroke={theme.bar} strokeDasharray="3 2" />
              )}
              {interaction?.activeKey === bar.key && <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="none" stroke={theme.text} strokeWidth={1.5} />}
              <text x={bar.name.x} y={bar.name.y} dy="0.35em" textAnchor={bar.name.anchor} fill={theme.text} fontWeight={600}>
                {bar.name.text}
              </text>
              <text x={bar.label.x} y={bar.label.y} dy="0.35em" textAnchor={bar.label.anchor} fill={theme.text}>
                {bar.label.text}
              </text>
              {bar.note && (
                <text x={bar.note.x} y={bar.note.y} dy="0.35em" textAnchor={bar.note.anchor} fill={theme.textMuted} fontSize={OIL_LAYOUT.noteSize}>
                  {bar.note.text}
                </text>
              )}
            </g>
          </g>
        ))}
        <line x1={layout.baseline.x1} x2={layout.baseline.x2} y1={layout.baseline.y} y2={layout.baseline.y} stroke={theme.axis} />
        {layout.ticks.map((t) => (
          <g key={t.key} transform={`translate(${t.x},${t.y})`}>
            <line y2={4} stroke={theme.axis} />
            <text x={t.label.x} y={t.label.y} textAnchor={t.label.anchor} fill={theme.textMuted} fontSize={AXIS_TEXT.fontSize}>
              {t.label.text}
            </text>
          </g>
        ))}
        <text x={layout.axisLabel.x} y={layout.axisLabel.y} textAnchor={layout.axisLabel.anchor} fill={theme.textMuted} fontSize={AXIS_TEXT.fontSize}>
          {layout.axisLabel.text}
        </text>
      </g>
      {interaction &&
        layout.bars.map((bar) => (
          <rect
            key={`target-${bar.key}`}
            ref={interaction.targetRef(bar.key)}
            className="chart-target"
            x={bar.target.x}
            y={bar.target.y}
            width={bar.target.width}
            height={bar.target.height}
            fill="transparent"
            role="img"
            aria-label={bar.ariaLabel}
            aria-describedby={interaction.activeKey === bar.key ? interaction.tooltipId : undefined}
            tabIndex={interaction.tabKey === bar.key ? 0 : -1}
            onPointerEnter={(e) => interaction.onPointerEnter(bar, e)}
            onPointerLeave={interaction.onPointerLeave}
            onClick={() => interaction.onClick(bar)}
            onFocus={(e) => interaction.onFocus(bar, e)}
            onBlur={interaction.onBlur}
            onKeyDown={(e) => interaction.onKeyDown(bar, e)}
          />
        ))}
    </g>
  );
}
