import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildRunner } from './astro-build.ts';
import { readPublishedVersions } from './published-versions.ts';
import { reportFolder, reportIds } from './report-folders.ts';
import { checksumProblems } from './verify-checksum.ts';

export interface Verification {
  ok: boolean;
  /** One line per version checked, then every problem with its way out. */
  lines: string[];
}

/**
 * Checks every published version: that its frozen files are as published (checksums), then, in a
 * production build, that each renders its published figures from them and that no report's data/
 * or MDX has moved away from its latest version. Problems are all collected before answering.
 */
export async function verifySite({ root, build }: { root: string; build: BuildRunner }): Promise<Verification> {
  const lines: string[] = [];
  const problems: string[] = [];
  for (const id of await reportIds(root)) {
    const versions = await readPublishedVersions(reportFolder(root, id));
    if (versions.length === 0) {
      const mdx = await readFile(join(reportFolder(root, id), 'index.mdx'), 'utf8');
      if (/^status:\s*published\s*$/m.test(mdx)) {
        problems.push(`content/reports/${id} is marked published but was never frozen: run npm run report:publish -- ${id}`);
      }
      continue;
    }
    for (const version of versions) {
      const found = await checksumProblems(version, root);
      if (found.length > 0) problems.push(found.join('\n'));
      else lines.push(`ok   ${id} version ${version.version}, published ${version.published}, sha256:${version.checksum}`);
    }
  }
  const built = build({});
  // A tampered version also stops the build, with the same words: say them once.
  const repeated = problems.some((problem) => built.errors.includes(problem.split('\n')[0] ?? problem));
  if (!built.ok) problems.push(repeated ? 'the production build fails too, for the reason above.' : `the production build fails:\n${built.errors}`);
  return { ok: problems.length === 0, lines: [...lines, ...problems] };
}
