import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { meetingFacts } from './agenda-window.ts';
import { appendToLedger, correctionDigest, readLedger, type LedgerEntry, type NewEntry } from './ledger.ts';
import { checkLedger, readVersionFacts } from './ledger-check.ts';
import { tagEntry } from './ledger-tags.ts';
import { publicationDate } from './publication-date.ts';
import { versionDir, type PublishedVersion } from './published-versions.ts';
import { reportFolder } from './report-folders.ts';
import { checksumProblems } from './verify-checksum.ts';
import { VERSION_FILE } from './version-record.ts';

export interface InitRequest {
  root: string;
  /** Today, YYYY-MM-DD: nothing is recorded with a date after it. */
  today: string;
  /** Make each new entry's git tag too (when the site is a repository's top folder). */
  tag: boolean;
}

export interface InitResult {
  /** The entries added, in the order added. */
  added: LedgerEntry[];
  tags: { tag: string; made: boolean; reason?: string }[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A version's record as committed, read as JSON: so that a field this code does not model is kept. */
type FrozenVersion = Pick<PublishedVersion, 'dir' | 'files' | 'version' | 'published' | 'checksum' | 'note'> & { corrections: { date?: unknown; note?: unknown }[] };

async function frozenVersion(root: string, id: string, number: number): Promise<FrozenVersion> {
  const dir = versionDir(reportFolder(root, id), number);
  const raw = JSON.parse(await readFile(join(dir, VERSION_FILE), 'utf8')) as Record<string, unknown>;
  const facts = await readVersionFacts(dir);
  if (raw['version'] !== number || typeof facts.published !== 'string' || typeof facts.checksum !== 'string' || typeof raw['files'] !== 'object') {
    throw new Error(`content/reports/${id}/versions/${number}/${VERSION_FILE} is not a version record (version, published, checksum and files)`);
  }
  return {
    version: number,
    published: facts.published,
    ...(typeof facts.note === 'string' ? { note: facts.note } : {}),
    checksum: facts.checksum,
    files: raw['files'] as Record<string, string>,
    dir,
    corrections: facts.corrections,
  };
}

/**
 * Records in the ledger every frozen version, and every correction of one, that it does not yet hold:
 * versions frozen before the ledger existed, and corrections written into a version.json since. Each
 * version must still be as its version.json says (its files unchanged), with a publication date that
 * passes the rules a new one would; each correction needs a date that is a day, not in the future and
 * not before its version, and a note. The ledger so far must check out. Versions are added oldest
 * publication first, then corrections oldest first. Nothing already recorded is rewritten: run twice,
 * the second run adds nothing.
 */
export async function recordUnrecordedVersions({ root, today, tag }: InitRequest): Promise<InitResult> {
  const ledger = await readLedger(root);
  if (ledger.problems.length > 0) throw new Error(`${ledger.problems.join('\n')}: restore the ledger from git (git checkout -- content/ledger.jsonl) first`);
  const check = await checkLedger(root);
  const other = check.problems.filter((problem) => !check.unrecorded.problems.includes(problem));
  if (other.length > 0) throw new Error(`the ledger and the frozen versions disagree, so nothing is recorded until they agree:\n${other.join('\n')}`);

  const problems: string[] = [];
  const versions: NewEntry[] = [];
  const corrections: { entry: NewEntry; date: string }[] = [];
  /** Checks and queues a version's corrections from `from` (1 for all) on. */
  const addCorrections = (report: string, version: number, list: { date?: unknown; note?: unknown }[], from: number, after: string) => {
    let previous = after;
    list.slice(from - 1).forEach((value, index) => {
      const number = from + index;
      const where = `content/reports/${report}/versions/${version}/${VERSION_FILE}: correction ${number}`;
      const date = typeof value.date === 'string' ? value.date : '';
      try {
        publicationDate(date, previous, { today });
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message.replace(/^--date /, 'dated ').replace('the previous version, published', 'what it follows, dated')}`);
      }
      if (typeof value.note !== 'string' || value.note.trim() === '') problems.push(`${where} has no note saying what it corrects and why`);
      previous = date;
      corrections.push({ date, entry: { type: 'correction', report, version, correction: number, date, note: String(value.note ?? ''), digest: correctionDigest(value) } });
    });
  };

  for (const { report: id, version: number } of check.unrecorded.versions) {
    const version = await frozenVersion(root, id, number);
    const changed = await checksumProblems(version, root);
    if (changed.length > 0) problems.push(changed.join('\n'));
    const previous = number > 1 ? (await frozenVersion(root, id, number - 1)).published : undefined;
    try {
      const mdx = await readFile(join(version.dir, 'index.mdx'), 'utf8');
      publicationDate(version.published, previous, { today, ...(await meetingFacts(root, mdx)) });
    } catch (error) {
      problems.push(`content/reports/${id}/versions/${number}/${VERSION_FILE}: ${(error as Error).message.replace(/^--date /, 'published ')}`);
    }
    versions.push({ type: 'version', report: id, version: number, published: version.published, note: version.note ?? null, checksum: version.checksum });
    addCorrections(id, number, version.corrections, 1, version.published);
  }
  // Corrections of versions already recorded: each version's unrecorded ones are the end of its list.
  const firstUnrecorded = new Map<string, { report: string; version: number; correction: number }>();
  for (const c of check.unrecorded.corrections) {
    const key = `${c.report}\u0000${c.version}`;
    if (!firstUnrecorded.has(key)) firstUnrecorded.set(key, c);
  }
  for (const { report, version, correction } of firstUnrecorded.values()) {
    const frozen = await frozenVersion(root, report, version);
    const before = frozen.corrections[correction - 2]?.date;
    addCorrections(report, version, frozen.corrections, correction, typeof before === 'string' ? before : frozen.published);
  }
  if (problems.length > 0) throw new Error(`these cannot be recorded as they stand:\n${problems.join('\n')}`);
  const ordered = [
    ...versions.sort((a, b) => byText((a as { published: string }).published, (b as { published: string }).published) || byText(a.report, b.report) || a.version - b.version),
    ...corrections
      .sort((a, b) => byText(a.date, b.date) || byText(a.entry.report, b.entry.report) || a.entry.version - b.entry.version || (a.entry as { correction: number }).correction - (b.entry as { correction: number }).correction)
      .map((c) => c.entry),
  ];
  if (ordered.length === 0) return { added: [], tags: [] };
  const { entries: added } = await appendToLedger(root, ordered);
  return { added, tags: tag ? added.map((entry) => tagEntry(root, entry)) : [] };
}
