import { fileURLToPath } from 'node:url';
import { readEesFile, type EesFile } from '../../src/data/ees.ts';

/** Reads one of the committed DfE files through the real loader, named in messages as `data/dfe/<name>`. */
export function readDfeFile(name: string): Promise<EesFile> {
  const path = fileURLToPath(new URL(`../../data/dfe/${name}`, import.meta.url));
  return readEesFile(path, { file: `data/dfe/${name}` });
}
