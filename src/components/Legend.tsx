import { memo } from 'react';
import type { ChartTheme } from './theme';
import { PatternDef, fillOf, type FillKind } from './patterns';
import { textWidth } from './text-width';

/** One legend entry: a label and how its marks look. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** A fill pattern (bars) … */
  fill?: FillKind;
  /** … or a marker shape as an SVG path centred on 0,0 (timeline), … */
  symbolPath?: string;
  /** … drawn as an outline rather than filled, … */
  symbolStroke?: boolean;
  /** … or an example bar of a standing: solid, solid with an open end, or solid with a lighter extension, … */
  standing?: 'stated' | 'at-least' | 'range';
  /** … or a piece of a line over time: solid (stated), dashed (at least), a band (may be), a statement's bar. */
  line?: 'solid' | 'dashed' | 'band' | 'statement';
}

const SIZE = 14;
/** An example bar is wider than a swatch: it shows how a bar ends. */
const BAR_WIDTH = 30;

const swatchWidth = (item: LegendItem) => (item.standing || item.line ? BAR_WIDTH : SIZE);

/** A piece of a line over time, as the trend view draws it. */
function ExampleLine({ item, theme }: { item: LegendItem; theme: ChartTheme }) {
  switch (item.line) {
    case 'band':
      return (
        <>
          <rect x={1} y={2} width={BAR_WIDTH - 2} height={8} fill={item.color} fillOpacity={theme.paleOpacity} />
          <path d={`M1,10H${BAR_WIDTH - 1}`} stroke={item.color} strokeWidth={2} strokeDasharray="4 3" />
        </>
      );
    case 'statement':
      return (
        <>
          <circle cx={6} cy={7} r={3.5} fill={item.color} />
          <rect x={13} y={5} width={BAR_WIDTH - 14} height={4} rx={1} fill={item.color} />
        </>
      );
    default:
      return <path d={`M1,7H${BAR_WIDTH - 1}`} stroke={item.color} strokeWidth={2} strokeDasharray={item.line === 'dashed' ? '4 3' : undefined} />;
  }
}

/** An example bar of a standing, drawn as an outline: a shape to read, in no colour of its own. */
function ExampleBar({ item }: { item: LegendItem }) {
  const solid = item.standing === 'range' ? 14 : 20;
  return (
    <>
      <rect x={0.75} y={3.75} width={solid - 1.5} height={6.5} fill="none" stroke={item.color} strokeWidth={1.5} />
      {item.standing === 'range' && <rect x={solid} y={3.75} width={BAR_WIDTH - solid - 1} height={6.5} fill="none" stroke={item.color} strokeDasharray="3 2" />}
      {item.standing === 'at-least' && <path d={`M${solid + 2},4L${solid + 7},7L${solid + 2},10`} fill="none" stroke={item.color} strokeWidth={2} />}
    </>
  );
}

/** The swatch of one legend item, drawn at 0,0 in a SIZE × SIZE box. */
function Swatch({ item, idPrefix, theme }: { item: LegendItem; idPrefix: string; theme: ChartTheme }) {
  if (item.standing) return <ExampleBar item={item} />;
  if (item.line) return <ExampleLine item={item} theme={theme} />;
  if (item.symbolPath) {
    return (
      <path
        d={item.symbolPath}
        transform={`translate(${SIZE / 2},${SIZE / 2})`}
        fill={item.symbolStroke ? 'none' : item.color}
        stroke={item.symbolStroke ? item.color : theme.markerStroke}
        strokeWidth={item.symbolStroke ? 2 : 0.8}
      />
    );
  }
  const id = `${idPrefix}-${item.key}`;
  const kind = item.fill ?? 'solid';
  return (
    <>
      <defs>
        <PatternDef id={id} kind={kind} color={item.color} background={theme.background} />
      </defs>
      <rect width={SIZE} height={SIZE} rx={2} fill={fillOf(kind, item.color, id)} />
    </>
  );
}

/** An HTML legend for the screen. Memoised: it re-renders only when its items change. */
export const Legend = memo(function Legend({ items, theme, idPrefix, label }: { items: readonly LegendItem[]; theme: ChartTheme; idPrefix: string; label: string }) {
  if (!items.length) return null;
  return (
    <ul className="legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <svg width={swatchWidth(item)} height={SIZE} aria-hidden="true" focusable="false">
            <Swatch item={item} idPrefix={`${idPrefix}-legend`} theme={theme} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
});

/** The same legend drawn in SVG, for exported images. Returns its marks and height for the width. */
export function svgLegend(items: readonly LegendItem[], theme: ChartTheme, idPrefix: string, width: number, fontSize = 12) {
  let x = 0;
  let y = 0;
  const placed = items.map((item) => {
    const w = swatchWidth(item) + 6 + textWidth(item.label, fontSize) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += SIZE + 8;
    }
    const at = { item, x, y };
    x += w;
    return at;
  });
  const height = items.length ? y + SIZE : 0;
  const marks = (
    <g>
      {placed.map(({ item, x: ix, y: iy }) => (
        <g key={item.key} transform={`translate(${ix},${iy})`}>
          <Swatch item={item} idPrefix={`${idPrefix}-svglegend`} theme={theme} />
          <text x={swatchWidth(item) + 6} y={SIZE - 3} fontSize={fontSize} fill={theme.text}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
  return { marks, height };
}
