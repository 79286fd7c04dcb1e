import { Fragment } from 'react';
import { AID_TYPES } from '../../data/constants';
import { BarTargets, GridLines, ValueAxis, type BarInteraction } from '../../components/BarChartParts';
import { PatternDef, fillOf } from '../../components/patterns';
import type { ChartTheme } from '../../components/theme';
import { AID_TYPE_PATTERNS } from './aid-constants';
import type { AidBarsLayout, PlacedAidBar } from './compute-aid-bars';

/** Handlers that make the bars interactive on screen; absent in exported images. */
export type AidBarsInteraction = BarInteraction<PlacedAidBar>;

export interface AidBarsProps {
  layout: AidBarsLayout;
  theme: ChartTheme;
  /** Prefix for pattern ids, unique per drawn copy of the chart. */
  idPrefix: string;
  /** The country under the pointer anywhere on the page; others are dimmed. */
  highlighted: string | null;
  interaction?: AidBarsInteraction;
}

/** Draws the placed aid bars, axis and labels as SVG. Computes nothing. */
export function AidBars({ layout, theme, idPrefix, highlighted, interaction }: AidBarsProps) {
  const { plot } = layout;
  const dim = (country: string) => (highlighted && highlighted !== country ? 0.28 : 1);
  const axisY = plot.y + plot.height;
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      <defs>
        {AID_TYPES.map((t) => (
          <PatternDef key={t} id={`${idPrefix}-${t}`} kind={AID_TYPE_PATTERNS[t]} color={theme.aid[t]} background={theme.background} />
        ))}
      </defs>
      <GridLines xs={layout.ticks.map((t) => t.x)} y0={plot.y} y1={axisY} stroke={theme.grid} />
      {/* A row is one group at its top: when rows close up or open, each moves with one transform. */}
      {layout.rows.map((row) => (
        <g key={row.country} transform={`translate(0,${row.y})`} opacity={dim(row.country)}>
          <text x={row.labelX} y={row.labelY - row.y} dy="0.35em" textAnchor={layout.compact ? 'start' : 'end'} fill={theme.text} fontWeight={600}>
            {row.name}
          </text>
          {row.bars.map((bar) => (
            <Fragment key={bar.key}>
              <rect
                x={bar.x}
                y={bar.y - row.y}
                width={bar.width}
                height={bar.height}
                fill={fillOf(AID_TYPE_PATTERNS[bar.type], theme.aid[bar.type], `${idPrefix}-${bar.type}`)}
                stroke={interaction?.activeKey === bar.key ? theme.text : 'none'}
                strokeWidth={1.5}
              />
              {bar.cut && (
                // Two slanted strokes across the bar's end: the bar is longer than the axis.
                <path
                  d={`M${bar.x + bar.width - 14},${bar.y - row.y + bar.height + 3} l6,${-bar.height - 6} M${bar.x + bar.width - 8},${bar.y - row.y + bar.height + 3} l6,${-bar.height - 6}`}
                  stroke={theme.background}
                  strokeWidth={3}
                />
              )}
            </Fragment>
          ))}
          {row.labels.map((l) => (
            <text key={`label-${l.key}`} x={l.x} y={l.y - row.y} dy="0.35em" fill={l.muted ? theme.textMuted : theme.text} fontStyle={l.muted ? 'italic' : undefined}>
              {l.text}
            </text>
          ))}
        </g>
      ))}
      <ValueAxis plot={plot} ticks={layout.ticks} label={layout.axisLines} theme={theme} />
      {interaction &&
        layout.rows.map((row) => (
          <g key={`hit-${row.country}`} transform={`translate(0,${row.y})`}>
            <BarTargets bars={row.bars} originY={row.y} interaction={interaction} />
          </g>
        ))}
    </g>
  );
}
