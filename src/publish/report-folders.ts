import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The ids of every report under content/reports (folders with an index.mdx), versions left out, sorted. */
export async function reportIds(root: string): Promise<string[]> {
  const base = join(root, 'content', 'reports');
  let entries: string[];
  try {
    entries = await readdir(base, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('/index.mdx') && !/(^|\/)versions\//.test(path))
    .map((path) => path.slice(0, -'/index.mdx'.length))
    .sort();
}

export function reportFolder(root: string, id: string): string {
  return join(root, 'content', 'reports', id);
}
