import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildRunner } from './astro-build.ts';
import { recordUnrecordedVersions } from './ledger-init.ts';
import { figureChanges, type FigureChange } from './figure-changes.ts';
import { readPublishedVersions } from './published-versions.ts';
import { readRecording } from './recording.ts';
import { reportFolder } from './report-folders.ts';
import { VERSION_FILE, type Correction } from './version-record.ts';

export interface CorrectionRequest {
  root: string;
  /** The report whose published versions are checked. */
  id: string;
  /** The day of the correction, YYYY-MM-DD. */
  date: string;
  /** Why the site's rules now show these versions otherwise: required. */
  note: string;
  build: BuildRunner;
}

export interface CorrectedVersion {
  version: number;
  changes: FigureChange[];
}

/**
 * Records a dated correction in each published version of a report whose page the site's rules now
 * show otherwise (a council's disclosure or RAG policy, how money is written): each changed figure in
 * words, as shown until now and as shown from now. The frozen files stay as published; the correction
 * lives in version.json, outside the checksum, and the build then checks the page against it. A
 * version that shows what it showed is left alone. Builds again at the end: a correction that is written
 * is one that verifies.
 */
export async function correctVersions({ root, id, date, note, build }: CorrectionRequest): Promise<CorrectedVersion[]> {
  if (note.trim() === '') throw new Error('a correction needs --note "…": what changed on the published page and why');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date "${date}" is not a day written YYYY-MM-DD`);
  const folder = reportFolder(root, id);
  const versions = await readPublishedVersions(folder);
  if (versions.length === 0) throw new Error(`content/reports/${id} has no published version to correct`);
  const scratch = await mkdtemp(join(tmpdir(), 'tabled-correct-'));
  try {
    const recorded = build({ TABLED_DRAFTS: '1', TABLED_RECORD_VERSIONS: scratch });
    if (!recorded.ok) throw new Error(`the build that renders the published versions failed:\n${recorded.errors || recorded.output}`);
    const corrected: CorrectedVersion[] = [];
    for (const version of versions) {
      if (version.corrections?.some((c) => c.date > date)) throw new Error(`version ${version.version} has a correction dated after ${date}: corrections are recorded in date order`);
      const now = await readRecording(scratch, `${id}@v${version.version}`);
      const changes = figureChanges(version.figures, now.figures);
      if (changes.length === 0) continue;
      const correction: Correction = { date, note: note.trim(), changes: changes.map((c) => ({ figure: c.key, before: c.before ?? null, after: c.after ?? null })) };
      const file = join(version.dir, VERSION_FILE);
      const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      record['corrections'] = [...((record['corrections'] as Correction[] | undefined) ?? []), correction];
      await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
      corrected.push({ version: version.version, changes });
    }
    if (corrected.length > 0) {
      // A correction is part of the publication record: the ledger holds it before the site is built with it.
      await recordUnrecordedVersions({ root, today: new Date().toISOString().slice(0, 10), tag: false });
      // Drafts on, so that a report whose working copy waits for an amendment warns rather than stops.
      const check = build({ TABLED_DRAFTS: '1' });
      if (!check.ok) throw new Error(`the corrections are written, but the site does not build with them:\n${check.errors || check.output}`);
    }
    return corrected;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
