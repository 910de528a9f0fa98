import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { csvFormatRows } from 'd3-dsv';
import { parseCsvRecords } from '../data/csv.ts';
import { sha256Of, STORED_FILES, type StoredFile, type StoredFileList } from '../data/stored-files.ts';
import { parseSourceRef } from './source-ref.ts';

/**
 * The catalogues are copied whole: pages ask whether an area exists (a region row with no figure
 * still shows as a row of gaps), so a subset could change what a page shows.
 */
const WHOLE_FILES = ['indicators.csv', 'areas.csv'];
/** loadDataset requires these even when a report uses none of their rows: they are written with their header alone. */
const REQUIRED_FILES = ['populations.csv'];

export interface FreezeRequest {
  /** The folder the sources are relative to (the site root). */
  root: string;
  /** The data folder inside it that the sources start with. Default `data`. */
  dataDir?: string;
  /** Sources of the rows to keep, e.g. `data/observations/x.csv:14`. */
  rows: readonly string[];
  /** The folder to write the frozen data folder to; it gets the same layout as `data/`. */
  to: string;
  /**
   * The report shows figures from DfE's national files, which the model reads whole rather than by
   * row: `dfe-indicators.csv` is then copied as it is, and each file of `dfe/` is named by content in
   * the folder's stored-files.json, its one copy kept in `store` (shared by every version), so that a
   * version adds kilobytes rather than the national files again.
   */
  national?: boolean;
  /** Where stored files are kept, relative to `root`. Default `content/stored`. */
  store?: string;
  /** Given, each stored file written anew (not there before) is added to it, to be removed if publishing fails. */
  storedAnew?: string[];
}

/**
 * Writes a data folder that loadDataset reads: the catalogues whole, and of every other file only
 * the header and the rows listed, as written (values are never reformatted). Returns the files
 * written, relative to `to`.
 */
export async function freezeData({ root, dataDir = 'data', rows, to, national = false, store = 'content/stored', storedAnew }: FreezeRequest): Promise<string[]> {
  const linesByFile = new Map<string, Set<number>>();
  for (const source of rows) {
    const { file, line } = parseSourceRef(source);
    if (!file.startsWith(`${dataDir}/`)) throw new Error(`row ${source} is not in ${dataDir}/: only rows of the data folder can be frozen`);
    const name = file.slice(dataDir.length + 1);
    if (WHOLE_FILES.includes(name)) continue;
    const lines = linesByFile.get(name) ?? new Set<number>();
    lines.add(line);
    linesByFile.set(name, lines);
  }
  for (const name of REQUIRED_FILES) if (!linesByFile.has(name)) linesByFile.set(name, new Set());
  if (![...linesByFile.keys()].some((name) => name.startsWith('observations/'))) {
    // A report that shows no figure still needs an observations file for the data folder to load.
    const first = (await readdir(join(root, dataDir, 'observations'))).filter((name) => name.endsWith('.csv')).sort()[0];
    if (first !== undefined) linesByFile.set(`observations/${first}`, new Set());
  }
  const written: string[] = [];
  await mkdir(to, { recursive: true });
  for (const name of WHOLE_FILES) {
    await copyFile(join(root, dataDir, name), join(to, name));
    written.push(name);
  }
  if (national) {
    await copyFile(join(root, dataDir, 'dfe-indicators.csv'), join(to, 'dfe-indicators.csv'));
    written.push('dfe-indicators.csv');
    await mkdir(join(root, store), { recursive: true });
    const files: StoredFile[] = [];
    for (const name of (await readdir(join(root, dataDir, 'dfe'))).filter((n) => n.endsWith('.csv')).sort()) {
      const bytes = await readFile(join(root, dataDir, 'dfe', name));
      const sha256 = sha256Of(bytes);
      const stored = `${store}/${sha256}.csv`;
      // Named by its hash, a stored file already there holds these very bytes.
      const isNew = await writeFile(join(root, stored), bytes, { flag: 'wx' }).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
          return false;
        },
      );
      if (isNew) storedAnew?.push(stored);
      files.push({ name: `dfe/${name}`, sha256, stored });
    }
    await writeFile(join(to, STORED_FILES), `${JSON.stringify({ files } satisfies StoredFileList, null, 2)}\n`);
    written.push(STORED_FILES);
  }
  for (const [name, lines] of [...linesByFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [header, ...records] = parseCsvRecords(await readFile(join(root, dataDir, name), 'utf8'));
    if (header === undefined) throw new Error(`${dataDir}/${name} is empty, yet a figure was read from it`);
    const kept = records.filter((record) => lines.has(record.line));
    if (kept.length !== lines.size) {
      const found = new Set(kept.map((record) => record.line));
      const missing = [...lines].filter((line) => !found.has(line));
      throw new Error(`${dataDir}/${name} has no row at line ${missing.join(', ')}: did the file change during the build?`);
    }
    await mkdir(dirname(join(to, name)), { recursive: true });
    await writeFile(join(to, name), `${csvFormatRows([header.fields, ...kept.map((record) => record.fields)])}\n`);
    written.push(name);
  }
  return written;
}
