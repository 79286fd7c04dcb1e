import type { ChartTheme } from '../../components/theme';
import type { TimelineEvent } from '../../model/timeline';
import { eventDateInWords } from './describe-timeline';
import type { YearGroup } from './compute-timeline';
import { EventSymbol } from './EventSymbol';
import { CATEGORY_STYLE } from './timeline-constants';

/** The milestones on a phone: a list grouped by year, each event a button that opens its details. */
export function TimelineList({ groups, theme, selectedId, onSelect, onHover }: { groups: readonly YearGroup[]; theme: ChartTheme; selectedId: string | null; onSelect: (event: TimelineEvent) => void; onHover: (event: TimelineEvent | null) => void }) {
  return (
    <div className="timeline-list" role="group" aria-label="Milestones by year">
      {groups.map((g) => (
        <section key={g.year} aria-labelledby={`timeline-year-${g.year}`}>
          <h3 id={`timeline-year-${g.year}`}>{g.year}</h3>
          <ul>
            {g.items.map(({ event, lanes }) => (
              <li key={event.id}>
                <button
                  type="button"
                  aria-pressed={selectedId === event.id}
                  onClick={() => onSelect(event)}
                  onFocus={() => onHover(event)}
                  onBlur={() => onHover(null)}
                  onPointerEnter={() => onHover(event)}
                  onPointerLeave={() => onHover(null)}
                >
                  <EventSymbol category={event.category} theme={theme} />
                  <span className="timeline-list__text">
                    <span className="timeline-list__title">{event.title}</span>
                    <span className="timeline-list__meta">
                      <span className="timeline-list__date">{eventDateInWords(event)}</span> · {CATEGORY_STYLE[event.category].label} · {lanes}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
