import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { mayLeak, tableLeaks } from './find-leaks.ts';
import type { Leak } from './leak.ts';
import { numberTokens } from './number-tokens.ts';
import type { Place } from './place.ts';
import { readDistFile } from './read-dist-file.ts';
import type { SecretList } from './suppressed-figure.ts';
import { Vocabulary } from './vocabulary.ts';

/** What one built file gave the scan, kept small: only the places that may write a withheld number. */
export interface FileScan {
  candidates: Place[];
  leaks: Leak[];
  notes: string[];
  /**
   * The bases (populations and denominators of withheld figures) the file writes: a base counts as
   * published wherever in the site it is.
   */
  published: number[];
}

/**
 * Reads built files one at a time, keeping only what the end of the scan needs, so memory does not
 * grow with the site: a national site's downloads hold millions of cells. A thread of its own can run
 * this on part of a site (scan-worker.ts), since it needs only the paths and the secrets.
 */
export function scanFiles(dir: string, paths: readonly string[], secrets: SecretList): FileScan[] {
  // Only a base can turn a published rate back into a count, so only bases are looked for.
  const bases = new Set([...secrets.figures.flatMap((f) => (f.base === undefined ? [] : [f.base])), ...secrets.rates.map((r) => r.base)]);
  const vocabulary = new Vocabulary(secrets);
  const mayReveal = mayLeak(secrets);
  return paths.map((path): FileScan => {
    const file = relative(dir, path).split(sep).join('/');
    const reading = readDistFile(file, path, readFileSync(path));
    const candidates: Place[] = [];
    const published = new Set<number>();
    for (const place of reading.places) {
      if (bases.size > 0) for (const token of numberTokens(place.text)) if (bases.has(token.value)) published.add(token.value);
      if (mayReveal(place)) candidates.push(place);
    }
    return { candidates, leaks: tableLeaks(reading.grids, secrets, vocabulary), notes: reading.notes, published: [...published] };
  });
}
