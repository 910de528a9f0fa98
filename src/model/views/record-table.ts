import type { TableModel } from './table-model.ts';

/** Records every cell of a table a page shows, keyed by the table, its row and its column. */
export function recordTable(record: (key: string, text: string) => void, prefix: string, table: Pick<TableModel, 'columns' | 'rows'>): void {
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => record(`${prefix} | ${row.header} | ${table.columns[i + 1] ?? i + 1}`, cell));
  }
}
