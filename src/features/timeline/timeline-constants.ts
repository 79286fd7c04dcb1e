import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { ChartTheme } from '../../components/theme';
import type { MilestoneCategory, Precision } from '../../data/schema';

/** A filled saltire (×) of the given area, for sanctions: d3's cross turned a quarter of a right angle. */
const symbolSaltire: SymbolType = {
  draw(context, size) {
    // d3's cross: five squares of side s, area 5·s².
    const s = Math.sqrt(size / 5) / 2;
    const points: [number, number][] = [[-3 * s, -s], [-s, -s], [-s, -3 * s], [s, -3 * s], [s, -s], [3 * s, -s], [3 * s, s], [s, s], [s, 3 * s], [-s, 3 * s], [-s, s], [-3 * s, s]];
    const c = Math.SQRT1_2;
    points.forEach(([x, y], i) => {
      const [rx, ry] = [c * (x - y), c * (x + y)];
      if (i) context.lineTo(rx, ry);
      else context.moveTo(rx, ry);
    });
    context.closePath();
  },
};

/**
 * How each category is named and drawn: colour (from the theme) plus a shape of its own, every shape
 * a closed one, so that a date the sources do not give to the day can be drawn hollow. `area` is the
 * shape's size for d3's symbol, chosen so every shape fits the same 12 px box (a star of the
 * circle's area would be half as wide again and touch its neighbours); a statement's dot is smaller,
 * faded beside the events it comments on.
 */
export const CATEGORY_STYLE: Record<MilestoneCategory, { label: string; symbol: SymbolType; area: number }> = {
  partnership: { label: 'Partnership', symbol: symbolCircle, area: 110 },
  ministerial: { label: 'Ministerial meeting', symbol: symbolSquare, area: 110 },
  summit: { label: 'Summit or leaders’ meeting', symbol: symbolStar, area: 48 },
  military: { label: 'Military cooperation', symbol: symbolTriangle, area: 46 },
  ukraine: { label: 'Ukraine coordination', symbol: symbolDiamond, area: 42 },
  cyber: { label: 'Cyber', symbol: symbolWye, area: 66 },
  sanctions: { label: 'Sanctions', symbol: symbolSaltire, area: 60 },
  statement: { label: 'Statement or analysis', symbol: symbolCircle, area: 44 },
  aid: { label: 'Aid', symbol: symbolCross, area: 70 },
};

/** Whether an event's date is given to the day, with no "or later": its marker is filled; otherwise hollow. */
export const isExactDate = (event: { precision: Precision; orLater?: true | undefined }): boolean => event.precision === 'day' && !event.orLater;

/** How a marker is painted: filled in its category's colour for a date given to the day, hollow (a ring of that colour) for one that is not. */
export function markerPaint(event: { category: MilestoneCategory; precision: Precision; orLater?: true | undefined }, theme: ChartTheme): { fill: string; stroke: string; strokeWidth: number } {
  const color = theme.category[event.category];
  return isExactDate(event) ? { fill: color, stroke: theme.markerStroke, strokeWidth: 0.8 } : { fill: theme.background, stroke: color, strokeWidth: 1.75 };
}

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

/** The arrow of a marker whose date begins before the plot's left edge: drawn left of the marker at 0,0, and centred in the legend's swatch. */
const ARROW = 'l-4.5,3.5l4.5,3.5z';
export const BEGUN_BEFORE_ARROW = `M${-(TIMELINE.markerRadius + 2)},-3.5${ARROW}`;
export const BEGUN_BEFORE_SWATCH = `M2.25,-3.5${ARROW}`;
