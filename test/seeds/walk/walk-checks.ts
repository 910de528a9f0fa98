import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { walkPaper } from './figure-walk.ts';
import { seedNote, unexplained, unexplainedWords } from './seed-note.ts';
import { SEED_PAPERS } from './seed-papers.ts';
import { wordWalk } from './word-walk.ts';

/**
 * The figure walk and the word walk of one seed, as `it` cases inside its page test's describe (sharing its build): every
 * figure of the paper is on the page or explained, every figure on the page is the paper's, marked, or
 * explained, every symbol has a key, every reason is needed; the page's words are the paper's, or marked, or explained; and the committed note is the walk's.
 */
export function walkChecks(number: string, page: () => string): void {
  const seed = SEED_PAPERS.find((s) => s.number === number);
  if (seed === undefined) throw new Error(`seed ${number} is not in test/seeds/walk/seed-papers.ts`);
  const walk = () => walkPaper(readFileSync(`test/seeds/papers/${number}.txt`, 'utf8'), page(), seed.keep === undefined ? {} : { keep: seed.keep });

  it("walks the paper's figures: each on the page or explained, each page figure the paper's or marked, every symbol keyed", () => {
    const left = unexplained(seed, walk());
    expect(left).toEqual({ missing: [], unmarked: [], unsymbolled: [], unused: [] });
  });

  it("walks the paper's words: the page's text is the paper's, capitals and punctuation included, or marked, or its difference explained", () => {
    const left = unexplainedWords(seed, wordWalk(readFileSync(`test/seeds/papers/${number}.txt`, 'utf8'), page(), seed.from));
    expect(left).toEqual({ differences: [], unused: [] });
  });

  it(`has its note in docs/seeds/${number}-web-version.md as the walk writes it (npm run seeds:notes)`, () => {
    expect(readFileSync(`docs/seeds/${number}-web-version.md`, 'utf8')).toBe(seedNote(seed, walk()));
  });
}
