import { csvFormat } from 'd3-dsv';

/**
 * CSV text with the columns in the given order, quoted only where needed (RFC 4180, as d3-dsv writes
 * it), ending in a line break so that files joined or appended to stay one row per line.
 */
export function tidyCsv<Column extends string>(rows: readonly Record<Column, string>[], columns: readonly Column[]): string {
  return `${csvFormat(rows as Record<Column, string>[], [...columns])}\n`;
}
