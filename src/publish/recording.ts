import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FigureIndex } from '../model/figure-index.ts';
import { sortedFigures, type FigureTexts } from './sorted-figures.ts';

/** What one rendering of a report showed, and the data rows it was computed from. */
export interface Recording {
  figures: FigureTexts;
  /** Sources of the rows used (`data/observations/x.csv:14`, populations, targets), sorted, once each. */
  rows: string[];
}

/**
 * The rows behind the figures a report showed: each observation read, the population row of each
 * rate, and the council's targets for the indicators it used (kept so that a page judging against
 * a target renders the same from the frozen rows).
 */
export function recordingOf(index: FigureIndex, shown: ReadonlyMap<string, string>): Recording {
  const rows = new Set<string>();
  const pairs = new Set<string>();
  for (const observation of index.used) {
    rows.add(observation.source);
    if (observation.population !== undefined) rows.add(observation.population.source);
    pairs.add(`${observation.indicator}\u0000${observation.area}`);
  }
  for (const target of index.dataset.targets) {
    if (pairs.has(`${target.indicator}\u0000${target.area}`)) rows.add(target.source);
  }
  return { figures: sortedFigures(shown), rows: [...rows].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** The file a recording of report `id` goes to; ids may contain `/`. */
export function recordingFile(dir: string, id: string): string {
  return join(dir, `${encodeURIComponent(id)}.json`);
}

export async function writeRecording(dir: string, id: string, recording: Recording): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(recordingFile(dir, id), `${JSON.stringify(recording, null, 2)}\n`);
}

export async function readRecording(dir: string, id: string): Promise<Recording> {
  const path = recordingFile(dir, id);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Recording;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`the build did not render content/reports/${id}: is its index.mdx there, and does its front matter pass the schema?`);
    }
    throw error;
  }
}
