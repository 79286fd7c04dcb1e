import { symbol, symbolAsterisk, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { MilestoneCategory } from '../../data/schema';

/**
 * How each category is named and drawn: colour (from the theme) plus a shape of its own. `area` is
 * the shape's size for d3's symbol, chosen so every shape fits the same 12 px box (a star of the
 * circle's area would be half as wide again and touch its neighbours).
 */
export const CATEGORY_STYLE: Record<MilestoneCategory, { label: string; symbol: SymbolType; stroke: boolean; area: number }> = {
  partnership: { label: 'Partnership', symbol: symbolCircle, stroke: false, area: 110 },
  ministerial: { label: 'Ministerial meeting', symbol: symbolSquare, stroke: false, area: 110 },
  summit: { label: 'Summit or leaders’ meeting', symbol: symbolStar, stroke: false, area: 48 },
  military: { label: 'Military cooperation', symbol: symbolTriangle, stroke: false, area: 46 },
  ukraine: { label: 'Ukraine coordination', symbol: symbolDiamond, stroke: false, area: 42 },
  cyber: { label: 'Cyber', symbol: symbolWye, stroke: false, area: 66 },
  sanctions: { label: 'Sanctions', symbol: symbolCross, stroke: false, area: 80 },
  statement: { label: 'Statement or analysis', symbol: symbolTimes, stroke: true, area: 80 },
  aid: { label: 'Aid', symbol: symbolAsterisk, stroke: true, area: 90 },
};

/** The SVG path of a category's marker, centred on 0,0; `scale` shrinks it for legends. */
export function categoryPath(category: MilestoneCategory, scale = 1): string {
  if (scale === 1) return MARKER_PATHS[category];
  const style = CATEGORY_STYLE[category];
  return symbol(style.symbol, style.area * scale * scale)() ?? '';
}

/**
 * Each category's marker path, made once: every marker drawn asks for one, and making it with
 * d3-shape each time was 1.1 ms of a country change at 10k records (CPU profile of 30 changes).
 */
const MARKER_PATHS = Object.fromEntries(
  (Object.keys(CATEGORY_STYLE) as MilestoneCategory[]).map((c) => [c, symbol(CATEGORY_STYLE[c].symbol, CATEGORY_STYLE[c].area)() ?? '']),
) as Record<MilestoneCategory, string>;

/** Sizes of the timeline's layout, in px. */
export const TIMELINE = {
  /** Below this width (a phone's chart) the lanes give way to a list of events grouped by year. */
  listBelow: 430,
  /** Below this width lane names sit above their lanes, not beside them. */
  compactBelow: 620,
  nameWidth: 104,
  right: 16,
  rowHeight: 20,
  lanePadding: 8,
  /** Half the box every marker fits in. */
  markerRadius: 6,
  /** Space kept free between two marks in one row. */
  markerPad: 3,
  /** Width of the columns a lane is cut into, about one marker. */
  spacing: 15,
  /** Half the width of a "+N" badge. */
  badgeHalfWidth: 13,
  /** Rows a lane has on screen; a column with more events shows a "+N" badge that opens a list. */
  maxRows: 3,
  compactNameHeight: 16,
  axisHeight: 40,
  top: 4,
  stripHeight: 40,
} as const;
