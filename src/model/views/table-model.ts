import type { ChartTable, TableRow } from '../../charts/rendered-chart.ts';
import type { FigureNode } from '../figure-node.ts';

export type { TableRow };

/** A table as components render it: caption, column headings, and rows headed by their first cell. */
export interface TableModel extends ChartTable {
  /** Which columns (0-based, after the row header) hold numbers. Defaults to all. */
  numeric?: number[];
  /** The figures the table shows, by key. */
  nodes?: Map<string, FigureNode>;
}

/** A row of figures shown as table cells (rates and durations bare, under a heading that names the unit). */
export function figureRow(header: string, nodes: readonly (FigureNode | undefined)[], extra: Partial<TableRow> = {}): TableRow {
  return { header, cells: nodes.map((node) => node?.cell ?? '[x]'), figures: nodes.map((node) => node?.key), ...extra };
}
