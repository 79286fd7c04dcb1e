import { AID_TYPES } from '../../data/constants';
import { GridLines, ValueAxis } from '../../components/BarChartParts';
import { PatternDef, fillOf } from '../../components/patterns';
import type { ChartTheme } from '../../components/theme';
import type { MarkNavigation } from '../../components/use-mark-navigation';
import { AID_TYPE_PATTERNS } from '../../components/aid-style';
import type { AidLayout, PlacedAidBar } from './compute-aid';

/** Props of the aid chart's SVG marks. */
export interface AidMarksProps {
  layout: AidLayout;
  theme: ChartTheme;
  /** Prefix for pattern ids, unique per drawn copy of the chart. */
  idPrefix: string;
  /** The country under the pointer anywhere on the page; others are dimmed. */
  highlighted: readonly string[];
  /** Makes the bars hover and keyboard targets on screen; absent in exported images. */
  navigation?: MarkNavigation<PlacedAidBar>;
}

/** Draws the placed aid bars, axis and labels as SVG. Computes nothing. */
export function AidMarks({ layout, theme, idPrefix, highlighted, navigation }: AidMarksProps) {
  const { plot } = layout;
  const dim = (country: string) => (highlighted.length && !highlighted.includes(country) ? 0.28 : 1);
  // Text over the grid keeps a rim of the background, so no grid line runs through a word.
  const halo = { stroke: theme.background, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
  // Text inside a bar stands on a broad rim of the background, wide enough to hide the bar's pattern.
  const insideHalo = { ...halo, strokeWidth: 7 } as const;
  return (
    <g fontFamily={theme.fontFamily} fontSize={12}>
      <defs>
        {AID_TYPES.map((t) => (
          <PatternDef key={t} id={`${idPrefix}-${t}`} kind={AID_TYPE_PATTERNS[t]} color={theme.aid[t]} background={theme.background} />
        ))}
      </defs>
      <GridLines xs={layout.ticks.map((t) => t.x)} y0={plot.y} y1={plot.y + plot.height} stroke={theme.grid} />
      {layout.rows.map((row) => (
        <g key={row.country} opacity={dim(row.country)}>
          <text x={row.labelX} y={row.labelY} dy="0.35em" textAnchor={layout.compact ? 'start' : 'end'} fill={theme.text} fontWeight={600} {...halo}>
            {row.name}
          </text>
          {row.bars.map((bar) => (
            <g key={bar.key}>
              <rect
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={fillOf(AID_TYPE_PATTERNS[bar.type], theme.aid[bar.type], `${idPrefix}-${bar.type}`)}
                stroke={navigation?.activeKey === bar.key ? theme.text : 'none'}
                strokeWidth={1.5}
              />
              {bar.extension && (
                <rect
                  x={bar.extension.x}
                  y={bar.y}
                  width={bar.extension.width}
                  height={bar.height}
                  fill={theme.aid[bar.type]}
                  fillOpacity={theme.paleOpacity}
                  stroke={theme.aid[bar.type]}
                  strokeDasharray="3 2"
                />
              )}
              {bar.openEnd && <path d={bar.openEnd} fill="none" stroke={theme.aid[bar.type]} strokeWidth={2} />}
              {bar.cutMark && <path d={bar.cutMark} fill="none" stroke={theme.background} strokeWidth={4} strokeLinejoin="round" />}
            </g>
          ))}
          {row.labels.map((l) => (
            <g key={l.key}>
              <text x={l.x} y={l.y} dy="0.35em" fill={theme.text} fontWeight={600} {...halo}>
                {l.text}
              </text>
              {l.date && (
                <text x={l.date.x} y={l.date.y} dy="0.35em" fill={l.date.inside ? theme.text : theme.textMuted} fontSize={11} textAnchor={l.date.inside ? 'end' : 'start'} {...(l.date.inside ? insideHalo : halo)}>
                  {l.date.text}
                </text>
              )}
            </g>
          ))}
          {row.note && (
            <text x={row.note.x} y={row.note.y} dy="0.35em" fill={theme.textMuted} fontSize={11} {...halo}>
              {row.note.text}
            </text>
          )}
        </g>
      ))}
      <ValueAxis plot={plot} ticks={layout.ticks} label={layout.axisLines} theme={theme} />
      {navigation &&
        layout.bars.map((bar) => {
          const end = bar.extension ? bar.extension.x + bar.extension.width : bar.x + bar.width;
          return (
            <rect
              key={`hit-${bar.key}`}
              ref={navigation.targetRef(bar.key)}
              className="chart-target"
              x={bar.x}
              y={bar.y}
              width={Math.max(end - bar.x, 24)}
              height={bar.height}
              fill="transparent"
              tabIndex={navigation.tabKey === bar.key ? 0 : -1}
              role="img"
              aria-label={bar.ariaLabel}
              aria-describedby={navigation.activeKey === bar.key ? navigation.tooltipId : undefined}
              onPointerEnter={(e) => navigation.onPointerEnter(bar, e)}
              onPointerLeave={navigation.onPointerLeave}
              onFocus={(e) => navigation.onFocus(bar, e)}
              onBlur={navigation.onBlur}
              onKeyDown={(e) => navigation.onKeyDown(bar, e)}
              onClick={() => navigation.onClick(bar)}
            />
          );
        })}
    </g>
  );
}
