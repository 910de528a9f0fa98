import { relative } from 'node:path';
import type { Relation } from '../data/dataset.ts';
import type { CouncilPolicy } from '../model/council-policy.ts';
import { readFigureModel, type FigureModel } from '../model/figure-model.ts';
import type { PublishedVersion } from './published-versions.ts';
import { RecentlyUsed } from './recently-used.ts';
import { checksumProblems } from './verify-checksum.ts';
import { RECENT_VERSION_MODELS } from '../adapters/build-tuning.ts';

/**
 * A version's pages are rendered one after another (the latest version has two: the report's address
 * and its own), so a few models suffice, and a build holds a few versions' frozen data whatever the
 * number of versions.
 */
const loaded = new RecentlyUsed<string, Promise<FigureModel>>(RECENT_VERSION_MODELS);

/**
 * The figure model a published version renders from: its own frozen data folder, never data/, with the
 * site's relations and councils' policies of now (what must be withheld, and how a figure is rated, is
 * decided by today's rules on every page). Its files are checked against their published hashes first,
 * so a hand-edited version stops the build.
 */
export function versionModel(version: PublishedVersion, root: string, { relations, policies }: { relations: readonly Relation[]; policies: ReadonlyMap<string, CouncilPolicy> }): Promise<FigureModel> {
  return loaded.get(version.dir, async () => {
    const problems = await checksumProblems(version, root);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const dir = `${relative(root, version.dir).split('\\').join('/')}/data`;
    return readFigureModel({ root, dir }, { relations, policies });
  });
}
