import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

/** The repository root, so tests read the committed files wherever vitest is started from. */
export const ROOT = new URL('../../', import.meta.url);

export function readText(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

/** Rows as strings, exactly as written: the tests compare published figures as text. */
export function readRows(path: string): Record<string, string>[] {
  return csvParse(readText(path).replace(/^\uFEFF/, '')).map((row) => {
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) clean[key] = value ?? '';
    return clean;
  });
}
