import { plural } from '../engine/plural.ts';

/**
 * One format for everything wrong with the data, so that a performance officer can go straight
 * to the cell: `data/observations/x.csv:14:5 denominator "12a" is not a number`.
 */
export interface DataProblem {
  /** Path as the caller named it, e.g. `data/observations/cambridgeshire.csv`. */
  file: string;
  /** 1-based physical line in the file; 0 when the problem is about the whole file. */
  line: number;
  /** 1-based position of the column in the file's header. */
  column?: number;
  message: string;
  /** What to do about it, when the message alone does not say. */
  fix?: string;
}

/** A warning seen more than once is reported once, with how many times and where it was first seen. */
export interface DataWarning extends DataProblem {
  count: number;
}

export function formatLocation(problem: Pick<DataProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line <= 0) return problem.file;
  if (problem.column === undefined) return `${problem.file}:${problem.line}`;
  return `${problem.file}:${problem.line}:${problem.column}`;
}

export function formatProblem(problem: DataProblem): string {
  return `${formatLocation(problem)} ${problem.message}`;
}

export function formatWarning(warning: DataWarning): string {
  const times = warning.count > 1 ? ` (${warning.count} times; first here)` : '';
  return `${formatProblem(warning)}${times}`;
}


/**
 * The one format of a check that failed: a heading that counts the problems and the files, one line
 * per problem with its place (and a fix under it where it has one), then what to do.
 */
export function problemReport(heading: string, problems: readonly DataProblem[], whatToDo: string): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = [`${heading}: ${plural(problems.length, 'problem')} in ${plural(files, 'file')}`];
  for (const problem of problems) {
    lines.push(formatProblem(problem));
    if (problem.fix !== undefined) lines.push(`  fix: ${problem.fix}`);
  }
  lines.push(whatToDo);
  return lines.join('\n');
}

const WHAT_TO_DO =
  'Correct each cell named above in the CSV file (line numbers count from 1, header included; ' +
  'columns are positions in the header), then build again. The data contract is in src/data/README.md.';

/** Holds every problem found; nothing partial is ever returned alongside it. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];
  readonly warnings: readonly DataWarning[];

  constructor(problems: readonly DataProblem[], warnings: readonly DataWarning[] = []) {
    super(problemReport('Data check failed', problems, WHAT_TO_DO));
    this.name = 'DataError';
    this.problems = problems;
    this.warnings = warnings;
  }
}

/**
 * Collects problems and warnings while every file is checked, so all of them are reported together.
 * Warnings are deduplicated by file and message: a repeated warning would hide the problems.
 */
export class ProblemLog {
  readonly problems: DataProblem[] = [];
  readonly #warnings = new Map<string, DataWarning>();

  problem(problem: DataProblem): void {
    this.problems.push(problem);
  }

  warn(warning: DataProblem): void {
    const key = `${warning.file}\u0000${warning.message}`;
    const seen = this.#warnings.get(key);
    if (seen) seen.count += 1;
    else this.#warnings.set(key, { ...warning, count: 1 });
  }

  get warnings(): DataWarning[] {
    return [...this.#warnings.values()];
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Problems sorted by file, line and column, so the report reads like the files. */
  sortedProblems(): DataProblem[] {
    return [...this.problems].sort(
      (a, b) =>
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        (a.column ?? 0) - (b.column ?? 0),
    );
  }

  throwIfAny(): void {
    if (!this.ok) throw new DataError(this.sortedProblems(), this.warnings);
  }
}
