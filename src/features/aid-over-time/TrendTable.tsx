import { DataTable } from '../../components/DataTable';
import { trendTable, type TrendDescribeInput } from './describe-aid-over-time';

/** The table of every statement drawn: written only when it is shown (a large dataset has thousands). */
export function TrendTable({ input }: { input: TrendDescribeInput }) {
  const table = trendTable(input);
  return <DataTable caption={table.caption} columns={table.columns} rows={table.rows} />;
}
