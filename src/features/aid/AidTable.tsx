import { DataTable } from '../../components/DataTable';
import type { AidCell } from '../../model/aid';
import { AID_TYPE_LABELS } from '../../model/labels';
import { MEASURE_LABELS, type Indicator, type Measure } from '../../model/measures';
import { STANDING_NAMES, entryWords, measured, valueWords } from './describe-aid';

/** The table of every selected country and type: the drawn bars, and the cells the sources leave not stated. */
export function AidTable({ cells, measure, indicators, names, caption }: { cells: readonly AidCell[]; measure: Measure; indicators: Readonly<Record<string, Indicator | undefined>>; names: ReadonlyMap<string, string>; caption: string }) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'country', header: 'Country' },
        { key: 'type', header: 'Aid type' },
        { key: 'value', header: MEASURE_LABELS[measure].name, numeric: true },
        { key: 'standing', header: 'Standing' },
        { key: 'records', header: 'As printed in the sources († a bare “$”)' },
        { key: 'open', header: 'Timing not stated' },
      ]}
      rows={cells.map((cell) => ({
        key: `${cell.country}:${cell.type}`,
        cells: [
          names.get(cell.country) ?? cell.country,
          AID_TYPE_LABELS[cell.type],
          valueWords(cell, measured(cell, measure, indicators[cell.country]), measure),
          STANDING_NAMES[cell.standing],
          cell.entries.map(entryWords).join('; ') || 'none stated',
          cell.openEntries.map(entryWords).join('; ') || '—',
        ],
      }))}
    />
  );
}
