import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FigureModel } from '../model/figure-model.ts';
import type { PageRecord } from '../model/views/page-record.ts';
import type { FigureTexts } from './sorted-figures.ts';

/** What one rendering of a report showed, and the data rows it was decided from. */
export interface Recording {
  /** Each figure shown, in words, with its text. */
  figures: FigureTexts;
  /** Sources of the rows used (`data/observations/x.csv:14`, populations, targets, DfE files), sorted, once each. */
  rows: string[];
  /** Whether a figure came from DfE's files, which a version then freezes with it. */
  national: boolean;
}

// Code-unit order: a recording must be the same on every machine.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The figures a report showed and every row they were decided from, and the council's targets for the
 * indicators it showed (kept so that a page judging against a target renders the same from the frozen rows).
 */
export function recordingOf(model: FigureModel, record: PageRecord): Recording {
  const rows = new Set(record.rows());
  const pairs = new Set(record.nodes().map((node) => `${node.indicator.id}\u0000${node.area.code}`));
  for (const target of model.dataset.targets) {
    if (pairs.has(`${target.indicator}\u0000${target.area}`)) rows.add(target.source);
  }
  return { figures: record.figureTexts(), rows: [...rows].sort(byText), national: record.usesDfe() };
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
