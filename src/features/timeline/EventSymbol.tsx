import type { ChartTheme } from '../../components/theme';
import type { MilestoneCategory } from '../../data/schema';
import { CATEGORY_STYLE, categoryPath } from './timeline-constants';

/** A category's marker as a small inline image, for lists beside the chart. */
export function EventSymbol({ category, theme }: { category: MilestoneCategory; theme: ChartTheme }) {
  const style = CATEGORY_STYLE[category];
  const color = theme.category[category];
  return (
    <svg width={14} height={14} aria-hidden="true" focusable="false" className="event-symbol">
      <path transform="translate(7,7)" d={categoryPath(category, 0.9)} fill={style.stroke ? 'none' : color} stroke={style.stroke ? color : theme.markerStroke} strokeWidth={style.stroke ? 2 : 0.8} />
    </svg>
  );
}
