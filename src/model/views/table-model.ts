/** A table as components render it: caption, column headings, and rows headed by their first cell. */
export interface TableModel {
  caption: string;
  columns: string[];
  rows: { header: string; cells: string[]; highlight?: boolean }[];
  /** Which columns (0-based, after the row header) hold numbers. Defaults to all. */
  numeric?: number[];
}
