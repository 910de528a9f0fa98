import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeEntry, ledgerLine, LEDGER_FILE, type LedgerEntry } from './ledger.ts';

/**
 * Each published version's ledger entry is also kept as an annotated git tag, `tabled/<report>/v<n>`,
 * outside the working files: a ledger rewritten to hide a dropped or altered version no longer matches
 * the tags, which `git push --tags` copies wherever the repository goes. The tag points at a blob
 * holding the entry's line (there is no commit of the version yet when it is published) and its message
 * says the same in words. Tags are made and read only when the site is a repository's top folder, so a
 * test site inside this repository never tags the repository itself.
 */
export const TAG_PREFIX = 'tabled/';

export function tagName(entry: LedgerEntry): string {
  // Not v1/correction-1: a git ref cannot be a tag and hold others below it.
  const base = `${TAG_PREFIX}${entry.report}/v${entry.version}`;
  return entry.type === 'correction' ? `${base}-correction-${entry.correction}` : base;
}

function git(root: string, args: readonly string[], input?: string) {
  return spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', input, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
}

/** Whether `root` is the top folder of a git repository (and git is there to ask). */
export function isRepositoryTop(root: string): boolean {
  const run = git(root, ['rev-parse', '--show-toplevel']);
  if (run.error !== undefined || run.status !== 0) return false;
  try {
    return realpathSync(run.stdout.trim()) === realpathSync(resolve(root));
  } catch {
    return false;
  }
}

function tagMessage(entry: LedgerEntry): string {
  return [
    `Tabled publication record: ${entry.report} version ${entry.version}${entry.type === 'correction' ? `, correction ${entry.correction}` : ''}`,
    '',
    `${describeEntry(entry).replace(/^./, (first) => first.toUpperCase())}.`,
    `Entry ${entry.hash} of ${LEDGER_FILE}, which follows ${entry.prev}:`,
    ledgerLine(entry).trimEnd(),
  ].join('\n');
}

/** Makes the entry's tag; says why not when it cannot (no repository, no git, the tag already there). */
export function tagEntry(root: string, entry: LedgerEntry): { tag: string; made: boolean; reason?: string } {
  const tag = tagName(entry);
  if (!isRepositoryTop(root)) return { tag, made: false, reason: `${resolve(root)} is not the top folder of a git repository` };
  const blob = git(root, ['hash-object', '-w', '--stdin'], ledgerLine(entry));
  if (blob.status !== 0) return { tag, made: false, reason: blob.stderr.trim() || 'git hash-object failed' };
  const made = git(root, ['tag', '-a', tag, '-F', '-', blob.stdout.trim()], tagMessage(entry));
  if (made.status !== 0) return { tag, made: false, reason: made.stderr.trim() || 'git tag failed' };
  return { tag, made: true };
}

/** A tag as found: its name, and the entry its message records (undefined when it records none). */
export interface FoundTag {
  tag: string;
  entry: LedgerEntry | undefined;
}

/** Every `tabled/` tag of the repository at `root`, or none when `root` is not a repository's top. */
export function readTags(root: string): FoundTag[] {
  if (!isRepositoryTop(root)) return [];
  const run = git(root, ['for-each-ref', '--format=%(refname:strip=2)%00%(contents)%01', `refs/tags/${TAG_PREFIX}`]);
  if (run.status !== 0) return [];
  return run.stdout
    .split('\u0001')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.includes('\u0000'))
    .map((record) => {
      const [tag = '', message = ''] = record.split('\u0000');
      const line = message.trim().split('\n').at(-1) ?? '';
      let entry: LedgerEntry | undefined;
      try {
        entry = JSON.parse(line) as LedgerEntry;
      } catch {
        entry = undefined;
      }
      return { tag, entry };
    });
}

/**
 * Where the ledger disagrees with the tags: a tagged entry the ledger has lost or holds differently.
 * An entry without a tag is not a problem (a clone made without tags has none).
 */
export function tagProblems(root: string, entries: readonly LedgerEntry[]): string[] {
  const byHash = new Set(entries.map((entry) => entry.hash));
  const problems: string[] = [];
  for (const { tag, entry } of readTags(root)) {
    if (entry === undefined) {
      problems.push(`git tag ${tag} does not hold a ledger entry: it was not made by the publishing commands. Look at it with git show ${tag}.`);
      continue;
    }
    if (byHash.has(entry.hash)) continue;
    problems.push(
      `git tag ${tag} records ${describeEntry(entry)} (entry ${entry.hash}), ` +
        `but ${LEDGER_FILE} does not hold that entry: the ledger has been rewritten or the entry dropped. Restore both from git (git show ${tag}; git log -- ${LEDGER_FILE}).`,
    );
  }
  return problems;
}
