import { csvParseRows } from 'd3-dsv';
import { fieldRole } from './field-roles.ts';
import type { FileReading, Grid, Place } from './place.ts';
import { sentences } from './sentences.ts';

const BREAKDOWN_COLUMN = /^(?:breakdown|category|group)$/i;
/** Columns that differ row by row without saying what a number is of. */
const FREE_TEXT_COLUMN = /^(?:note|notes|source|comment)$/i;
const MARKER_COLUMN = /^(?:marker|symbol|flag)$/i;

/**
 * A CSV as places (each cell, said to be of its column header and the rest of its row) and as
 * tables: the file itself, and for a long file with a breakdown column, each set of rows that differ
 * only in that column, since a blank or "Total" breakdown row is then the total of the others.
 */
export function readCsv(file: string, text: string): FileReading {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const [header, ...body] = rows;
  if (header === undefined) return { places: [], grids: [], notes: [] };
  const roles = header.map((name) => fieldRole(name));
  // Made as the scanner asks for them and dropped once looked at: a national download has millions
  // of cells, and a place each, all at once, did not fit in the build's heap.
  function* places(names: readonly string[]): Generator<Place> {
    for (const [r, row] of body.entries()) {
      const identifiers = row.filter((_, c) => roles[c] === 'identifier').join(' | ');
      for (const [c, cell] of row.entries()) {
        if (cell.trim() === '' || roles[c] === 'metadata') continue;
        const column = names[c] ?? `column ${c + 1}`;
        const parts = /\s/.test(cell.trim()) ? sentences(cell) : [cell];
        for (const part of parts) {
          yield { file, where: `line ${r + 2} column "${column}"`, text: part, context: roles[c] === 'identifier' ? part : `${identifiers} | ${column} | ${part}` };
        }
      }
    }
  }
  const grids: Grid[] = [{ file, where: 'CSV', caption: '', columnHeaders: header.slice(1), rowHeaders: body.map((row) => row[0] ?? ''), cells: body.map((row) => row.slice(1)) }];
  const split = header.findIndex((name) => BREAKDOWN_COLUMN.test(name.trim()));
  if (split >= 0) {
    const marker = header.findIndex((name) => MARKER_COLUMN.test(name.trim()));
    const numeric = header.map((_, c) => c).filter((c) => c !== split && c !== marker && body.some((row) => /^\s*-?[\d,]+(\.\d+)?\s*$/.test(row[c] ?? '')));
    // A blank number beside a `c` marker is a withheld cell, as `[c]` in the number column would be.
    const cellOf = (row: string[], c: number): string => ((row[c] ?? '').trim() === '' && marker >= 0 ? (row[marker] ?? '') : (row[c] ?? ''));
    const groups = new Map<string, string[][]>();
    for (const row of body) {
      const key = header.map((_, c) => (c === split || c === marker || numeric.includes(c) || FREE_TEXT_COLUMN.test(header[c] ?? '') ? '' : (row[c] ?? ''))).join('\u0000');
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [row]);
      else group.push(row);
    }
    for (const [key, group] of groups) {
      if (group.length < 3) continue;
      grids.push({
        file,
        where: `rows for ${key.split('\u0000').filter((v) => v !== '').join(', ')}`,
        caption: key.split('\u0000').join(' '),
        columnHeaders: numeric.map((c) => header[c] ?? ''),
        rowHeaders: group.map((row) => ((row[split] ?? '').trim() === '' ? 'Total' : (row[split] ?? ''))),
        cells: group.map((row) => numeric.map((c) => cellOf(row, c))),
      });
    }
  }
  return { places: places(header), grids, notes: [] };
}
