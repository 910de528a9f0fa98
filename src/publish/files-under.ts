import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`/`folder`, by path from `root` written with `/`, sorted; none if the folder is missing. */
export function filesUnder(root: string, folder = '.', skip: (path: string) => boolean = () => false): string[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !skip(path))
    .sort();
}
