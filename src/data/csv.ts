import { csvParseRows } from 'd3-dsv';
import type { DataProblem } from './problems.ts';

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
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  // d3-dsv keeps line breaks inside quoted fields, which is how the physical line count stays exact.
  for (const fields of csvParseRows(body)) {
    if (!isBlank(fields)) records.push({ line, fields });
    line += 1 + fields.reduce((sum, field) => sum + lineBreaks(field), 0);
  }
  return records;
}

/**
 * Parses a headed CSV file. The header is checked before any row is read: a blank or repeated
 * column name means no rows are returned, since every later message would name the wrong column.
 * Types are never guessed; every field stays the string that was written.
 */
export function parseCsvText(text: string, file: string): CsvTable {
  const problems: DataProblem[] = [];
  const [head, ...body] = parseCsvRecords(text);
  if (head === undefined) {
    problems.push({ file, line: 0, message: 'is empty: expected a header line and rows' });
    return { file, header: [], rows: [], problems };
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
