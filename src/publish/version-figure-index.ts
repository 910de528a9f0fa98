import { relative } from 'node:path';
import { loadDataset } from '../data/index.ts';
import { FigureIndex } from '../model/figure-index.ts';
import type { PublishedVersion } from './published-versions.ts';
import { RecentlyUsed } from './recently-used.ts';
import { checksumProblems } from './verify-checksum.ts';

/**
 * A version's pages are rendered one after another (the latest version has two: the report's address
 * and its own), so a few indexes suffice, and a build holds a few versions' frozen data whatever the
 * number of versions. (Keeping them all was not what made the published council slow: its live heap
 * stayed under 200 MB; see docs/performance.md.)
 */
const loaded = new RecentlyUsed<string, Promise<FigureIndex>>(8);

/**
 * The figures a published version renders from: its own frozen data folder, never data/. Its files
 * are checked against their published hashes first, so a hand-edited version stops the build.
 */
export function versionFigureIndex(version: PublishedVersion, root: string): Promise<FigureIndex> {
  return loaded.get(version.dir, async () => {
    const problems = await checksumProblems(version, root);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const dir = `${relative(root, version.dir).split('\\').join('/')}/data`;
    return new FigureIndex(await loadDataset({ root, dir }));
  });
}
