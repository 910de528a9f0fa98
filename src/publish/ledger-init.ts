import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { meetingFacts } from './agenda-window.ts';
import { appendToLedger, readLedger, type LedgerEntry, type NewEntry } from './ledger.ts';
import { checkLedger } from './ledger-check.ts';
import { tagEntry } from './ledger-tags.ts';
import { publicationDate } from './publication-date.ts';
import { readPublishedVersions, type PublishedVersion } from './published-versions.ts';
import { reportFolder, reportIds } from './report-folders.ts';
import { checksumProblems } from './verify-checksum.ts';

export interface InitRequest {
  root: string;
  /** Today, YYYY-MM-DD: no version is recorded with a date after it. */
  today: string;
  /** Make each new entry's git tag too (when the site is a repository's top folder). */
  tag: boolean;
}

export interface InitResult {
  /** The entries added, in the order added. */
  added: LedgerEntry[];
  tags: { tag: string; made: boolean; reason?: string }[];
}

/**
 * Records in the ledger every frozen version it does not yet hold: versions frozen before the ledger
 * existed. Each must still be as its version.json says (its files unchanged), with a publication date
 * that passes the rules a new one would; the ledger so far must check out. Entries are added oldest
 * publication first. Nothing already recorded is rewritten: run twice, the second run adds nothing.
 */
export async function recordUnrecordedVersions({ root, today, tag }: InitRequest): Promise<InitResult> {
  const ledger = await readLedger(root);
  if (ledger.problems.length > 0) throw new Error(`${ledger.problems.join('\n')}: restore the ledger from git (git checkout -- content/ledger.jsonl) first`);
  const check = await checkLedger(root);
  const other = check.problems.filter((problem) => !/ not in content\/ledger\.jsonl/.test(problem.split('\n')[0] ?? ''));
  if (other.length > 0) throw new Error(`the ledger and the frozen versions disagree, so nothing is recorded until they agree:\n${other.join('\n')}`);
  const recorded = new Set(check.entries.map((entry) => `${entry.report}\u0000${entry.version}`));

  const waiting: { id: string; version: PublishedVersion }[] = [];
  const problems: string[] = [];
  for (const id of await reportIds(root)) {
    let previous: string | undefined;
    for (const version of await readPublishedVersions(reportFolder(root, id))) {
      if (!recorded.has(`${id}\u0000${version.version}`)) {
        const changed = await checksumProblems(version, root);
        if (changed.length > 0) problems.push(changed.join('\n'));
        try {
          const mdx = await readFile(join(version.dir, 'index.mdx'), 'utf8');
          publicationDate(version.published, previous, { today, ...(await meetingFacts(root, mdx)) });
        } catch (error) {
          problems.push(`content/reports/${id}/versions/${version.version}/version.json: ${(error as Error).message.replace(/^--date /, 'published ')}`);
        }
        waiting.push({ id, version });
      }
      previous = version.published;
    }
  }
  if (problems.length > 0) throw new Error(`these versions cannot be recorded as they stand:\n${problems.join('\n')}`);
  waiting.sort((a, b) => (a.version.published < b.version.published ? -1 : a.version.published > b.version.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : a.version.version - b.version.version));
  const entries: NewEntry[] = waiting.map(({ id, version }) => ({ type: 'version', report: id, version: version.version, published: version.published, note: version.note ?? null, checksum: version.checksum }));
  if (entries.length === 0) return { added: [], tags: [] };
  const { entries: added } = await appendToLedger(root, entries);
  return { added, tags: tag ? added.map((entry) => tagEntry(root, entry)) : [] };
}
