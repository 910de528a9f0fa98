import { csvParseRows } from 'd3-dsv';
import type { DataProblem } from './problems.ts';
import type { RowBudget } from './row-budget.ts';
import { DATA_FILE_LIMITS as TUNED_FILE_LIMITS, DATA_FOLDER_ROWS as TUNED_FOLDER_ROWS } from '../adapters/build-tuning.ts';

/** One CSV record as written, all strings, with the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A data row of a headed CSV file: its fields by position and by (trimmed) header name. */
export interface CsvRow extends CsvRecord {
  record: Record<string, string>;
}

export interface CsvTable {
  file: string;
  /** Header names, trimmed; position i is column i + 1 in messages. */
  header: string[];
  rows: CsvRow[];
  problems: DataProblem[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

function lineBreaks(field: string): number {
  return field.match(LINE_BREAK)?.length ?? 0;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field === '');
}

/**
 * Reads records by position, with no header rules: for files such as DfE's 2021 neighbour groupings
 * whose header repeats names and ends with a comma. Blank lines (and rows of empty fields, as
 * spreadsheets export them) are skipped, but still counted so later line numbers stay right.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  return readRecords(text, Infinity).records;
}

/** The first `keep` records, and how many there are in all: a huge file is counted without being held. */
function readRecords(text: string, keep: number): { records: CsvRecord[]; count: number } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let count = 0;
  let line = 1;
  // d3-dsv keeps line breaks inside quoted fields, which is how the physical line count stays exact.
  // Each row is taken in the callback, which returns null so that d3-dsv keeps no array of its own.
  csvParseRows(body, (fields) => {
    if (!isBlank(fields)) {
      count += 1;
      if (count <= keep) records.push({ line, fields });
    }
    line += 1 + fields.reduce((sum, field) => sum + lineBreaks(field), 0);
    return null;
  });
  return { records, count };
}

/** Limits that keep one file from stopping a build in its tracks (their values: build-tuning.ts). */
export interface CsvLimits {
  /** Most data rows (after the header, blank lines not counted) a file may hold. */
  maxRows?: number;
  /** Most characters one cell may hold. */
  maxFieldCharacters?: number;
  /** Rows left for all the files of one data folder together: rows past it are counted, not kept. */
  budget?: RowBudget;
}

export const DATA_FILE_LIMITS: Required<Omit<CsvLimits, 'budget'>> = TUNED_FILE_LIMITS;

/**
 * Most rows all the CSV files of a data folder may hold together (RowBudget): the most one file may
 * hold, with a council's catalogue and DfE's national files beside it, still builds within the
 * build's heap.
 */
export const DATA_FOLDER_ROWS = TUNED_FOLDER_ROWS;

const en = new Intl.NumberFormat('en-GB');

function tooManyRows(file: string, rows: number, limit: number): DataProblem {
  return {
    file,
    line: 0,
    message: `has ${en.format(rows)} rows, more than the ${en.format(limit)} a data file may hold: every row is kept in memory while the site is built`,
    fix: 'keep in this file only the rows your reports use (for example, remove years no report shows); one file is read whole or not at all',
  };
}

function tooLong(file: string, line: number, column: number, name: string | undefined, length: number, limit: number): DataProblem {
  return {
    file,
    line,
    column,
    message: `${name ?? `column ${column}`} is ${en.format(length)} characters long, more than the ${en.format(limit)} a cell may hold`,
    fix: 'no figure or note is this long: check that every quoted cell has its closing quote, or that a document was not pasted into the cell',
  };
}

function longField(fields: readonly string[], limit: number): number {
  return fields.findIndex((field) => field.length > limit);
}

/**
 * Parses a headed CSV file. The header is checked before any row is read: a blank or repeated
 * column name means no rows are returned, since every later message would name the wrong column.
 * Types are never guessed; every field stays the string that was written. With `limits`, a file of
 * too many rows gives one problem and no rows, and a row with a too-long cell is left out with one.
 */
export function parseCsvText(text: string, file: string, limits: CsvLimits = {}): CsvTable {
  const problems: DataProblem[] = [];
  const maxRows = limits.maxRows ?? Infinity;
  const maxField = limits.maxFieldCharacters ?? Infinity;
  const { records, count } = readRecords(text, Math.min(maxRows, limits.budget?.remaining ?? Infinity) + 1);
  const [head, ...body] = records;
  if (head === undefined) {
    problems.push({ file, line: 0, message: 'is empty: expected a header line and rows' });
    return { file, header: [], rows: [], problems };
  }
  if (count - 1 > maxRows) return { file, header: [], rows: [], problems: [tooManyRows(file, count - 1, maxRows)] };
  limits.budget?.take(file, count - 1);
  const longHeader = longField(head.fields, maxField);
  if (longHeader >= 0) {
    const length = head.fields[longHeader]?.length ?? 0;
    return { file, header: [], rows: [], problems: [tooLong(file, head.line, longHeader + 1, undefined, length, maxField)] };
  }
  const header = head.fields.map((name) => name.trim());
  const firstSeen = new Map<string, number>();
  header.forEach((name, index) => {
    const column = index + 1;
    if (name === '') {
      problems.push({ file, line: head.line, column, message: `column ${column} has no name in the header` });
      return;
    }
    const first = firstSeen.get(name);
    if (first === undefined) firstSeen.set(name, column);
    else
      problems.push({
        file,
        line: head.line,
        column,
        message: `column "${name}" appears twice in the header (first at column ${first})`,
      });
  });
  if (problems.length > 0) return { file, header, rows: [], problems };

  const rows: CsvRow[] = [];
  const last = body.at(-1);
  // An unclosed quote makes d3-dsv take the rest of the file as one field of the last record.
  if (last !== undefined && (text.match(/"/g)?.length ?? 0) % 2 === 1) {
    problems.push({ file, line: last.line, message: 'opens a quoted field that is never closed: a closing quote is missing' });
    body.pop();
  }
  for (const { line, fields } of body) {
    const long = longField(fields, maxField);
    if (long >= 0) {
      // The row is left out whole: its other messages would quote the long cell.
      problems.push(tooLong(file, line, long + 1, header[long], fields[long]?.length ?? 0, maxField));
      continue;
    }
    if (fields.length !== header.length) {
      const quoteHint = fields.some((field) => lineBreaks(field) > 0)
        ? '; a quoted field runs over several lines: is a closing quote missing?'
        : '';
      problems.push({
        file,
        line,
        message: `has ${fields.length} fields but the header has ${header.length}${quoteHint}`,
      });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      record[name] = fields[index] ?? '';
    });
    rows.push({ line, fields, record });
  }
  return { file, header, rows, problems };
}
