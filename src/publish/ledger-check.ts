import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from '../data/path-exists.ts';
import { checksumOf, fileDigests } from './checksum.ts';
import { correctionDigest, LEDGER_FILE, readLedger, type CorrectionEntry, type LedgerEntry, type VersionEntry } from './ledger.ts';
import { reportFolder, reportIds } from './report-folders.ts';
import { VERSION_FILE } from './version-record.ts';

export interface LedgerCheck {
  entries: LedgerEntry[];
  /** Every way the frozen files and the ledger disagree, each a paragraph ending with what to do. */
  problems: string[];
  /** What is on disk and not yet recorded (ledger:init records it), and the problems above that say so. */
  unrecorded: { versions: { report: string; version: number }[]; corrections: UnrecordedCorrection[]; problems: string[] };
}

export interface UnrecordedCorrection {
  report: string;
  version: number;
  /** Its place in the version's list of corrections, from 1. */
  correction: number;
  value: { date?: unknown; note?: unknown };
}

/** What the ledger checks in a version.json: read as JSON, so a field this code does not model is kept. */
export interface VersionFacts {
  published: unknown;
  note: unknown;
  checksum: unknown;
  corrections: { date?: unknown; note?: unknown }[];
}

export async function readVersionFacts(dir: string): Promise<VersionFacts> {
  const raw = JSON.parse(await readFile(join(dir, VERSION_FILE), 'utf8')) as Partial<VersionFacts> | null;
  if (raw === null || typeof raw !== 'object') throw new Error('it is not a JSON object');
  return { published: raw.published, note: raw.note, checksum: raw.checksum, corrections: Array.isArray(raw.corrections) ? raw.corrections : [] };
}

/** The way out, for a version's folder. */
function restore(folder: string): string {
  return `A published version is a public record: restore it from git (git checkout -- ${folder}), and publish any correction as a new version with npm run report:amend.`;
}

const RESTORE_LEDGER = `Restore the ledger from git (git checkout -- ${LEDGER_FILE}).`;

/** The numbered folders under a report's versions/, gaps and all: a gap is a recorded version gone missing. */
async function versionFolders(root: string, id: string): Promise<number[]> {
  try {
    return (await readdir(join(reportFolder(root, id), 'versions'))).filter((name) => /^[1-9]\d*$/.test(name)).map(Number).sort((a, b) => a - b);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const folderOf = (entry: Pick<LedgerEntry, 'report' | 'version'>) => `content/reports/${entry.report}/versions/${entry.version}`;

/** What differs between a version's folder and its ledger entry; the facts read, when they could be. */
async function versionProblems(root: string, entry: VersionEntry): Promise<{ problems: string[]; facts?: VersionFacts }> {
  const folder = folderOf(entry);
  const dir = join(root, folder);
  const recorded = `version ${entry.version} of ${entry.report}, published ${entry.published} (${LEDGER_FILE})`;
  if (!(await pathExists(dir))) return { problems: [`${folder} is missing, but the ledger records ${recorded}. ${restore(folder)}`] };
  let facts: VersionFacts;
  try {
    facts = await readVersionFacts(dir);
  } catch (error) {
    return { problems: [`${folder}/${VERSION_FILE} cannot be read (${(error as Error).message.split('\n')[0]}), but the ledger records ${recorded}. ${restore(folder)}`] };
  }
  const problems: string[] = [];
  if (facts.published !== entry.published) {
    problems.push(`${folder}/${VERSION_FILE} gives the publication date ${String(facts.published)}, but the ledger records ${entry.published}: a published version's date cannot change. ${restore(folder)}`);
  }
  if ((facts.note ?? null) !== entry.note) {
    problems.push(`${folder}/${VERSION_FILE} gives the note ${JSON.stringify(facts.note ?? null)}, but the ledger records ${JSON.stringify(entry.note)}: a published version's note cannot change. ${restore(folder)}`);
  }
  const now = checksumOf(await fileDigests(dir, [VERSION_FILE]));
  if (now !== entry.checksum) {
    const resealed = facts.checksum === now ? ', and its version.json has been rewritten to match' : '';
    problems.push(`${folder} is not as published: its files have the checksum ${now}${resealed}, but the ledger records ${entry.checksum} for ${recorded}. ${restore(folder)}`);
  }
  return { problems, facts };
}

/** What differs between a correction in version.json and its ledger entry. */
function correctionProblems(entry: CorrectionEntry, facts: VersionFacts | undefined): string[] {
  if (facts === undefined) return [];
  const where = `${folderOf(entry)}/${VERSION_FILE}`;
  const said = `correction ${entry.correction} of version ${entry.version} of ${entry.report}, dated ${entry.date}`;
  const found = facts.corrections[entry.correction - 1];
  if (found === undefined) return [`${where} no longer holds ${said}, which the ledger records: a correction, once made, stays. ${restore(folderOf(entry))}`];
  if (correctionDigest(found) === entry.digest) return [];
  const what = found.date !== entry.date ? `its date is now ${String(found.date)}` : found.note !== entry.note ? 'its note has been changed' : 'its figures have been changed';
  return [`${where} holds ${said} as it was not recorded: ${what}. ${restore(folderOf(entry))}`];
}

/**
 * Checks the ledger's chain, then the frozen files against it: every recorded version is there, with
 * the files, date and note it was recorded with, every recorded correction is in its version.json as
 * recorded, and every version folder on disk is recorded. Nothing is written. A site with no version
 * and no ledger passes.
 */
export async function checkLedger(root: string): Promise<LedgerCheck> {
  const ledger = await readLedger(root);
  const problems = ledger.problems.map((problem) => `${problem}. The ledger is only ever appended to by the publishing commands: restore it from git (git checkout -- ${LEDGER_FILE}).`);
  const recorded = new Map<string, { entry: VersionEntry; facts: VersionFacts | undefined; corrections: number }>();
  const latest = new Map<string, VersionEntry>();
  for (const entry of ledger.entries) {
    const key = `${entry.report}\u0000${entry.version}`;
    if (entry.type === 'correction') {
      const version = recorded.get(key);
      if (version === undefined || version.corrections + 1 !== entry.correction) {
        problems.push(`${LEDGER_FILE} records correction ${entry.correction} of version ${entry.version} of ${entry.report} out of order: a correction follows its version and the corrections before it. ${RESTORE_LEDGER}`);
        continue;
      }
      version.corrections += 1;
      problems.push(...correctionProblems(entry, version.facts));
      continue;
    }
    if (recorded.has(key)) {
      problems.push(`${LEDGER_FILE} records version ${entry.version} of ${entry.report} twice: a version is recorded once, when it is published. ${RESTORE_LEDGER}`);
      continue;
    }
    const before = latest.get(entry.report);
    if ((before?.version ?? 0) + 1 !== entry.version) {
      problems.push(`${LEDGER_FILE} records version ${entry.version} of ${entry.report} after ${before === undefined ? 'no version' : `version ${before.version}`}: versions are recorded in order, 1, 2, 3 and so on. ${RESTORE_LEDGER}`);
    } else if (before !== undefined && entry.published < before.published) {
      problems.push(`${LEDGER_FILE} records version ${entry.version} of ${entry.report} as published ${entry.published}, before version ${before.version} (${before.published}). ${RESTORE_LEDGER}`);
    }
    const checked = await versionProblems(root, entry);
    recorded.set(key, { entry, facts: checked.facts, corrections: 0 });
    latest.set(entry.report, entry);
    problems.push(...checked.problems);
  }
  const unrecorded: { report: string; version: number }[] = [];
  for (const id of await reportIds(root)) {
    for (const number of await versionFolders(root, id)) {
      if (!recorded.has(`${id}\u0000${number}`)) unrecorded.push({ report: id, version: number });
    }
  }
  const unrecordedProblems: string[] = [];
  // A version recorded for a report whose folder has gone is reported by versionProblems above.
  if (unrecorded.length > 0) {
    unrecordedProblems.push(
      [
        `${unrecorded.length === 1 ? 'This version is' : 'These versions are'} not in ${LEDGER_FILE}${ledger.exists ? '' : ', which does not exist'}:`,
        ...unrecorded.map((version) => `  ${folderOf(version)}`),
        'A version is recorded when npm run report:publish or report:amend writes it; a folder that appeared otherwise was not published. ' +
          'Versions frozen before the ledger existed are recorded, once, by npm run ledger:init.',
      ].join('\n'),
    );
  }
  const unrecordedCorrections: UnrecordedCorrection[] = [];
  for (const { entry, facts, corrections } of recorded.values()) {
    (facts?.corrections ?? []).slice(corrections).forEach((value, index) => {
      unrecordedCorrections.push({ report: entry.report, version: entry.version, correction: corrections + index + 1, value });
    });
  }
  if (unrecordedCorrections.length > 0) {
    unrecordedProblems.push(
      [
        `${unrecordedCorrections.length === 1 ? 'This correction is' : 'These corrections are'} not in ${LEDGER_FILE}:`,
        ...unrecordedCorrections.map((c) => `  ${folderOf(c)}/${VERSION_FILE}: correction ${c.correction}, dated ${String(c.value.date)}`),
        'A correction of a published version is recorded in the ledger, with its date and note, by npm run ledger:init once it is written; until then no build publishes it.',
      ].join('\n'),
    );
  }
  return { entries: ledger.entries, problems: [...problems, ...unrecordedProblems], unrecorded: { versions: unrecorded, corrections: unrecordedCorrections, problems: unrecordedProblems } };
}
