import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { ChartTheme } from '../../components/theme';
import { dateInWords, formatInteger } from '../../model/format';
import type { TimelineEvent } from '../../model/timeline';
import { firstEvents, type YearGroup } from './compute-timeline';
import { EventSymbol } from './EventSymbol';
import { categoryLabel } from './describe-timeline';

/**
 * Events the phone's list shows at first, and adds with each "Show more": a large dataset's
 * thousands of events would make a page tens of thousands of pixels long (and take a phone
 * seconds to draw); the bundled data's are fewer and all shown.
 */
export const LIST_PAGE = 100;

/**
 * The milestones on a phone: a list grouped by year, each event a button that opens its details
 * under it, where the finger is (`details` draws them; its `close` puts focus back on the event).
 */
export function TimelineList({
  groups,
  theme,
  selectedId,
  onSelect,
  onHover,
  details,
}: {
  groups: readonly YearGroup[];
  theme: ChartTheme;
  selectedId: string | null;
  onSelect: (event: TimelineEvent) => void;
  onHover: (event: TimelineEvent | null) => void;
  details: (event: TimelineEvent, close: (e: MouseEvent<HTMLButtonElement>) => void) => ReactNode;
}) {
  const [limit, setLimit] = useState(LIST_PAGE);
  const listRef = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  // The selected event (from a link, say) is always among those shown.
  const selectedAt = selectedId === null ? -1 : groups.flatMap((g) => g.items).findIndex((item) => item.event.id === selectedId);
  const shown = Math.min(Math.max(limit, selectedAt + 1), total);
  // After "Show more", focus goes to the first event it added, so the keyboard goes on reading there.
  useEffect(() => {
    if (focusFrom.current === null) return;
    listRef.current?.querySelectorAll<HTMLButtonElement>('li button')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [limit]);
  const more = () => {
    focusFrom.current = shown;
    setLimit(shown + LIST_PAGE);
  };
  return (
    <div className="timeline-list" role="group" aria-label="Milestones by year" ref={listRef}>
      {firstEvents(groups, shown).map((g) => (
        <section key={g.year} aria-labelledby={`timeline-year-${g.year}`}>
          <h3 id={`timeline-year-${g.year}`}>{g.year}</h3>
          <ul>
            {g.items.map(({ event, lanes }) => (
              <li key={event.id}>
                <button
                  type="button"
                  aria-expanded={selectedId === event.id}
                  onClick={() => onSelect(event)}
                  onFocus={() => onHover(event)}
                  onBlur={() => onHover(null)}
                  onPointerEnter={() => onHover(event)}
                  onPointerLeave={() => onHover(null)}
                >
                  <EventSymbol event={event} theme={theme} />
                  <span className="timeline-list__text">
                    <span className="timeline-list__title">{event.title}</span>
                    <span className="timeline-list__meta">
                      <span className="timeline-list__date">{dateInWords(event)}</span> · {categoryLabel(event.category)} · {lanes}
                    </span>
                  </span>
                </button>
                {selectedId === event.id &&
                  details(event, (e) => {
                    // The entry's own button: the first in its list item, above the details.
                    const entry = e.currentTarget.closest('li')?.querySelector('button');
                    onSelect(event);
                    entry?.focus();
                  })}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {shown < total && (
        <p className="timeline-list__more">
          {`Showing ${formatInteger(shown)} of ${formatInteger(total)} events, in date order; narrow the dates or countries for fewer. `}
          <button type="button" onClick={more}>
            {`Show ${formatInteger(Math.min(LIST_PAGE, total - shown))} more`}
          </button>
        </p>
      )}
    </div>
  );
}
