import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { DataProblem } from './problems.ts';
import type { RowBudget } from './row-budget.ts';
import { DATA_FILE_LIMITS as TUNED_FILE_LIMITS, DATA_FOLDER_ROWS as TUNED_FOLDER_ROWS, MAX_CSV_BYTES } from '../adapters/build-tuning.ts';

/*
 * A CSV file, from its bytes to its rows: refused whole when it is too large, not text (an image, a
 * workbook, a binary file) or not UTF-8; then read record by record, its header checked before any row.
 */

function unreadable(file: string, problem: DataProblem): CsvTable {
  return { file, header: [], rows: [], problems: [problem] };
}

/**
 * Reads `file` (a path relative to `root`, written with `/`) so that messages name it as the
 * caller did, e.g. `data/areas.csv`, rather than by an absolute path that differs per machine.
 * With a `budget`, its rows count towards the data folder's (see RowBudget).
 */
export async function readCsvFile(root: string, file: string, budget?: RowBudget): Promise<CsvTable> {
  let bytes: Uint8Array;
  try {
    const path = join(root, file);
    // Checked before reading, so a huge file is refused without being held in memory.
    const tooLarge = checkCsvSize((await stat(path)).size, file);
    if (tooLarge !== undefined) return unreadable(file, tooLarge);
    bytes = await readFile(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return unreadable(file, { file, line: 0, message: missing ? 'is missing' : `cannot be read: ${String(error)}` });
  }
  const notText = checkCsvBytes(bytes, file);
  if (notText !== undefined) return unreadable(file, notText);
  const decoded = decodeText(bytes, file);
  if ('problem' in decoded) return unreadable(file, decoded.problem);
  return parseCsvText(decoded.text, file, budget === undefined ? DATA_FILE_LIMITS : { ...DATA_FILE_LIMITS, budget });
}

/** Most bytes a data file may be (build-tuning.ts). */
export { MAX_CSV_BYTES };

const EXPORT = 'open it in the program that made it and save it as "CSV UTF-8 (Comma delimited)"';

/** Files that are often given a .csv name by mistake, by the bytes they start with. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; fix: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', fix: 'type or export the numbers into a CSV file; an image of a table cannot be read' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', fix: 'type or export the numbers into a CSV file; an image of a table cannot be read' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF', fix: 'export the table from the document it came from as CSV UTF-8' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an Excel .xlsx workbook is one)', fix: EXPORT },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel 97–2003 (.xls) or other Office file', fix: EXPORT },
];

const BYTE_ORDER_MARK_16 = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Text saved as UTF-16 without a byte order mark: the zero high byte of each ASCII letter, every other byte. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  });
  const half = sample.length / 2;
  return sample.length >= 4 && Math.max(even, odd) >= half * 0.6 && Math.min(even, odd) === 0;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const en = new Intl.NumberFormat('en-GB');

/** A file too large to read: checked from its size, before it is read into memory. */
export function checkCsvSize(size: number, file: string): DataProblem | undefined {
  if (size <= MAX_CSV_BYTES) return undefined;
  return {
    file,
    line: 0,
    message: `is ${en.format(Math.round(size / 1024 / 1024))} MB, more than the ${MAX_CSV_BYTES / 1024 / 1024} MB a data file may be`,
    fix: 'keep in data/ only the rows your reports use, or check that this is the file you meant to put there',
  };
}

/**
 * What stops `bytes` being read as the text of a CSV file, before any decoding: an image, PDF or
 * workbook saved with a .csv name, or a NUL byte, which no CSV text holds and which marks a binary or
 * damaged file (or UTF-16 without a byte order mark). Undefined when none. Files starting with a
 * UTF-16 byte order mark are left to decodeText, which names that encoding.
 */
export function checkCsvBytes(bytes: Uint8Array, file: string): DataProblem | undefined {
  const known = SIGNATURES.find(({ bytes: start }) => start.every((byte, i) => bytes[i] === byte));
  if (known !== undefined) return { file, line: 0, message: `is ${known.what}, not a CSV file`, fix: known.fix };
  if (BYTE_ORDER_MARK_16(bytes)) return undefined;
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  if (looksUtf16(bytes)) {
    return { file, line: 0, message: 'is saved as UTF-16 ("Unicode text") without a byte order mark, not UTF-8', fix: EXPORT };
  }
  return {
    file,
    line: lineAt(bytes, nul),
    message: `holds a NUL byte (byte ${en.format(nul + 1)} of the file), which no CSV text has: this is a binary file or a damaged one`,
    fix: `check that this is the file you meant to put there, and if it is, ${EXPORT}`,
  };
}

const SAVE_AS = 'save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8 (Comma delimited))';

/**
 * The text of a CSV file, which must be UTF-8. Reading any other encoding as UTF-8 would quietly turn
 * "£" or "é" into "�" on the published page, so the file is refused with the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string } | { problem: DataProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, line: 0, message: `is saved as UTF-16 ("Unicode text"), not UTF-8: ${SAVE_AS}` } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const bad = good.indexOf('\uFFFD');
    const line = good.slice(0, bad).split(/\r\n|\r|\n/).length;
    return {
      problem: {
        file,
        line,
        message: `is not UTF-8 from this line on (it was probably saved as Windows-1252 or Latin-1, where "£" and accented letters are stored differently): ${SAVE_AS}`,
      },
    };
  }
}

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
