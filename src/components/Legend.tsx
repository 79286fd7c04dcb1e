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
  /** … drawn as an outline rather than filled. */
  symbolStroke?: boolean;
}

const SIZE = 14;

/** The swatch of one legend item, drawn at 0,0 in a SIZE × SIZE box. */
function Swatch({ item, idPrefix, theme }: { item: LegendItem; idPrefix: string; theme: ChartTheme }) {
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
          <svg width={SIZE} height={SIZE} aria-hidden="true" focusable="false">
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
    const w = SIZE + 6 + textWidth(item.label, fontSize) + 16;
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
          <text x={SIZE + 6} y={SIZE - 3} fontSize={fontSize} fill={theme.text}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
  return { marks, height };
}
