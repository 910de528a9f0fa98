import { parseSymbol, type SymbolCode } from '../engine/symbols.ts';
import { parseCsvText } from './csv.ts';
import type { RowBudget } from './row-budget.ts';
import type { DataProblem } from './problems.ts';

/**
 * A cell of an EES tidy file outside the geography columns.
 * `raw` is exactly what was published; `text` is trimmed, because DfE labels carry trailing spaces
 * ("Close ") that must not stop a match. In a value column, `value` is the number (parsed from the
 * decimal string, which `raw` keeps) or `symbol` says why there is none.
 *
 * DfE writes a bare `u` (low reliability) *instead of* a number, so such a cell has `symbol: 'u'` and
 * no `value`. In GSS terms `u` qualifies a number (`symbolReplacesValue('u')` is false), so never decide
 * from the symbol whether there is a number here: test `value === undefined`.
 */
export interface EesCell {
  raw: string;
  text: string;
  value?: number;
  symbol?: SymbolCode;
}

export const GEOGRAPHIC_LEVELS = [
  'National',
  'Regional',
  'Local authority',
  'Local authority district',
  'Local skills improvement plan area',
  'Parliamentary constituency',
  'Ward',
  'Opportunity area',
  'English devolved area',
  'Mayoral combined authority',
  'Police force area',
  'Planning area',
  'RSC region',
  'MAT',
  'Sponsor',
  'School',
  'Provider',
  'Institution',
] as const;
export type GeographicLevel = (typeof GEOGRAPHIC_LEVELS)[number];

/** The geography and time columns of the EES standard, typed; blank cells are left out. */
export interface EesRow {
  line: number;
  time_period: string;
  time_identifier: string;
  geographic_level: GeographicLevel;
  old_la_code?: string;
  new_la_code?: string;
  la_name?: string;
  region_code?: string;
  region_name?: string;
  /** Every other column, by name. */
  cells: Record<string, EesCell>;
}

export interface EesColumn {
  name: string;
  /** `value` columns hold numbers or symbols; `label` columns (filters such as `category`) hold text. */
  kind: 'label' | 'value';
}

export interface EesFile {
  file: string;
  columns: EesColumn[];
  rows: EesRow[];
  problems: DataProblem[];
}

export interface EesOptions {
  /** Columns to read as labels even though some of their cells are numbers (e.g. a year group). */
  labels?: readonly string[];
}

const REQUIRED = ['time_period', 'time_identifier', 'geographic_level'] as const;
const OPTIONAL = ['old_la_code', 'new_la_code', 'la_name', 'region_code', 'region_name'] as const;
const GEOGRAPHY: readonly string[] = [...REQUIRED, ...OPTIONAL];
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Without the EES metadata file, a column is a value column when any of its cells is a number.
 * A filter column never holds a bare number; an indicator column always has at least one
 * unless every figure in it is suppressed, which no published file does.
 */
function columnKinds(header: readonly string[], rows: readonly { fields: readonly string[] }[], labels: readonly string[]) {
  return header.map((name, index): EesColumn => {
    if (GEOGRAPHY.includes(name) || labels.includes(name)) return { name, kind: 'label' };
    const numeric = rows.some((row) => DECIMAL.test((row.fields[index] ?? '').trim()));
    return { name, kind: numeric ? 'value' : 'label' };
  });
}

export function parseEesText(text: string, file: string, options: Pick<EesOptions, 'labels'> & { budget?: RowBudget } = {}): EesFile {
  const table = parseCsvText(text, file, options.budget === undefined ? {} : { budget: options.budget });
  const problems = [...table.problems];
  const { header } = table;
  if (header.length === 0) return { file, columns: [], rows: [], problems };
  for (const name of REQUIRED) {
    if (!header.includes(name)) problems.push({ file, line: 1, message: `column "${name}" is missing: EES tidy files need time_period, time_identifier and geographic_level` });
  }
  if (REQUIRED.some((name) => !header.includes(name))) return { file, columns: [], rows: [], problems };

  const columns = columnKinds(header, table.rows, options.labels ?? []);
  const rows: EesRow[] = [];
  for (const { line, fields } of table.rows) {
    const geography: Record<string, string> = {};
    const cells: Record<string, EesCell> = {};
    let bad = false;
    columns.forEach(({ name, kind }, index) => {
      const raw = fields[index] ?? '';
      const text = raw.trim();
      if (GEOGRAPHY.includes(name)) {
        if (text !== '') geography[name] = text;
        return;
      }
      if (kind === 'label' || text === '') {
        cells[name] = { raw, text };
        return;
      }
      if (DECIMAL.test(text)) {
        cells[name] = { raw, text, value: Number(text) };
        return;
      }
      const symbol = parseSymbol(text);
      if (symbol === undefined) {
        bad = true;
        problems.push({
          file,
          line,
          column: index + 1,
          message: `${name} "${raw}" is neither a number nor a known symbol (c, x, z, u, k, low)`,
        });
        return;
      }
      cells[name] = { raw, text, symbol };
    });
    const level = geography['geographic_level'] ?? '';
    if (!(GEOGRAPHIC_LEVELS as readonly string[]).includes(level)) {
      bad = true;
      problems.push({
        file,
        line,
        column: header.indexOf('geographic_level') + 1,
        message: `geographic_level "${level}" is not an EES geographic level such as National, Regional or Local authority`,
      });
    }
    for (const name of ['time_period', 'time_identifier'] as const) {
      if (geography[name] === undefined) {
        bad = true;
        problems.push({ file, line, column: header.indexOf(name) + 1, message: `${name} is blank` });
      }
    }
    if (bad) continue;
    const row: EesRow = {
      line,
      time_period: geography['time_period'] ?? '',
      time_identifier: geography['time_identifier'] ?? '',
      geographic_level: level as GeographicLevel,
      cells,
    };
    for (const name of OPTIONAL) {
      const value = geography[name];
      if (value !== undefined) row[name] = value;
    }
    rows.push(row);
  }
  return { file, columns, rows, problems };
}
