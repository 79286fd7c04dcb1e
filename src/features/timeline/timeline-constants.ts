import { symbol, symbolAsterisk, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { MilestoneCategory } from '../../data/schema';

/** How each category is named and drawn: colour (from the theme) plus a shape of its own. */
export const CATEGORY_STYLE: Record<MilestoneCategory, { label: string; symbol: SymbolType; stroke: boolean }> = {
  partnership: { label: 'Partnership', symbol: symbolCircle, stroke: false },
  ministerial: { label: 'Ministerial meeting', symbol: symbolSquare, stroke: false },
  summit: { label: 'Summit or leaders’ meeting', symbol: symbolStar, stroke: false },
  military: { label: 'Military cooperation', symbol: symbolTriangle, stroke: false },
  ukraine: { label: 'Ukraine coordination', symbol: symbolDiamond, stroke: false },
  cyber: { label: 'Cyber', symbol: symbolWye, stroke: false },
  sanctions: { label: 'Sanctions', symbol: symbolCross, stroke: false },
  statement: { label: 'Statement or analysis', symbol: symbolTimes, stroke: true },
  aid: { label: 'Aid', symbol: symbolAsterisk, stroke: true },
};

const pathCache = new Map<string, string>();

/** The SVG path of a category's marker, centred on 0,0, of the given area in px². */
export function categoryPath(category: MilestoneCategory, size = 90): string {
  const key = `${category}:${size}`;
  let d = pathCache.get(key);
  if (d === undefined) {
    d = symbol(CATEGORY_STYLE[category].symbol, size)() ?? '';
    pathCache.set(key, d);
  }
  return d;
}

export const TIMELINE = {
  compactBelow: 520,
  nameWidth: 104,
  right: 16,
  rowHeight: 20,
  lanePadding: 8,
  /** Width of the columns a lane is cut into, about one marker. */
  spacing: 14,
  /** Nearest two markers may be in one row, centre to centre. */
  minGap: 12,
  /** Half the width of a "+N" badge. */
  badgeHalfWidth: 13,
  maxRows: 3,
  compactNameHeight: 16,
  axisHeight: 28,
  top: 4,
  brushHeight: 36,
} as const;
