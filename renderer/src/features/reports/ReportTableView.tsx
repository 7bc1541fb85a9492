import { formatCell, type ReportTable } from '../../../../shared/reports/tables';
import type { ReportText } from '../../../../shared/reports/text';

/** A section's figures as a table beside its plot: the plot's text alternative and what the CSV holds. */
export function ReportTableView({ table, caption, w }: { table: ReportTable; caption: string; w: ReportText }) {
  return (
    <div className="report-table-scroll">
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>{w.t('none')}</td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={i}>
                {table.columns.map((c) => (
                  <td key={c.key} className={row[c.key] === null ? 'report-not-recorded' : undefined}>
                    {formatCell(row[c.key] ?? null, w)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
