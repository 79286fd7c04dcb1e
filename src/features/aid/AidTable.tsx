import { DataTable } from '../../components/DataTable';
import { aidTable, type AidDescribeInput } from './describe-aid';

/** The table of what the aid chart draws: a row per value with its date, then the types with no stated value. Built only when shown. */
export function AidTable({ input }: { input: AidDescribeInput }) {
  const table = aidTable(input);
  return <DataTable caption={table.caption} columns={table.columns} rows={table.rows} />;
}
