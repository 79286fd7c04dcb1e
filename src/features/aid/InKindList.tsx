import { memo, useState } from 'react';
import { CitationList } from '../../components/CitationList';
import type { AidRecord, Source } from '../../data/schema';
import type { InKindSelection } from '../../model/aid';
import { describeDateBasis, formatInteger, formatPartialDate } from '../../model/format';
import { AID_TYPE_LABELS } from './aid-constants';
import { itemText } from './describe-aid';

/** Contributions listed before "Show all". */
const LISTED = 12;

/**
 * One contribution with its quotes. Memoised: the records are the dataset's own objects, so a
 * filter change that keeps a contribution in the list leaves its entry (and its quotes) untouched.
 */
const InKindItem = memo(function InKindItem({ record: r, countryName, sources }: { record: AidRecord; countryName: string; sources: ReadonlyMap<string, Source> }) {
  return (
    <li>
      <details>
        <summary>
          <strong>{countryName}</strong> · {AID_TYPE_LABELS[r.type]} · {describeDateBasis(r.dateBasis)} {formatPartialDate(r.date, r.precision)}: {r.items.map(itemText).join('; ')}
        </summary>
        <CitationList citations={r.citations} sources={sources} />
        {r.note && <p className="note">{r.note}</p>}
      </details>
    </li>
  );
});

/** Contributions the sources give without a money value, listed with their country, never dropped. */
export const InKindList = memo(function InKindList({ selection, countryNames, sources }: { selection: InKindSelection; countryNames: ReadonlyMap<string, string>; sources: ReadonlyMap<string, Source> }) {
  const [all, setAll] = useState(false);
  if (!selection.count) return null;
  const shown = selection.first(all ? selection.count : LISTED);
  return (
    <section className="in-kind" aria-labelledby="in-kind-title">
      <h3 id="in-kind-title">Contributions without a stated value</h3>
      <ul>
        {shown.map((r) => (
          <InKindItem key={r.id} record={r} countryName={countryNames.get(r.country) ?? r.country} sources={sources} />
        ))}
      </ul>
      {selection.count > shown.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {formatInteger(selection.count)}
        </button>
      )}
    </section>
  );
});
