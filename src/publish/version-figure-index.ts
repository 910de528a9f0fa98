import { relative } from 'node:path';
import { loadDataset } from '../data/index.ts';
import { FigureIndex } from '../figures/figure-index.ts';
import type { PublishedVersion } from './published-versions.ts';
import { checksumProblems } from './verify-checksum.ts';

const loaded = new Map<string, Promise<FigureIndex>>();

/**
 * The figures a published version renders from: its own frozen data folder, never data/. Its files
 * are checked against their published hashes first, so a hand-edited version stops the build.
 * Loaded once per version per build (the latest version has two pages).
 */
export function versionFigureIndex(version: PublishedVersion, root: string): Promise<FigureIndex> {
  let index = loaded.get(version.dir);
  if (index === undefined) {
    index = (async () => {
      const problems = await checksumProblems(version, root);
      if (problems.length > 0) throw new Error(problems.join('\n'));
      const dir = `${relative(root, version.dir).split('\\').join('/')}/data`;
      return new FigureIndex(await loadDataset({ root, dir }));
    })();
    loaded.set(version.dir, index);
  }
  return index;
}
