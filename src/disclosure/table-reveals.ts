import { longest } from './bulk.ts';
import { numberTokens } from './number-tokens.ts';
import type { Grid } from './place.ts';

/** A withheld cell that a table's own total gives away. */
export interface Reveal {
  grid: Grid;
  /** The withheld cell's row and column headers. */
  row: string;
  column: string;
  /** What total minus the rest (or the sum of the parts) makes it. */
  value: number;
  how: string;
}

type Cell = { kind: 'number'; value: number; decimals: number } | { kind: 'withheld' } | { kind: 'missing' } | { kind: 'text' };

const WITHHELD = /^(?:\[c\]|c|■)(?:\s|$)/i;
const MISSING = /^(?:\[(?:x|z|low|k)\]|x|z|k|:|\.\.|-|–|—|)$/i;
const TOTAL_HEADER = /^(?:total|all\b|overall)/i;

export function readCell(text: string): Cell {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (WITHHELD.test(trimmed)) return { kind: 'withheld' };
  if (MISSING.test(trimmed)) return { kind: 'missing' };
  // A number alone, perhaps with a unit sign or a qualifying symbol: "1,234", "86.0%", "£12", "12 [p]".
  const bare = trimmed.replace(/^£/, '').replace(/%$/, '').replace(/\s*\[(?:p|r|e|u|b)\]$/i, '').replace(/^[-−]/, '');
  const tokens = numberTokens(bare);
  const only = tokens[0];
  if (tokens.length === 1 && only !== undefined && only.text === bare) {
    return { kind: 'number', value: /^[-−]/.test(trimmed) ? -only.value : only.value, decimals: only.decimals };
  }
  return { kind: 'text' };
}

interface Line {
  header: string;
  cells: Cell[];
}

/** How far a number shown to `decimals` places can be from the number it stands for. */
function halfUnit(cell: Cell): number {
  return cell.kind === 'number' ? 0.5 * 10 ** -cell.decimals : 0;
}

/** A column where every line has a number: its values and what the sum test needs, worked out once. */
interface NumberColumn {
  cells: Extract<Cell, { kind: 'number' }>[];
  sum: number;
  slack: number;
  nonZero: number;
}

function numberColumns(lines: readonly Line[], width: number): NumberColumn[] {
  const columns: NumberColumn[] = [];
  for (let k = 0; k < width; k += 1) {
    const cells = lines.map((line) => line.cells[k]);
    if (!cells.every((cell): cell is Extract<Cell, { kind: 'number' }> => cell?.kind === 'number')) continue;
    let sum = 0;
    let slack = 0;
    let nonZero = 0;
    for (const cell of cells) {
      sum += cell.value;
      slack += halfUnit(cell);
      if (cell.value !== 0) nonZero += 1;
    }
    columns.push({ cells, sum, slack, nonZero });
  }
  return columns;
}

/**
 * Lines whose header says total, or else one line that is the sum of the others wherever all are numbers.
 * Each column's sum is taken once, so testing every line as the total costs one pass, not one per line:
 * a download of thousands of rows is read as one table.
 */
function totalLines(lines: readonly Line[]): number[] {
  const named = lines.flatMap((line, i) => (TOTAL_HEADER.test(line.header.trim()) ? [i] : []));
  if (named.length > 0) return named;
  if (lines.length < 3) return [];
  const columns = numberColumns(lines, longest(lines.map((l) => l.cells.length)));
  for (let candidate = 0; candidate < lines.length; candidate += 1) {
    let agreeing = 0;
    let contradicted = false;
    for (const column of columns) {
      const total = column.cells[candidate]!;
      if (column.nonZero - (total.value !== 0 ? 1 : 0) < 2) continue;
      // Rounding a sum of numbers shown to so many places can be out by the sum of their half units.
      const slack = column.slack - halfUnit(total) + 1e-9;
      if (Math.abs(total.value - (column.sum - total.value)) <= slack) agreeing += 1;
      else contradicted = true;
    }
    if (agreeing > 0 && !contradicted) return [candidate];
  }
  return [];
}

/**
 * Withheld cells of one direction (columns read down, with total rows) that the total gives away:
 * a total shown with exactly one part withheld (total minus the rest), or a withheld total whose
 * parts are all shown (their sum). A second withheld or missing part keeps the secret.
 */
function revealsAlong(lines: readonly Line[], crossHeaders: readonly string[], label: (line: string, cross: string) => { row: string; column: string }): Omit<Reveal, 'grid'>[] {
  const found: Omit<Reveal, 'grid'>[] = [];
  const totals = totalLines(lines);
  const width = longest(lines.map((l) => l.cells.length));
  for (const t of totals) {
    for (let k = 0; k < width; k += 1) {
      const total = lines[t]?.cells[k];
      const parts = lines.flatMap((line, i) => (totals.includes(i) ? [] : [{ header: line.header, cell: line.cells[k] ?? ({ kind: 'missing' } as Cell) }]));
      if (total === undefined || parts.length < 2) continue;
      const withheld = parts.filter((p) => p.cell.kind === 'withheld');
      const others = parts.filter((p) => p.cell.kind !== 'withheld');
      const cross = crossHeaders[k] ?? `column ${k + 1}`;
      if (total.kind === 'number' && withheld.length === 1 && others.every((p) => p.cell.kind === 'number')) {
        const sum = others.reduce((s, p) => s + (p.cell.kind === 'number' ? p.cell.value : 0), 0);
        const secret = withheld[0]!;
        found.push({ ...label(secret.header, cross), value: total.value - sum, how: `${lines[t]?.header ?? 'total'} ${total.value} minus the other ${others.length} shown` });
      }
      if (total.kind === 'withheld' && parts.every((p) => p.cell.kind === 'number')) {
        const sum = parts.reduce((s, p) => s + (p.cell.kind === 'number' ? p.cell.value : 0), 0);
        found.push({ ...label(lines[t]?.header ?? 'total', cross), value: sum, how: `the sum of the ${parts.length} parts shown` });
      }
    }
  }
  return found;
}

/** Every withheld cell a table's totals give away, down its columns and along its rows. */
export function tableReveals(grid: Grid): Reveal[] {
  const cells = grid.cells.map((row) => row.map(readCell));
  const rows: Line[] = cells.map((row, r) => ({ header: grid.rowHeaders[r] ?? '', cells: row }));
  const width = longest(cells.map((row) => row.length));
  const columns: Line[] = Array.from({ length: width }, (_, c) => ({ header: grid.columnHeaders[c] ?? '', cells: cells.map((row) => row[c] ?? { kind: 'missing' }) }));
  return [
    ...revealsAlong(rows, grid.columnHeaders, (row, column) => ({ row, column })),
    ...revealsAlong(columns, grid.rowHeaders, (column, row) => ({ row, column })),
  ].map((reveal) => ({ grid, ...reveal }));
}
