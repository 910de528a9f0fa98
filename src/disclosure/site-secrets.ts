import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { councilPolicies } from '../model/council-policies.ts';
import { loadCouncils } from '../data/councils/load-councils.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { SecretList } from './suppressed-figure.ts';
import { mergeSecretLists, secretList, type ScanRules } from './suppressed-figures.ts';

/** `data` and every published version's frozen `content/reports/<id>/versions/<n>/data`, relative to the site. */
export function siteDataFolders(root: string): string[] {
  const folders = existsSync(join(root, 'data')) ? ['data'] : [];
  const reports = join(root, 'content', 'reports');
  if (!existsSync(reports)) return folders;
  for (const report of readdirSync(reports, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const versions = join(reports, report, 'versions');
    if (!existsSync(versions)) continue;
    for (const version of readdirSync(versions).sort()) {
      if (existsSync(join(versions, version, 'data'))) folders.push(`content/reports/${report}/versions/${version}/data`);
    }
  }
  return folders;
}

/**
 * What a site withholds, read afresh from the same data folders the build renders from, through the
 * same loader and engine: the scanner trusts nothing the pages recorded about themselves.
 */
export async function siteSecrets(root: string, rules: ScanRules = {}): Promise<SecretList> {
  const lists: SecretList[] = [];
  // What each council withholds is its own policy (content/councils/), as on the pages.
  const withPolicies: ScanRules = rules.policies !== undefined || rules.rule !== undefined ? rules : { policies: councilPolicies(loadCouncils(root)) };
  // Every folder is judged by the site's relations of now, as the pages are (src/publish/version-model.ts).
  const folders = siteDataFolders(root);
  const relations = folders.includes('data') ? (await loadDataset({ root, dir: 'data' })).relations : [];
  for (const dir of folders) lists.push(secretList(await loadDataset({ root, dir }), withPolicies, relations));
  return mergeSecretLists(lists);
}
