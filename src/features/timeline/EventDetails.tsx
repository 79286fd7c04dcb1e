import { CitationList } from '../../components/CitationList';
import type { Source } from '../../data/schema';
import { listInWords } from '../../model/dataset-model';
import type { TimelineEvent } from '../../model/timeline';
import { eventDateInWords } from './describe-timeline';
import { CATEGORY_STYLE } from './timeline-constants';

/** The selected event: what happened, when, who was involved, and the quotes that say so. */
export function EventDetails({ event, countryNames, sources, onClose }: { event: TimelineEvent; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source>; onClose: () => void }) {
  return (
    <section className="event-details" aria-label="Selected event">
      <div className="event-details__head">
        <h3>{event.title}</h3>
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
