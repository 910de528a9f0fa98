import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildRunner } from './astro-build.ts';
import { checkLedger } from './ledger-check.ts';
import { tagProblems } from './ledger-tags.ts';
import { readPublishedVersions } from './published-versions.ts';
import { reportFolder, reportIds } from './report-folders.ts';
import { deployedProblems } from './site-record.ts';
import { checksumProblems } from './verify-checksum.ts';

export interface Verification {
  ok: boolean;
  /** One line per version checked, then every problem with its way out. */
  lines: string[];
}

export interface VerifyRequest {
  root: string;
  build: BuildRunner;
  /** A deployed copy of the site (a folder) to check against the ledger too. */
  site?: string | undefined;
}

/**
 * Checks every published version: that the ledger (content/ledger.jsonl) is whole and agrees with its
 * git tags, that each version's frozen files, date and note are as the ledger recorded them and as its
 * version.json lists them, then, in a production build, that each renders its published figures from
 * them and that no report's data/ or MDX has moved away from its latest version. With `site`, also
 * that a deployed copy publishes the same record and shows each version as recorded. Problems are all
 * collected before answering.
 */
export async function verifySite({ root, build, site }: VerifyRequest): Promise<Verification> {
  const lines: string[] = [];
  const problems: string[] = [];
  const ledger = await checkLedger(root);
  problems.push(...ledger.problems);
  if (ledger.problems.length === 0) problems.push(...tagProblems(root, ledger.entries));
  for (const id of await reportIds(root)) {
    let versions;
    try {
      versions = await readPublishedVersions(reportFolder(root, id));
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    if (versions.length === 0) {
      const mdx = await readFile(join(reportFolder(root, id), 'index.mdx'), 'utf8');
      if (/^status:\s*published\s*$/m.test(mdx)) {
        problems.push(`content/reports/${id} is marked published but was never frozen: run npm run report:publish -- ${id}`);
      }
      continue;
    }
    for (const version of versions) {
      const found = await checksumProblems(version, root);
      const recorded = ledger.entries.find((entry) => entry.type === 'version' && entry.report === id && entry.version === version.version);
      if (found.length > 0) problems.push(found.join('\n'));
      else if (recorded?.type === 'version' && recorded.checksum === version.checksum) lines.push(`ok   ${id} version ${version.version}, published ${version.published}, sha256:${version.checksum}`);
    }
  }
  if (site !== undefined) {
    const deployed = await deployedProblems(site, ledger.entries);
    problems.push(...deployed.problems);
    lines.push(...deployed.notes);
    if (deployed.problems.length === 0) lines.push(`ok   ${site}: its /versions.json is the ledger's record, and its version pages show the recorded checksums`);
  }
  const built = build({});
  // A tampered version also stops the build, with the same words: say them once.
  const repeated = problems.some((problem) => built.errors.includes(problem.split('\n')[0] ?? problem));
  if (!built.ok) problems.push(repeated ? 'the production build fails too, for the reason above.' : `the production build fails:\n${built.errors}`);
  return { ok: problems.length === 0, lines: [...lines, ...problems] };
}
