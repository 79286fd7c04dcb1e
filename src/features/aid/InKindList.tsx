import type { AidRecord, Source } from '../../data/schema';
import { CitationList } from '../../components/CitationList';
import { describeDateBasis, formatPartialDate } from '../../model/format';
import { AID_TYPE_LABELS } from './aid-constants';
import { itemText } from './describe-aid';

/** Contributions the sources give without a money value, listed with their country, never dropped. */
export function InKindList({ records, countryNames, sources }: { records: readonly AidRecord[]; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source> }) {
  if (!records.length) return null;
  return (
    <section className="in-kind" aria-labelledby="in-kind-title">
      <h3 id="in-kind-title">Contributions without a stated value</h3>
      <ul>
        {records.map((r) => (
          <li key={r.id}>
            <details>
              <summary>
                <strong>{countryNames.get(r.country) ?? r.country}</strong> · {AID_TYPE_LABELS[r.type]} · {describeDateBasis(r.dateBasis)}{' '}
                {formatPartialDate(r.date, r.precision)}: {r.items.map(itemText).join('; ')}
              </summary>
              <CitationList citations={r.citations} sources={sources} />
              {r.note && <p className="note">{r.note}</p>}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
