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

/** Commas only between groups of three digits: a CSV's "919,2016/17" is two numbers, "1,642" one. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
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
  '985': 'DfE\'s code for the East of England, in the first column of the care-proceedings table of Cambridgeshire\'s 2020 paper (seed 000, para 2.19)',
  '970': 'DfE\'s code for England, in the first column of the same table (seed 000, para 2.19)',
  '17.06': 'the date of a baby\'s death as Cambridgeshire\'s 2009 paper writes it, "17.06.09" (seed 003, para 2.5)',
  '142893': 'part of the web address of the Laming report that Cambridgeshire\'s 2009 paper gives (seed 003, source documents)',
  '01642': 'the telephone number of Stockton-on-Tees\'s contact officer, as the paper gives it (seed 004)',
  '527049': 'the telephone number of Stockton-on-Tees\'s contact officer, as the paper gives it (seed 004)',
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
