import { useState } from 'react';
import { CitationList } from '../../components/CitationList';
import type { AidRecord, Source } from '../../data/schema';
import { describeDateBasis, formatInteger, formatPartialDate } from '../../model/format';
import { AID_TYPE_LABELS } from '../../model/labels';
import { itemText } from './describe-aid';

/** Contributions listed before "Show all". */
const LISTED = 12;

/** Contributions the sources give without a money value, listed with their country and quotes, never dropped. */
export function InKindList({ records, countryNames, sources }: { records: readonly AidRecord[]; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source> }) {
  const [all, setAll] = useState(false);
  if (!records.length) return null;
  const shown = all ? records : records.slice(0, LISTED);
  return (
    <section className="in-kind" aria-labelledby="in-kind-title">
      <h3 id="in-kind-title">Contributions without a stated value</h3>
      <ul>
        {shown.map((r) => (
          <li key={r.id}>
            <details>
              <summary>
                <strong>{countryNames.get(r.country) ?? r.country}</strong> · {AID_TYPE_LABELS[r.type]} · {describeDateBasis(r.dateBasis)} {formatPartialDate(r.date, r.precision)}: {r.items.map(itemText).join('; ')}
              </summary>
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
    </section>
  );
}
