import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseEesText, type EesFile } from '../../src/data/ees.ts';

/** Reads one of the committed DfE files through the real loader, named in messages as `data/dfe/<name>`. */
export async function readDfeFile(name: string): Promise<EesFile> {
  const path = fileURLToPath(new URL(`../../data/dfe/${name}`, import.meta.url));
  return parseEesText(await readFile(path, 'utf8'), `data/dfe/${name}`);
}
