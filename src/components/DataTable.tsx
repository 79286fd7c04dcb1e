import type { ReactNode } from 'react';

/** One column of a data table. */
export interface Column {
  key: string;
  header: string;
  numeric?: boolean;
}

/** A table row: its key and one cell per column. */
export interface TableRow {
  key: string;
  cells: ReactNode[];
}

/** An accessible HTML table with a caption, used for every chart's "Show table". */
export function DataTable({ caption, columns, rows }: { caption: string; columns: readonly Column[]; rows: readonly TableRow[] }) {
  return (
    <div className="data-table" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={columns[i]?.key ?? i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={columns[i]?.key ?? i} className={columns[i]?.numeric ? 'numeric' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
