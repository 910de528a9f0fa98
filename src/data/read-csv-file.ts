import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkCsvBytes, checkCsvSize } from './check-csv-bytes.ts';
import { DATA_FILE_LIMITS, parseCsvText, type CsvTable } from './csv.ts';
import { decodeText } from './decode-text.ts';
import type { DataProblem } from './problems.ts';
import type { RowBudget } from './row-budget.ts';

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
