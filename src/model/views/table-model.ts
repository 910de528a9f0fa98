import type { FigureNode } from '../figure-node.ts';

/** A row of a table: its header, the cells as shown, and the model's figure in each cell where it is one. */
export interface TableRow {
  header: string;
  cells: string[];
  highlight?: boolean;
  /** The key of the figure in each cell, so the page can mark it and check it reads the same everywhere. */
  figures?: (string | undefined)[];
}

/** A table as components render it: caption, column headings, and rows headed by their first cell. */
export interface TableModel {
  caption: string;
  columns: string[];
  rows: TableRow[];
  /** Which columns (0-based, after the row header) hold numbers. Defaults to all. */
  numeric?: number[];
  /** The figures the table shows, by key. */
  nodes?: Map<string, FigureNode>;
}

/** A row of figures shown as table cells (rates and durations bare, under a heading that names the unit). */
export function figureRow(header: string, nodes: readonly (FigureNode | undefined)[], extra: Partial<TableRow> = {}): TableRow {
  return { header, cells: nodes.map((node) => node?.cell ?? '[x]'), figures: nodes.map((node) => node?.key), ...extra };
}
