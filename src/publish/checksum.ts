import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** SHA-256 of each file under a folder, by path relative to it (written with `/`), in code-unit order. */
export async function fileDigests(dir: string, exclude: readonly string[] = []): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !exclude.includes(path))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digests: Record<string, string> = {};
  for (const path of paths) digests[path] = createHash('sha256').update(await readFile(join(dir, path))).digest('hex');
  return digests;
}

/**
 * One SHA-256 for a set of files: the hash of the lines `sha256sum` prints for them in path order,
 * so a reader can check a copy with standard tools (see docs/publishing.md).
 */
export function checksumOf(digests: Record<string, string>): string {
  const paths = Object.keys(digests).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const listing = paths.map((path) => `${digests[path]}  ${path}\n`).join('');
  return createHash('sha256').update(listing).digest('hex');
}
