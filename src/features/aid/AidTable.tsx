import { DataTable } from '../../components/DataTable';
import type { AidDescription } from './describe-aid';

/** The table of what the aid chart draws: a row per value with its date, then the types with no stated value. */
export function AidTable({ table }: { table: AidDescription['table'] }) {
  return <DataTable caption={table.caption} columns={table.columns} rows={table.rows} />;
}
