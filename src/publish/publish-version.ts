import { mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BuildRunner } from './astro-build.ts';
import { checksumOf, fileDigests } from './checksum.ts';
import { figureChanges, type FigureChange } from './figure-changes.ts';
import { freezeData } from './freeze-data.ts';
import { withStatus } from './front-matter-status.ts';
import { meetingFacts } from './agenda-window.ts';
import { appendToLedger, restoreLedger, type LedgerBefore, type LedgerEntry } from './ledger.ts';
import { checkLedger } from './ledger-check.ts';
import { tagEntry } from './ledger-tags.ts';
import { publicationDate } from './publication-date.ts';
import { readPublishedVersions, versionDir } from './published-versions.ts';
import { readRecording, type Recording } from './recording.ts';
import { reportFolder } from './report-folders.ts';
import { FIGURES_FILE, VERSION_FILE, type VersionRecord } from './version-record.ts';

export interface PublishRequest {
  /** The site: the folder holding content/ and data/. */
  root: string;
  /** The report's id: its folder under content/reports. */
  id: string;
  /** `publish` freezes version 1 of a draft; `amend` freezes the next version of a published report. */
  mode: 'publish' | 'amend';
  /** The publication day, YYYY-MM-DD: an argument, so that the library never reads the clock. */
  date: string;
  /** Today, YYYY-MM-DD, which `date` may not be after; left out, the date is not checked against it. */
  today?: string | undefined;
  /** What changed and why: required for an amendment. */
  note?: string | undefined;
  build: BuildRunner;
}

export interface PublishResult {
  version: number;
  /** The new version's folder. */
  dir: string;
  checksum: string;
  /** Figures that differ from the previous version (empty for version 1). */
  changes: FigureChange[];
  /** The version's entry in content/ledger.jsonl. */
  entry: LedgerEntry;
  /** Its git tag, or why none was made (the site is not a repository's top folder). */
  tag: { tag: string; made: boolean; reason?: string };
}

export interface VersionFreeze {
  root: string;
  /** The version's folder, content/reports/<id>/versions/<number>. */
  dir: string;
  number: number;
  date: string;
  note?: string | undefined;
  /** The report's MDX as published (status: published). */
  mdx: string;
  /** What a recording build rendered for the report. */
  recording: Recording;
  /** Stored files written anew are added to it (freeze-data.ts). */
  storedAnew?: string[];
}

/**
 * Writes a version's folder: its MDX, the figures it showed, the data rows behind them, and its
 * record with a checksum of each file. The caller has checked that it may be published.
 */
export async function freezeVersion({ root, dir, number, date, note, mdx, recording, storedAnew }: VersionFreeze): Promise<VersionRecord> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.mdx'), mdx);
  await writeFile(join(dir, FIGURES_FILE), `${JSON.stringify(recording.figures, null, 2)}\n`);
  await freezeData({ root, rows: recording.rows.filter((row) => !row.includes('/dfe/') && !row.startsWith('data/dfe-indicators.csv')), to: join(dir, 'data'), national: recording.national, ...(storedAnew === undefined ? {} : { storedAnew }) });
  const files = await fileDigests(dir, [VERSION_FILE]);
  const record: VersionRecord = { version: number, published: date, ...(note ? { note } : {}), checksum: checksumOf(files), files };
  await writeFile(join(dir, VERSION_FILE), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/**
 * Publishes the report as it now stands as a new version: renders it from data/ in a real build,
 * freezes its MDX, the figures it showed and the data rows behind them, then builds again so that
 * the new version is known to render from its frozen files alone. On any failure nothing is left
 * behind and the working copy is as it was.
 */
export async function publishVersion({ root, id, mode, date, today, note, build }: PublishRequest): Promise<PublishResult> {
  const reportDir = reportFolder(root, id);
  const mdxPath = join(reportDir, 'index.mdx');
  let working: string;
  try {
    working = await readFile(mdxPath, 'utf8');
  } catch {
    throw new Error(`there is no report ${id}: content/reports/${id}/index.mdx does not exist (create one with npm run report:new)`);
  }
  const versions = await readPublishedVersions(reportDir);
  const previous = versions.at(-1);
  if (mode === 'publish' && previous !== undefined) {
    throw new Error(`${id} was published as version ${previous.version} on ${previous.published}: to publish a correction, run npm run report:amend -- ${id} --note "what changed and why"`);
  }
  if (mode === 'amend' && previous === undefined) throw new Error(`${id} has not been published yet: run npm run report:publish -- ${id}`);
  const trimmedNote = note?.trim();
  if (mode === 'amend' && (trimmedNote === undefined || trimmedNote === '')) {
    throw new Error(`an amendment needs a note saying what changed and why: npm run report:amend -- ${id} --note "…"`);
  }
  publicationDate(date, previous?.published, { today, ...(await meetingFacts(root, working)) });
  const record = await checkLedger(root);
  if (record.problems.length > 0) {
    throw new Error(`the published versions do not match their record, so nothing more can be published until they do:\n${record.problems.join('\n')}`);
  }

  const recordDir = await mkdtemp(join(tmpdir(), 'tabled-record-'));
  const number = (previous?.version ?? 0) + 1;
  const dir = versionDir(reportDir, number);
  const published = withStatus(working, 'published');
  let ledgerBefore: LedgerBefore | undefined;
  const storedAnew: string[] = [];
  try {
    const recorded = build({ TABLED_DRAFTS: '1', TABLED_RECORD: recordDir });
    if (!recorded.ok) throw new Error(`the site does not build, so ${id} cannot be published:\n${recorded.errors}`);
    const recording = await readRecording(recordDir, id);
    const changes = previous === undefined ? [] : figureChanges(previous.figures, recording.figures);
    if (previous !== undefined && changes.length === 0 && (await readFile(join(previous.dir, 'index.mdx'), 'utf8')) === published) {
      throw new Error(`nothing has changed since version ${previous.version}: its text and figures are the same as the report's now. Edit the MDX or data/ first.`);
    }

    const frozen = await freezeVersion({ root, dir, number, date, note: trimmedNote, mdx: published, recording, storedAnew });
    if (published !== working) await writeFile(mdxPath, published);
    // Recorded before the build that proves it renders: every build checks the versions against the ledger.
    const appended = await appendToLedger(root, [{ type: 'version', report: id, version: number, published: date, note: trimmedNote || null, checksum: frozen.checksum }]);
    ledgerBefore = appended.before;
    const entry = appended.entries[0]!;

    const verified = build({ TABLED_DRAFTS: '1' });
    if (!verified.ok) {
      throw new Error(
        `version ${number} of ${id} was frozen but does not render from its frozen files, so it has not been published:\n${verified.errors}`,
      );
    }
    return { version: number, dir: relative(root, dir), checksum: frozen.checksum, changes, entry, tag: tagEntry(root, entry) };
  } catch (error) {
    if (ledgerBefore !== undefined) await restoreLedger(ledgerBefore);
    await rm(dir, { recursive: true, force: true });
    for (const stored of storedAnew) await rm(join(root, stored), { force: true });
    if (number === 1) await rmdir(join(reportDir, 'versions')).catch(() => undefined);
    await writeFile(mdxPath, working);
    throw error;
  } finally {
    await rm(recordDir, { recursive: true, force: true });
  }
}
