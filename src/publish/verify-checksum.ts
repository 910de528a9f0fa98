import { relative } from 'node:path';
import { checksumOf, fileDigests } from './checksum.ts';
import type { PublishedVersion } from './published-versions.ts';
import { VERSION_FILE } from './version-record.ts';

/**
 * What has changed in a version's folder since it was published, one line per file, with the way
 * back; empty when every frozen file is as it was. `root` makes the paths in messages short.
 */
export async function checksumProblems(version: Pick<PublishedVersion, 'dir' | 'files' | 'version' | 'published' | 'checksum'>, root: string): Promise<string[]> {
  const now = await fileDigests(version.dir, [VERSION_FILE]);
  const where = relative(root, version.dir).split('\\').join('/');
  const problems: string[] = [];
  for (const [path, digest] of Object.entries(version.files)) {
    if (now[path] === undefined) problems.push(`${where}/${path} has been deleted`);
    else if (now[path] !== digest) problems.push(`${where}/${path} has been edited (its SHA-256 is now ${now[path]}, published as ${digest})`);
  }
  for (const path of Object.keys(now)) {
    if (version.files[path] === undefined) problems.push(`${where}/${path} has been added`);
  }
  if (problems.length === 0 && checksumOf(version.files) !== version.checksum) {
    problems.push(`${where}/${VERSION_FILE} has been edited: its checksum does not match the file hashes it lists`);
  }
  if (problems.length === 0) return [];
  return [
    `version ${version.version} of ${where.replace(/\/versions\/\d+$/, '')}, published ${version.published}, has been changed by hand:`,
    ...problems.map((problem) => `  ${problem}`),
    `A published version is a public record and must not change. Restore it with: git checkout -- ${where}`,
    `To correct the report, publish a new version: npm run report:amend -- <report> --note "what changed and why"`,
  ];
}
