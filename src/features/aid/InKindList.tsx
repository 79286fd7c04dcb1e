import { useId, useState } from 'react';
import { CitationList } from '../../components/CitationList';
import type { AidRecord, Source } from '../../data/schema';
import { formatInteger } from '../../model/format';
import { inKindHeading } from './describe-aid';

/** Contributions listed before "Show all". */
const LISTED = 12;

/** Contributions the sources give without a money value, listed with their country and quotes, never dropped. */
export function InKindList({ records, countryNames, sources }: { records: readonly AidRecord[]; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source> }) {
  const [all, setAll] = useState(false);
  const titleId = useId();
  if (!records.length) return null;
  const shown = all ? records : records.slice(0, LISTED);
  // Folded by default: the chart's face stays short, and the list is one click away.
  return (
    <details className="in-kind" aria-labelledby={titleId}>
      <summary>
        <h3 id={titleId}>Contributions without a stated value</h3> <span className="muted">({formatInteger(records.length)})</span>
      </summary>
      <ul>
        {shown.map((r) => (
          <li key={r.id}>
            <details>
              <summary>{inKindHeading(r, countryNames)}</summary>
              <CitationList citations={r.citations} sources={sources} />
              {r.note && <p className="note">{r.note}</p>}
            </details>
          </li>
        ))}
      </ul>
      {records.length > shown.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {formatInteger(records.length)}
        </button>
      )}
    </details>
  );
}
