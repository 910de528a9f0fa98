import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pushAll } from './bulk.ts';
import { mayLeak, placeLeaks, tableLeaks } from './find-leaks.ts';
import type { Leak } from './leak.ts';
import { numberTokens } from './number-tokens.ts';
import type { Place } from './place.ts';
import { readDistFile } from './read-dist-file.ts';
import type { SecretList } from './suppressed-figure.ts';
import { Vocabulary } from './vocabulary.ts';

export interface ScanResult {
  files: number;
  leaks: Leak[];
  /** Files or parts not read, and why: a reader of the result sees what was not checked. */
  notes: string[];
}

function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk(root);
  return found.sort();
}

/**
 * Reads every file of a built site and finds each withheld figure written where it is identified,
 * given away by a table's total, or worked out from a related rate and its published base.
 */
export function scanDist(dir: string, secrets: SecretList): ScanResult {
  // One file at a time, keeping only what the end needs, so memory does not grow with the site: a
  // national site's downloads hold millions of cells.
  const candidates: Place[] = [];
  const leaks: Leak[] = [];
  const notes: string[] = [];
  // Every number written anywhere: a population or denominator counts as published wherever it is.
  const published = new Set<number>();
  const vocabulary = new Vocabulary(secrets);
  const mayReveal = mayLeak(secrets);
  const files = listFiles(dir);
  for (const path of files) {
    const file = relative(dir, path).split(sep).join('/');
    const reading = readDistFile(file, path, readFileSync(path));
    for (const place of reading.places) {
      for (const token of numberTokens(place.text)) published.add(token.value);
      if (mayReveal(place)) candidates.push(place);
    }
    pushAll(leaks, tableLeaks(reading.grids, secrets, vocabulary));
    pushAll(notes, reading.notes);
  }
  return { files: files.length, leaks: [...placeLeaks(candidates, secrets, vocabulary, published), ...leaks], notes };
}
