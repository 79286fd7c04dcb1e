import { CitationList } from '../../components/CitationList';
import type { Source } from '../../data/schema';
import { listInWords } from '../../model/dataset-model';
import type { TimelineEvent } from '../../model/timeline';
import { eventDateInWords } from './describe-timeline';
import { CATEGORY_STYLE } from './timeline-constants';

/** The selected event: what happened, when, who was involved, and the quotes that say so. `level`: its heading's (4 inside the phone's list, under the year's). */
export function EventDetails({ event, countryNames, sources, onClose, level = 3 }: { event: TimelineEvent; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source>; onClose: () => void; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="event-details" aria-label="Selected event">
      <div className="event-details__head">
        <Heading>{event.title}</Heading>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="event-details__meta">
        {eventDateInWords(event)} · {CATEGORY_STYLE[event.category].label} ·{' '}
        {listInWords(event.countries.map((c) => countryNames.get(c) ?? c))}
      </p>
      {event.dateNote && <p className="note">Date: {event.dateNote}</p>}
      <CitationList citations={event.citations} sources={sources} />
      {event.note && <p className="note">{event.note}</p>}
    </section>
  );
}
