import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checksumOf, fileDigests } from './checksum.ts';
import { LEDGER_FILE, readLedger, type LedgerEntry, type VersionEntry } from './ledger.ts';
import { reportFolder, reportIds } from './report-folders.ts';
import { readVersionRecord, VERSION_FILE } from './version-record.ts';

export interface LedgerCheck {
  entries: LedgerEntry[];
  /** Every way the frozen files and the ledger disagree, each a paragraph ending with what to do. */
  problems: string[];
}

/** The way out, for a version's folder. */
function restore(folder: string): string {
  return `A published version is a public record: restore it from git (git checkout -- ${folder}), and publish any correction as a new version with npm run report:amend.`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The numbered folders under a report's versions/, gaps and all: a gap is a recorded version gone missing. */
async function versionFolders(root: string, id: string): Promise<number[]> {
  try {
    return (await readdir(join(reportFolder(root, id), 'versions'))).filter((name) => /^[1-9]\d*$/.test(name)).map(Number).sort((a, b) => a - b);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** What differs between a version's folder and its ledger entry. */
async function versionProblems(root: string, entry: VersionEntry): Promise<string[]> {
  const folder = `content/reports/${entry.report}/versions/${entry.version}`;
  const dir = join(root, folder);
  const recorded = `version ${entry.version} of ${entry.report}, published ${entry.published} (${LEDGER_FILE})`;
  if (!(await exists(dir))) return [`${folder} is missing, but the ledger records ${recorded}. ${restore(folder)}`];
  let record;
  try {
    record = await readVersionRecord(dir);
  } catch (error) {
    return [`${folder}/${VERSION_FILE} cannot be read (${(error as Error).message.split('\n')[0]}), but the ledger records ${recorded}. ${restore(folder)}`];
  }
  const problems: string[] = [];
  if (record.published !== entry.published) {
    problems.push(`${folder}/${VERSION_FILE} gives the publication date ${record.published}, but the ledger records ${entry.published}: a published version's date cannot change. ${restore(folder)}`);
  }
  if ((record.note ?? null) !== entry.note) {
    problems.push(`${folder}/${VERSION_FILE} gives the note ${JSON.stringify(record.note ?? null)}, but the ledger records ${JSON.stringify(entry.note)}: a published version's note cannot change. ${restore(folder)}`);
  }
  const now = checksumOf(await fileDigests(dir, [VERSION_FILE]));
  if (now !== entry.checksum) {
    const resealed = record.checksum === now ? ', and its version.json has been rewritten to match' : '';
    problems.push(`${folder} is not as published: its files have the checksum ${now}${resealed}, but the ledger records ${entry.checksum} for ${recorded}. ${restore(folder)}`);
  }
  return problems;
}

/**
 * Checks the ledger's chain, then the frozen files against it: every recorded version is there, with
 * the files, date and note it was recorded with, and every version folder on disk is recorded. Nothing
 * is written. A site with no version and no ledger passes.
 */
export async function checkLedger(root: string): Promise<LedgerCheck> {
  const ledger = await readLedger(root);
  const problems = ledger.problems.map((problem) => `${problem}. The ledger is only ever appended to by the publishing commands: restore it from git (git checkout -- ${LEDGER_FILE}).`);
  const recorded = new Map<string, VersionEntry>();
  const latest = new Map<string, VersionEntry>();
  for (const entry of ledger.entries) {
    const key = `${entry.report}\u0000${entry.version}`;
    if (recorded.has(key)) {
      problems.push(`${LEDGER_FILE} records version ${entry.version} of ${entry.report} twice: a version is recorded once, when it is published. Restore the ledger from git (git checkout -- ${LEDGER_FILE}).`);
      continue;
    }
    const before = latest.get(entry.report);
    if ((before?.version ?? 0) + 1 !== entry.version) {
      problems.push(`${LEDGER_FILE} records version ${entry.version} of ${entry.report} after ${before === undefined ? 'no version' : `version ${before.version}`}: versions are recorded in order, 1, 2, 3 and so on. Restore the ledger from git (git checkout -- ${LEDGER_FILE}).`);
    } else if (before !== undefined && entry.published < before.published) {
      problems.push(`${LEDGER_FILE} records version ${entry.version} of ${entry.report} as published ${entry.published}, before version ${before.version} (${before.published}). Restore the ledger from git (git checkout -- ${LEDGER_FILE}).`);
    }
    recorded.set(key, entry);
    latest.set(entry.report, entry);
    problems.push(...(await versionProblems(root, entry)));
  }
  const unrecorded: string[] = [];
  for (const id of await reportIds(root)) {
    for (const number of await versionFolders(root, id)) {
      if (!recorded.has(`${id}\u0000${number}`)) unrecorded.push(`content/reports/${id}/versions/${number}`);
    }
  }
  // A version recorded for a report whose folder has gone is reported by versionProblems above.
  if (unrecorded.length > 0) {
    problems.push(
      [
        `${unrecorded.length === 1 ? 'This version is' : 'These versions are'} not in ${LEDGER_FILE}${ledger.exists ? '' : ', which does not exist'}:`,
        ...unrecorded.map((folder) => `  ${folder}`),
        'A version is recorded when npm run report:publish or report:amend writes it; a folder that appeared otherwise was not published. ' +
          'Versions frozen before the ledger existed are recorded, once, by npm run ledger:init.',
      ].join('\n'),
    );
  }
  return { entries: ledger.entries, problems };
}
