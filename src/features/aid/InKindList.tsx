import { memo, useCallback, useState } from 'react';
import { CitationList } from '../../components/CitationList';
import { useSlots } from '../../components/slots';
import type { AidRecord, Source } from '../../data/schema';
import type { InKindSelection } from '../../model/aid';
import { describeDateBasis, formatInteger, formatPartialDate } from '../../model/format';
import { AID_TYPE_LABELS } from './aid-constants';
import { itemText } from './describe-aid';

/** Contributions listed before "Show all". */
const LISTED = 12;

interface InKindItemProps {
  record: AidRecord;
  countryName: string;
  sources: ReadonlyMap<string, Source>;
  open: boolean;
  onToggle: (id: string, open: boolean) => void;
}

/**
 * One contribution with its quotes. Memoised: the records are the dataset's own objects, so a
 * contribution that stays listed (and keeps its place, see `useSlots`) is left alone.
 */
const InKindItem = memo(function InKindItem({ record: r, countryName, sources, open, onToggle }: InKindItemProps) {
  return (
    <li>
      <details open={open} onToggle={(e) => onToggle(r.id, e.currentTarget.open)}>
        <summary>
          {/* One text node after the name: an entry reused for another contribution rewrites two nodes, not eight. */}
          <strong>{countryName}</strong>
          {` · ${AID_TYPE_LABELS[r.type]} · ${describeDateBasis(r.dateBasis)} ${formatPartialDate(r.date, r.precision)}: ${r.items.map(itemText).join('; ')}`}
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
  // Which contributions are open, by record: an entry may be reused for another contribution.
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = useCallback((id: string, open: boolean) => {
    setOpenIds((current) => {
      if (current.has(id) === open) return current;
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const shown = selection.first(all ? selection.count : LISTED);
  const slots = useSlots(shown.map((r) => r.id));
  if (!selection.count) return null;
  return (
    <section className="in-kind" aria-labelledby="in-kind-title">
      <h3 id="in-kind-title">Contributions without a stated value</h3>
      <ul>
        {shown.map((r) => (
          <InKindItem key={slots.get(r.id)} record={r} countryName={countryNames.get(r.country) ?? r.country} sources={sources} open={openIds.has(r.id)} onToggle={onToggle} />
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
