import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsvText, type CsvTable } from './csv.ts';
import { decodeText } from './decodeText.ts';

/**
 * Reads `file` (a path relative to `root`, written with `/`) so that messages name it as the
 * caller did, e.g. `data/areas.csv`, rather than by an absolute path that differs per machine.
 */
export async function readCsvFile(root: string, file: string): Promise<CsvTable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(root, file));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      file,
      header: [],
      rows: [],
      problems: [{ file, line: 0, message: missing ? 'is missing' : `cannot be read: ${String(error)}` }],
    };
  }
  const decoded = decodeText(bytes, file);
  if ('problem' in decoded) return { file, header: [], rows: [], problems: [decoded.problem] };
  return parseCsvText(decoded.text, file);
}
