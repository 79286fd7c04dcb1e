import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { formatInteger } from '../../model/format';
import { TIMELINE_TABLE_COLUMNS } from './describe-timeline';

/** Rows the table shows before "Show all". */
const TABLE_PAGE = 200;

/** The table of every event the timeline holds under the filters. */
export function TimelineTable({ rows, caption }: { rows: readonly { key: string; cells: string[] }[]; caption: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, TABLE_PAGE);
  return (
    <>
      <DataTable caption={caption} columns={TIMELINE_TABLE_COLUMNS} rows={shown} />
      {rows.length > shown.length && (
        <p className="table-more">
          Showing {formatInteger(shown.length)} of {formatInteger(rows.length)} events.{' '}
          <button type="button" onClick={() => setAll(true)}>
            Show all {formatInteger(rows.length)}
          </button>{' '}
          or use Download CSV.
        </p>
      )}
    </>
  );
}
