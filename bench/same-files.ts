import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The files that are in one folder and not the other, or in both with different bytes. */
export function differingFiles(a: string, b: string): string[] {
  const [left, right] = [listing(a), listing(b)];
  const inRight = new Set(right);
  const differing = left.filter((file) => !inRight.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
  const inLeft = new Set(left);
  return [...differing, ...right.filter((file) => !inLeft.has(file))];
}
