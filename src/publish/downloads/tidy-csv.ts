import { csvFormat } from 'd3-dsv';

/** A cell that is a number as the downloads write one (plainNumber): a spreadsheet reads it as that number. */
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"): = + - @, a tab or a
 * carriage return, also after spaces, which some spreadsheets skip.
 */
const FORMULA_START = /^[ ]*[=+\-@\t\r]/;

/**
 * A cell as it is safe to open in a spreadsheet. A text cell that a spreadsheet would run as a
 * formula (a label typed as =HYPERLINK("http://…"), a breakdown =1+1) gets a leading apostrophe,
 * which spreadsheets show as text; a number, negative ones included, stays the number it is, so
 * value columns and the EES files keep their format.
 */
export function spreadsheetSafe(cell: string): string {
  if (PLAIN_NUMBER.test(cell) || !FORMULA_START.test(cell)) return cell;
  return `'${cell}`;
}

/**
 * CSV text with the columns in the given order, quoted only where needed (RFC 4180, as d3-dsv writes
 * it), ending in a line break so that files joined or appended to stay one row per line. Every
 * download is written here, so every text cell is made spreadsheet-safe here.
 */
export function tidyCsv<Column extends string>(rows: readonly Record<Column, string>[], columns: readonly Column[]): string {
  const safe = rows.map((row) => {
    const out = {} as Record<Column, string>;
    for (const column of columns) out[column] = spreadsheetSafe(row[column] ?? '');
    return out;
  });
  return `${csvFormat(safe, [...columns])}\n`;
}
