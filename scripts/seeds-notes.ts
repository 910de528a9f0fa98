/**
 * `npm run seeds:notes`: builds each seed report on its own, walks the paper's figures against the built
 * page (and its words, the word walk), and writes docs/seeds/<number>-web-version.md from the walks and the reasons in
 * test/seeds/walk/seed-papers.ts. The seed page tests compare the committed notes with the same walk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOneReport } from '../test/support/build-one-report.ts';
import { walkPaper } from '../test/seeds/walk/figure-walk.ts';
import { seedNote, unexplained, unexplainedWords } from '../test/seeds/walk/seed-note.ts';
import { wordWalk } from '../test/seeds/walk/word-walk.ts';
import { SEED_PAPERS } from '../test/seeds/walk/seed-papers.ts';

const only = process.argv.slice(2);
for (const seed of SEED_PAPERS) {
  if (only.length > 0 && !only.includes(seed.number)) continue;
  const site = buildOneReport(seed.slug, `test/.tmp/seeds-notes/${seed.number}`);
  const walk = walkPaper(readFileSync(`test/seeds/papers/${seed.number}.txt`, 'utf8'), site.file(`reports/${seed.slug}/index.html`), seed.keep === undefined ? {} : { keep: seed.keep });
  const left = unexplained(seed, walk);
  const words = unexplainedWords(seed, wordWalk(readFileSync(`test/seeds/papers/${seed.number}.txt`, 'utf8'), site.file(`reports/${seed.slug}/index.html`), seed.from));
  const problems = [...left.missing.map((m) => `missing ${m}`), ...left.unmarked.map((m) => `unmarked ${m}`), ...left.unsymbolled.map((m) => `no key ${m}`), ...left.unused.map((m) => `reason no figure needs: ${m}`), ...words.differences.map((m) => `words ${m}`), ...words.unused.map((m) => `reason no words need: ${m}`)];
  const path = `docs/seeds/${seed.number}-web-version.md`;
  writeFileSync(path, seedNote(seed, walk));
  console.log(`${path}: ${walk.paper.length} figures of the paper walked${problems.length === 0 ? '' : `; ${problems.length} to explain in test/seeds/walk/seed-papers.ts:\n  ${problems.join('\n  ')}`}`);
}
