import { DataTable } from '../../components/DataTable';
import { formatInteger, formatMeasure, formatUsdFull } from '../../model/format';
import { MEASURE_LABELS, type Measure } from '../../model/measures';
import { AID_TYPE_LABELS } from './aid-constants';
import type { PlacedAidBar } from './compute-aid-bars';
import { describeAidRecord } from './describe-aid';

/** Records listed per row before "and N more". */
const RECORDS_PER_ROW = 3;

/** The table of exactly the bars the aid chart draws; rendered only while it is shown. */
export function AidTable({ bars, measure, caption }: { bars: readonly PlacedAidBar[]; measure: Measure; caption: string }) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'country', header: 'Country' },
        { key: 'type', header: 'Aid type' },
        { key: 'value', header: MEASURE_LABELS[measure].name, numeric: true },
        { key: 'usd', header: 'US$ committed', numeric: true },
        { key: 'records', header: 'As printed in the sources' },
      ]}
      rows={bars.map((bar) => {
        const records = bar.cell.records;
        const listed = records.slice(0, RECORDS_PER_ROW).map((r) => {
          const d = describeAidRecord(r);
          return `${d.date}, ${d.basis}: ${d.money ?? r.summary}`;
        });
        if (records.length > RECORDS_PER_ROW) listed.push(`and ${formatInteger(records.length - RECORDS_PER_ROW)} more (in the CSV)`);
        return {
          key: bar.key,
          cells: [
            bar.countryName,
            AID_TYPE_LABELS[bar.type],
            bar.value === null ? 'no indicator' : bar.usd === 0 ? 'none stated' : formatMeasure(bar.value, measure),
            formatUsdFull(bar.usd),
            listed.length ? listed.join('; ') : 'none stated',
          ],
        };
      })}
    />
  );
}
