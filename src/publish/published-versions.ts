import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sortedFigures, type FigureTexts } from './sorted-figures.ts';
import { FIGURES_FILE, readVersionRecord, type VersionRecord } from './version-record.ts';

/** A version as committed: its record, the figures it shows, and where its folder is. */
export interface PublishedVersion extends VersionRecord {
  /** The version's folder, e.g. content/reports/x/versions/2. */
  dir: string;
  /** The figures it shows now: as published, with its corrections applied in order. */
  figures: FigureTexts;
  /** The figures as first published (figures.json). */
  publishedFigures: FigureTexts;
}

/** A version's figures with its corrections applied: a figure corrected to null is no longer shown. */
export function correctedFigures(published: FigureTexts, corrections: VersionRecord['corrections']): FigureTexts {
  const figures: FigureTexts = { ...published };
  for (const correction of corrections ?? []) {
    for (const { figure, after } of correction.changes) {
      if (after === null) delete figures[figure];
      else figures[figure] = after;
    }
  }
  return sortedFigures(figures);
}

/** `content/reports/<id>/versions/<n>`: the permanent home of version n. */
export function versionDir(reportDir: string, version: number): string {
  return join(reportDir, 'versions', String(version));
}

/** The version numbers that have a folder, in order; a report never published has none. */
export async function versionNumbers(reportDir: string): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(join(reportDir, 'versions'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const numbers = names.filter((name) => /^[1-9]\d*$/.test(name)).map(Number).sort((a, b) => a - b);
  numbers.forEach((number, index) => {
    if (number !== index + 1) throw new Error(`${join(reportDir, 'versions')} has version ${number} but no version ${index + 1}: versions are numbered 1, 2, 3… with none missing`);
  });
  return numbers;
}

/** Every published version of a report, oldest first, each checked against its folder name. */
export async function readPublishedVersions(reportDir: string): Promise<PublishedVersion[]> {
  const versions: PublishedVersion[] = [];
  for (const number of await versionNumbers(reportDir)) {
    const dir = versionDir(reportDir, number);
    const record = await readVersionRecord(dir);
    if (record.version !== number) throw new Error(`${join(dir, 'version.json')} says version ${record.version} but its folder is version ${number}`);
    const published = JSON.parse(await readFile(join(dir, FIGURES_FILE), 'utf8')) as FigureTexts;
    versions.push({ ...record, dir, figures: correctedFigures(published, record.corrections), publishedFigures: published });
  }
  return versions;
}
