import { NO_QUOTE } from '../../components/CitationList';
import type { Source } from '../../data/schema';
import { formatMeasure, formatUsdCompact } from '../../model/format';
import type { Measure } from '../../model/measures';
import type { DayWindow } from '../../model/window';
import { AID_TYPE_LABELS } from './aid-constants';
import type { PlacedAidBar } from './compute-aid-bars';
import { describeAidRecord, describeCounting } from './describe-aid';

const MAX_RECORDS = 3;

/** What a bar stands for: its value, how it was counted, and the quotes behind it. */
export function AidTooltip({ bar, measure, window, sources }: { bar: PlacedAidBar; measure: Measure; window: DayWindow; sources: ReadonlyMap<string, Source> }) {
  const { cell } = bar;
  const records = cell.records.slice(0, MAX_RECORDS);
  return (
    <>
      <p className="tooltip__title">
        {bar.countryName} · {AID_TYPE_LABELS[bar.type]}
      </p>
      <p className="tooltip__value">
        {bar.value === null ? 'No population or GDP figure for this country' : formatMeasure(bar.value, measure)}
        {measure !== 'usd' && bar.value !== null ? ` (${formatUsdCompact(cell.usd)})` : ''}
      </p>
      <p className="tooltip__meta">{describeCounting(cell, window)}</p>
      {records.map((r) => {
        const d = describeAidRecord(r);
        const first = r.citations[0];
        return (
          <div key={r.id} className="tooltip__record">
            <p className="tooltip__meta">
              {d.date} · {d.basis}
              {d.money ? ` · ${d.money}` : ''}
            </p>
            {first ? (
              <p className="tooltip__quote">
                “{first.quote}” <cite>— {sources.get(first.source)?.label ?? first.source}</cite>
              </p>
            ) : (
              <p className="tooltip__quote">{NO_QUOTE}</p>
            )}
          </div>
        );
      })}
      {cell.records.length > MAX_RECORDS && <p className="tooltip__meta">and {cell.records.length - MAX_RECORDS} more in the table.</p>}
    </>
  );
}
