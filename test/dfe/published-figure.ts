import type { EesCell, EesRow } from '../../src/data/ees.ts';

/** One figure DfE published, with the two cells it was built from, and where to find it. */
export interface PublishedFigure {
  /** `file:line`, so a listed row can be opened straight away. */
  location: string;
  /** Year, local authority and any breakdown, for people reading the listing. */
  label: string;
  /** The local authority alone, for grouping rows that were not compared. */
  area: string;
  published: EesCell;
  numerator: EesCell;
  denominator: EesCell;
}

/** A cell that should be there; a missing one means the file's columns changed, which must fail loudly. */
export function cellOf(row: EesRow, column: string, file: string): EesCell {
  const cell = row.cells[column];
  if (cell === undefined) throw new Error(`${file}:${row.line} has no column "${column}"`);
  return cell;
}

export function areaOf(row: EesRow): string {
  return `${row.la_name ?? '(no name)'} (${row.old_la_code ?? '?'})`;
}

export function labelOf(row: EesRow): string {
  return `${row.time_period} ${areaOf(row)}`;
}
