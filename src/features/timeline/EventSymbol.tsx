import type { ChartTheme } from '../../components/theme';
import type { TimelineEvent } from '../../model/timeline';
import { categoryPath, markerPaint } from './timeline-constants';

/** An event's marker as a small inline image, for lists beside the chart: its category's shape, hollow for a date not given to the day. */
export function EventSymbol({ event, theme }: { event: Pick<TimelineEvent, 'category' | 'precision' | 'orLater'>; theme: ChartTheme }) {
  const paint = markerPaint(event, theme);
  return (
    <svg width={14} height={14} aria-hidden="true" focusable="false" className="event-symbol">
      <path transform="translate(7,7)" d={categoryPath(event.category, 0.9)} fill={paint.fill} stroke={paint.stroke} strokeWidth={paint.strokeWidth} />
    </svg>
  );
}
