import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import type { CsvTable } from './csv.ts';
import type { ProblemLog } from './problems.ts';

/** A validated row and where it came from, so every figure can be traced to file:line. */
export interface Located<T> {
  file: string;
  line: number;
  row: T;
}

export interface ValidatedTable<T> {
  file: string;
  rows: Located<T>[];
  /**
   * False when the file could not be read or its header is wrong, so none of its rows were checked:
   * other files are then not checked against it, which would only repeat the one problem per row.
   */
  complete: boolean;
  /**
   * Rows left out because a cell was wrong, as written. Their problems are reported already; other
   * files look here so that a row naming them is not reported a second time as naming nothing.
   */
  rejected: { line: number; record: Record<string, string> }[];
  /** 1-based position of a column in this file's header, for messages about a row. */
  column(name: string): number | undefined;
}

type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

function checkHeader(table: CsvTable, expected: readonly string[], optional: readonly string[], log: ProblemLog): boolean {
  const { file, header } = table;
  const line = 1;
  const missing = expected.filter((name) => !header.includes(name));
  const suggested = new Set<string>();
  let ok = true;
  header.forEach((name, index) => {
    if (expected.includes(name)) return;
    ok = false;
    const guess = closestName(name, missing);
    if (guess !== undefined) suggested.add(guess);
    log.problem({
      file,
      line,
      column: index + 1,
      message:
        guess === undefined
          ? `column "${name}" is not expected: the columns are ${expected.join(', ')}`
          : `column "${name}" is not expected — did you mean "${guess}"?`,
    });
  });
  for (const name of missing) {
    if (suggested.has(name) || optional.includes(name)) continue;
    ok = false;
    log.problem({ file, line, message: `column "${name}" is missing from the header` });
  }
  return ok;
}

/**
 * Checks the header against the schema's columns (reporting a misspelt column with the name it
 * probably meant), then every row, reporting each bad cell as file:line:column with the value found.
 * Rows with a bad cell are left out; the caller must not use the result when `log` has problems.
 */
export function validateTable<S extends RowSchema>(
  table: CsvTable,
  schema: S,
  log: ProblemLog,
  optional: readonly string[] = [],
): ValidatedTable<z.output<S>> {
  const { file } = table;
  const rows: Located<z.output<S>>[] = [];
  const rejected: ValidatedTable<unknown>['rejected'] = [];
  const column = (name: string) => {
    const index = table.header.indexOf(name);
    return index < 0 ? undefined : index + 1;
  };
  const readable = table.header.length > 0 && table.problems.every((p) => p.line > 1);
  if (!readable) {
    for (const problem of table.problems) log.problem(problem);
    return { file, rows, complete: false, rejected, column };
  }
  // With a wrong header, each row's field count is wrong too: the header is the one thing to report.
  if (!checkHeader(table, Object.keys(schema.shape), optional, log)) {
    return { file, rows, complete: false, rejected, column };
  }
  for (const problem of table.problems) log.problem(problem);
  for (const { line, record } of table.rows) {
    const input: Record<string, string> = {};
    for (const name of Object.keys(schema.shape)) input[name] = record[name] ?? '';
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ file, line, row: result.data });
      continue;
    }
    rejected.push({ line, record });
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      const raw = input[name] ?? '';
      log.problem({
        file,
        line,
        ...(column(name) === undefined ? {} : { column: column(name) as number }),
        message: raw.trim() === '' ? `${name} ${issue.message}` : `${name} "${raw}" ${issue.message}`,
      });
    }
  }
  return { file, rows, complete: true, rejected, column };
}
