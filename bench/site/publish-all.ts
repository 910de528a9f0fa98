import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../../src/publish/astro-build.ts';
import { appendToLedger, type NewEntry } from '../../src/publish/ledger.ts';
import { freezeVersion } from '../../src/publish/publish-version.ts';
import { versionDir } from '../../src/publish/published-versions.ts';
import { readRecording } from '../../src/publish/recording.ts';
import { reportFolder } from '../../src/publish/report-folders.ts';
import type { SyntheticSite } from './write-site.ts';

/** The day every synthetic report is published on: fixed, so a frozen site is the same on every run. */
export const PUBLISHED = '2025-04-30';

/**
 * Publishes every report of a synthetic site (or those given) as version 1, as `npm run report:publish` would one at a
 * time, but from one recording build: a council's site as it stands after years of meetings, where
 * each report renders from its frozen files and is checked against data/ on every build.
 */
export async function publishAll(site: SyntheticSite, reports: SyntheticSite['reports'] = site.reports): Promise<void> {
  const recordDir = mkdtempSync(join(tmpdir(), 'tabled-bench-record-'));
  try {
    const recorded = astroBuild(site.folder)({ TABLED_DRAFTS: '1', TABLED_RECORD: recordDir });
    if (!recorded.ok) throw new Error(`the recording build of ${site.folder} failed:\n${recorded.errors}`);
    const entries: NewEntry[] = [];
    for (const { slug } of reports) {
      const mdx = readFileSync(join(reportFolder(site.folder, slug), 'index.mdx'), 'utf8');
      const recording = await readRecording(recordDir, slug);
      const record = await freezeVersion({ root: site.folder, dir: versionDir(reportFolder(site.folder, slug), 1), number: 1, date: PUBLISHED, mdx, recording });
      entries.push({ type: 'version', report: slug, version: 1, published: PUBLISHED, note: null, checksum: record.checksum });
    }
    // Recorded as the publishing commands record a version: every build checks versions against the ledger.
    await appendToLedger(site.folder, entries);
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
}
