import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every figure in a report comes from the data. A number an author types in prose would not, so each
 * number left in a report's text once its components are taken out must be one that data/ also holds
 * (a period, a definition's "45 working days", a date an observation's note records); anything else is
 * a figure typed by hand.
 */
function reportFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('index.mdx'))
    .map((path) => join(dir, path));
}

function prose(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter: contacts' phone numbers, dates
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ') // data-bound components
    .replace(/<\/?[a-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']'); // link addresses
}

function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
}

function dataText(dir: string): Set<string> {
  const tokens = new Set<string>();
  for (const path of readdirSync(dir, { recursive: true }).map(String)) {
    if (!path.endsWith('.csv') || path.startsWith('dfe')) continue;
    for (const n of numbersIn(readFileSync(join(dir, path), 'utf8'))) tokens.add(n);
  }
  return tokens;
}

/** Numbers that are part of a name, not a figure; each says where it comes from. */
const NAMES: Record<string, string> = {
  '2050': 'Cambridgeshire\'s corporate priority "Net zero carbon emissions for Cambridgeshire by 2050" (seed 000, para 3.4)',
};

describe('report prose', () => {
  const known = dataText('data');
  for (const file of reportFiles('content/reports')) {
    it(`${file} types no figure that is not in data/`, () => {
      const typed = numbersIn(prose(readFileSync(file, 'utf8'))).filter((n) => !known.has(n) && !(n in NAMES));
      expect(typed).toEqual([]);
    });
  }
});
