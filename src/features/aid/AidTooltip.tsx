import { NO_QUOTE } from '../../components/CitationList';
import type { Source } from '../../data/schema';
import type { AidEntry, AidQuestion } from '../../model/aid';
import { AID_TYPE_LABELS } from '../../model/labels';
import type { Measure } from '../../model/measures';
import type { PlacedAidBar } from './compute-aid';
import { countingWords, entryWords, measured, valueWords } from './describe-aid';

const MAX_ENTRIES = 3;

/** One statement behind the value: as counted, how its date was read, and every quote of it (two sources may word it differently). */
function Entry({ entry, sources }: { entry: AidEntry; sources: ReadonlyMap<string, Source> }) {
  const { citations, dateNote, note } = entry.record;
  return (
    <div className="tooltip__record">
      <p className="tooltip__meta">{entryWords(entry)}</p>
      {dateNote && <p className="tooltip__meta">Date: {dateNote}</p>}
      {citations.length ? (
        citations.map((c, i) => (
          <p key={i} className="tooltip__quote">
            “{c.quote}” <cite>— {sources.get(c.source)?.label ?? c.source}</cite>
          </p>
        ))
      ) : (
        <p className="tooltip__quote">{NO_QUOTE}</p>
      )}
      {note && <p className="tooltip__meta">{note}</p>}
    </div>
  );
}

/** What a bar stands for: its value and standing, how it was counted, and the quotes behind it. */
export function AidTooltip({ bar, measure, question, fromIso, toIso, sources, pinned }: { bar: PlacedAidBar; measure: Measure; question: AidQuestion; fromIso: string | null; toIso: string | null; sources: ReadonlyMap<string, Source>; pinned: boolean }) {
  const { cell } = bar;
  const entries = [...cell.entries, ...cell.openEntries];
  return (
    <>
      <p className="tooltip__title">
        {bar.countryName} · {AID_TYPE_LABELS[bar.type]}
      </p>
      <p className="tooltip__value">
        {valueWords(cell, bar.value, measure)}
        {/* The US$ behind a per-capita or %-of-GDP value, with the same standing and marks. */}
        {measure !== 'usd' && bar.value !== null ? ` (${valueWords(cell, measured(cell, 'usd', undefined), 'usd')})` : ''}
      </p>
      <p className="tooltip__meta">{countingWords(cell, question, toIso, fromIso)}</p>
      {entries.slice(0, MAX_ENTRIES).map((e) => (
        <Entry key={`${e.record.id}:${e.role}`} entry={e} sources={sources} />
      ))}
      {entries.length > MAX_ENTRIES && <p className="tooltip__meta">and {entries.length - MAX_ENTRIES} more in the table.</p>}
      <p className="tooltip__hint">{pinned ? 'Pinned: Escape, or a tap or click outside the chart, closes it.' : 'Enter pins this; the arrow keys move between bars.'}</p>
    </>
  );
}
