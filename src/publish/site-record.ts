import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeEntry, ledgerHead, ledgerLine, LEDGER_FILE, parseLedger, type LedgerEntry } from './ledger.ts';

/** Where every built site publishes its ledger. */
export const SITE_RECORD = 'versions.json';

/** /versions.json: the whole ledger, and its head, as the site was built from it. */
export interface SiteRecord {
  /** What this file is, for a reader who finds it. */
  about: string;
  /** The hash of the last entry: the whole record in one value. */
  head: string;
  count: number;
  entries: LedgerEntry[];
}

export function siteRecord(entries: readonly LedgerEntry[]): string {
  const record: SiteRecord = {
    about: `Every published version of every report on this site, as recorded in ${LEDGER_FILE}: entries chained by SHA-256 (each holds the hash of the one before). See docs/publishing.md.`,
    head: ledgerHead(entries),
    count: entries.length,
    entries: [...entries],
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** What the deployed copy says, with its own chain checked; problems name `where`. */
function readDeployed(text: string, where: string): { entries: LedgerEntry[]; problems: string[] } {
  let record: Partial<SiteRecord>;
  try {
    record = JSON.parse(text) as Partial<SiteRecord>;
  } catch (error) {
    return { entries: [], problems: [`${where} is not JSON (${(error as Error).message})`] };
  }
  if (!Array.isArray(record.entries)) return { entries: [], problems: [`${where} has no list of entries`] };
  // The deployed entries are checked as a ledger of their own: the same chain, the same hashes.
  const parsed = parseLedger(record.entries.map((entry) => ledgerLine(entry as LedgerEntry)).join(''), `${where} entry`);
  const problems = parsed.problems.map((problem) => problem.replace(/entry:(\d+)/, (_, n: string) => `entry ${n}`));
  if (problems.length === 0 && record.head !== ledgerHead(parsed.entries)) {
    problems.push(`${where} gives the head ${String(record.head)}, but its entries end with ${ledgerHead(parsed.entries)}`);
  }
  return { entries: parsed.entries, problems };
}

/**
 * Compares a deployed copy of the site (a folder) with the local ledger: its /versions.json must be a
 * well-chained record whose entries are the local ledger's (the local one may have more, not yet
 * deployed), and each version page it lists must show the checksum recorded for it.
 */
export async function deployedProblems(siteDir: string, local: readonly LedgerEntry[]): Promise<{ problems: string[]; notes: string[] }> {
  const where = join(siteDir, SITE_RECORD);
  let text: string;
  try {
    text = await readFile(where, 'utf8');
  } catch {
    return { problems: [`${where} is missing: a site built by this version of Tabled publishes its record there. Is ${siteDir} a built copy of the site?`], notes: [] };
  }
  const deployed = readDeployed(text, where);
  const problems = [...deployed.problems];
  const notes: string[] = [];
  deployed.entries.forEach((entry, index) => {
    const mine = local[index];
    if (mine?.hash === entry.hash) return;
    const said = describeEntry(entry);
    problems.push(
      mine === undefined
        ? `${where} entry ${index + 1} records ${said}, which ${LEDGER_FILE} does not have: the local record has lost it. Restore it from git (git log -- ${LEDGER_FILE}).`
        : `${where} entry ${index + 1} records ${said}, but entry ${index + 1} of ${LEDGER_FILE} is ${describeEntry(mine)}: one of the two has been rewritten.`,
    );
  });
  if (problems.length === 0 && local.length > deployed.entries.length) {
    notes.push(`${local.length - deployed.entries.length} entr${local.length - deployed.entries.length === 1 ? 'y' : 'ies'} of ${LEDGER_FILE} not yet in the deployed copy (published since it was built).`);
  }
  for (const entry of deployed.entries) {
    if (entry.type !== 'version') continue;
    const page = join(siteDir, 'reports', entry.report, `v${entry.version}`, 'index.html');
    let html: string;
    try {
      html = await readFile(page, 'utf8');
    } catch {
      problems.push(`${page} is missing, but ${where} lists version ${entry.version} of ${entry.report}: the deployed copy has lost a published version.`);
      continue;
    }
    if (!html.includes(`sha256:${entry.checksum}`)) {
      const shown = /sha256:([0-9a-f]{64})/.exec(html)?.[1];
      problems.push(`${page} ${shown === undefined ? 'shows no checksum' : `shows the checksum ${shown}`}, but version ${entry.version} of ${entry.report} was recorded with ${entry.checksum}: the deployed page is not the version published.`);
    }
  }
  return { problems, notes };
}
