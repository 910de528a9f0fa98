import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../src/publish/files-under.ts';

/** The files that are in one folder and not the other, or in both with different bytes. */
export function differingFiles(a: string, b: string): string[] {
  const [left, right] = [filesUnder(a), filesUnder(b)];
  const inRight = new Set(right);
  const differing = left.filter((file) => !inRight.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
  const inLeft = new Set(left);
  return [...differing, ...right.filter((file) => !inLeft.has(file))];
}
