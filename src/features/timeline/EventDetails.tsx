import type { MouseEvent } from 'react';
import { CitationList } from '../../components/CitationList';
import type { Source } from '../../data/schema';
import type { TimelineEvent } from '../../model/timeline';
import { dateInWords } from '../../model/format';
import { categoryLabel, eventCountries } from './describe-timeline';

/**
 * The selected event: what happened, when, who was involved, and the quotes that say so. `inList`:
 * opened under its entry in the phone's list, which shows its title just above (the heading, one
 * level under the year's, is then for screen readers only).
 */
export function EventDetails({ event, countryNames, sources, onClose, inList = false }: { event: TimelineEvent; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source>; onClose: (e: MouseEvent<HTMLButtonElement>) => void; inList?: boolean }) {
  return (
    <section className="event-details" aria-label="Selected event">
      <div className="event-details__head">
        {inList ? <h4 className="visually-hidden">{event.title}</h4> : <h3>{event.title}</h3>}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="event-details__meta">
        {dateInWords(event)} · {categoryLabel(event.category)} · {eventCountries(event, countryNames)}
      </p>
      {event.dateNote && <p className="note">Date: {event.dateNote}</p>}
      <CitationList citations={event.citations} sources={sources} />
      {event.note && <p className="note">{event.note}</p>}
    </section>
  );
}
