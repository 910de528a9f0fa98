import type { ChartTable } from '../../charts/rendered-chart.ts';
import { tidyCsv } from './tidy-csv.ts';

/**
 * A chart's own table as CSV, cell for cell as the page shows it: a withheld figure is its symbol
 * (`[c]`), never a number, since the table itself went through disclosure control.
 */
export function chartCsv(table: ChartTable): string {
  const columns = table.columns;
  if (new Set(columns).size !== columns.length) throw new Error(`chart table "${table.caption}": two columns are headed alike (${columns.join(', ')}), so it cannot be a CSV`);
  const rows = table.rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, i === 0 ? row.header : (row.cells[i - 1] ?? '')])));
  return tidyCsv(rows, columns);
}
