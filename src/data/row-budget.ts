import type { DataProblem } from './problems.ts';

const en = new Intl.NumberFormat('en-GB');

/** Files named in the message, largest first: the ones worth trimming. */
const NAMED = 5;

/**
 * The rows every CSV file of one data folder may hold together. Each file has its own limit
 * (DATA_FILE_LIMITS), but a build keeps every row of every file in memory, so several files each
 * under it can still exhaust the heap long after loading, with a message that names no file. Rows
 * past the budget are counted, not kept, and the folder is refused as a whole before any figure is
 * computed.
 */
export class RowBudget {
  readonly limit: number;
  readonly #files: { file: string; rows: number }[] = [];
  #used = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Rows a file may still keep. */
  get remaining(): number {
    return Math.max(0, this.limit - this.#used);
  }

  get exceeded(): boolean {
    return this.#used > this.limit;
  }

  /** Counts a file's data rows (all of them, kept or not). */
  take(file: string, rows: number): void {
    this.#used += rows;
    this.#files.push({ file, rows });
  }

  /** The one problem of a folder over budget, naming its largest files; `dir` is the data folder. */
  problem(dir: string): DataProblem {
    const largest = [...this.#files].sort((a, b) => b.rows - a.rows || (a.file < b.file ? -1 : 1)).slice(0, NAMED);
    const more = this.#files.length > NAMED ? `, and ${this.#files.length - NAMED} smaller` : '';
    return {
      file: dir,
      line: 0,
      message:
        `holds ${en.format(this.#used)} rows in its CSV files, more than the ${en.format(this.limit)} a site's data may hold together: ` +
        `every row is kept in memory while the site is built, and more would run it out of memory (largest: ${largest.map((f) => `${f.file} ${en.format(f.rows)}`).join(', ')}${more})`,
      fix: `keep in ${dir}/ only the rows your reports use (for example, remove years no report shows), or split the councils into sites of their own`,
    };
  }
}
