import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataProblem } from './problems.ts';

/**
 * A data folder may name some of its files by content instead of holding them: `stored-files.json`
 * lists each file's name in the folder, its SHA-256, and where the one stored copy is (relative to
 * the site root). A frozen version names DfE's national files so, since every version would otherwise
 * hold its own copy of the same megabytes. The stored copy is read as if it were in the folder, under
 * its name there, and checked against the hash, so the folder's own checksum still covers its bytes.
 */
export const STORED_FILES = 'stored-files.json';

export interface StoredFile {
  /** The file's path in the data folder, e.g. `dfe/sn_model_2025_wide.csv`. */
  name: string;
  sha256: string;
  /** The stored copy, relative to the site root, e.g. `content/stored/<sha256>.csv`. */
  stored: string;
}

export interface StoredFileList {
  files: StoredFile[];
}

export function sha256Of(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The files a data folder names by content, or undefined when it has no list. */
export async function readStoredFileList(root: string, dir: string, problem: (problem: DataProblem) => void): Promise<StoredFile[] | undefined> {
  const file = `${dir}/${STORED_FILES}`;
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const list = JSON.parse(text) as StoredFileList;
    if (!Array.isArray(list.files) || !list.files.every((f) => typeof f?.name === 'string' && typeof f.sha256 === 'string' && typeof f.stored === 'string')) throw new Error('no list of { name, sha256, stored }');
    return list.files;
  } catch (error) {
    problem({ file, line: 0, message: `is not a list of stored files (${(error as Error).message})`, fix: 'restore it from git: it is part of a published version' });
    return [];
  }
}

/** The text of a stored file, checked against its hash; undefined (with a problem) when missing or changed. */
export async function readStoredFile(root: string, dir: string, entry: StoredFile, problem: (problem: DataProblem) => void): Promise<string | undefined> {
  const file = `${dir}/${STORED_FILES}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(join(root, entry.stored));
  } catch {
    problem({ file, line: 0, message: `names ${entry.stored} for ${entry.name}, which is missing`, fix: `restore ${entry.stored} from git` });
    return undefined;
  }
  if (sha256Of(bytes) !== entry.sha256) {
    problem({ file, line: 0, message: `names ${entry.stored} for ${entry.name} with SHA-256 ${entry.sha256}, but that file has changed`, fix: `restore ${entry.stored} from git: a stored file is shared by published versions and never edited` });
    return undefined;
  }
  return bytes.toString('utf8');
}
