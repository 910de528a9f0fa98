import type { Walk } from './figure-walk.ts';
import type { PageFigure } from './page-figures.ts';
import type { PaperFigure } from './paper-figures.ts';
import type { Explained, SeedPaper } from './seed-papers.ts';
import type { Difference } from './word-walk.ts';

/** What the walk reports that the seed's figure list does not explain, and entries of the list nothing needs. */
export interface Unexplained {
  missing: string[];
  unmarked: string[];
  unsymbolled: string[];
  unused: string[];
}

function take<T>(found: readonly T[], list: readonly Explained[], matches: (item: T, entry: Explained) => boolean, describe: (item: T) => string) {
  const used = new Set<Explained>();
  const left: string[] = [];
  for (const item of found) {
    const entry = list.find((candidate) => matches(item, candidate));
    if (entry === undefined) left.push(describe(item));
    else used.add(entry);
  }
  return { left, unused: list.filter((entry) => !used.has(entry)).map((entry) => `${entry.figure} (${entry.near})`) };
}

const paperMatch = (figure: PaperFigure, entry: Explained) => figure.raw === entry.figure && figure.lineText.includes(entry.near);
const pageMatch = (figure: PageFigure, entry: Explained) => figure.raw === entry.figure && figure.context.includes(entry.near);

/** Each figure the walk found missing or unmarked, checked against the seed's list of reasons. */
export function unexplained(seed: SeedPaper, walk: Walk): Unexplained {
  const missing = take(walk.missing, seed.missing, paperMatch, (f) => `${f.raw} (paper line ${f.line}: ${f.lineText.slice(0, 80)})`);
  const unmarked = take(walk.unmarked, seed.unmarked, pageMatch, (f) => `${f.raw} (${f.where}: …${f.context.slice(0, 100)}…)`);
  return {
    missing: missing.left,
    unmarked: unmarked.left,
    unsymbolled: walk.symbols.filter((s) => !s.explained).map((s) => `${s.symbol} (…${s.context}…)`),
    unused: [...missing.unused, ...unmarked.unused],
  };
}

/** The word walk's unmarked differences that the seed's list does not explain, and entries of the list nothing needs. */
export function unexplainedWords(seed: SeedPaper, differences: readonly Difference[]): { differences: string[]; unused: string[] } {
  const used = new Set<(typeof seed.words)[number]>();
  const left: string[] = [];
  for (const difference of differences) {
    if (difference.marked) continue;
    const entry = seed.words.find((candidate) => candidate.paper === difference.paper && candidate.page === difference.page);
    if (entry === undefined) left.push(`paper "${difference.paper}" → page "${difference.page}" (…${difference.context}…)`);
    else used.add(entry);
  }
  return { differences: left, unused: seed.words.filter((entry) => !used.has(entry)).map((entry) => `paper "${entry.paper}" → page "${entry.page}"`) };
}

function clip(text: string, length = 220): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, '')} …`;
}

function where(text: string): string {
  return /^\d+(\.\d+)*$/.test(text) ? `para ${text}` : text === '' ? 'the cover' : text;
}

/** A short note on one seed: how its figures are on the page, what the web version adds, and every marked difference. */
export function seedNote(seed: SeedPaper, walk: Walk): string {
  const count = (found: string) => walk.pairs.filter((p) => p.found === found).length;
  const same = count('same') + count('elsewhere') + count('in-added');
  const lines: string[] = [];
  lines.push(`# Seed ${seed.number}: the web version against the paper`);
  lines.push('');
  lines.push(`${seed.name}. Paper: \`test/seeds/papers/${seed.number}.txt\`; page: \`/reports/${seed.slug}/\`.`);
  lines.push('');
  lines.push(
    `Written by \`npm run seeds:notes\` from the figure walk (\`test/seeds/walk/\`) of the paper against the built page, with the reasons in \`test/seeds/walk/seed-papers.ts\`; \`test/seeds/seed-${seed.number}-page.test.ts\` fails when this note is out of date.`,
  );
  lines.push('');
  lines.push('## The figures');
  lines.push('');
  lines.push(`The paper prints ${walk.paper.length} figures (numbers, percentages, money and dates, and any ■ it prints for a number it removed; not its paragraph numbers). On the page:`);
  lines.push('');
  lines.push(`- ${same} as the paper prints them (${count('elsewhere')} of them elsewhere than the paper's order puts them, such as a cover field, and ${count('in-added')} inside something added to the web version);`);
  lines.push(`- ${count('corrected')} beside a correction, as "the paper gave …";`);
  lines.push(`- ${count('withheld')} withheld, each saying whose rule withheld it;`);
  lines.push(`- ${walk.missing.length} not on the page${walk.missing.length === 0 ? '' : ', each explained below'}.`);
  lines.push('');
  lines.push(
    `The page shows ${walk.marked.length + walk.unmarked.length} figures the paper does not print: ${walk.marked.length} inside something marked as added to the web version or in a mark beside a figure, and ${walk.unmarked.length} without a mark${walk.unmarked.length === 0 ? '' : ', each explained below'}.`,
  );

  const corrected = walk.marks.filter((m) => m.kind === 'corrected');
  lines.push('');
  lines.push('## Corrections, marked where they appear');
  lines.push('');
  if (corrected.length === 0) lines.push('None.');
  for (const mark of corrected) lines.push(`- ${where(mark.where)}: ${mark.text}`);

  const withheld = new Map<string, number>();
  for (const mark of walk.marks.filter((m) => m.kind === 'withheld')) {
    const key = `${where(mark.where)}: ${mark.text.replace(/^\(|\)$/g, '')}`;
    withheld.set(key, (withheld.get(key) ?? 0) + 1);
  }
  lines.push('');
  lines.push('## Withheld figures, each saying whose rule withheld it');
  lines.push('');
  if (withheld.size === 0) lines.push('None.');
  for (const [key, n] of withheld) lines.push(`- ${key}${n === 1 ? '' : ` (${n} figures)`}`);

  const added = walk.marks.filter((m) => m.kind === 'added');
  lines.push('');
  lines.push('## What the web version adds, each marked "Added to the web version"');
  lines.push('');
  if (added.length === 0) lines.push('Nothing.');
  for (const mark of added) lines.push(`- ${where(mark.where)}: ${clip(mark.text.replace(/^Added to the web version:?\s*/, ''))}`);

  lines.push('');
  lines.push("## The paper's figures not on the page");
  lines.push('');
  if (seed.missing.length === 0) lines.push('None.');
  for (const entry of seed.missing) lines.push(`- "${entry.figure}" (in "${entry.near}"): ${entry.why}.`);

  lines.push('');
  lines.push('## Figures on the page without a mark that are not the paper\'s as printed');
  lines.push('');
  if (seed.unmarked.length === 0) lines.push('None.');
  for (const entry of seed.unmarked) lines.push(`- "${entry.figure}" (by "${entry.near}"): ${entry.why}.`);
  lines.push('');
  lines.push('## Words on the page without a mark that are not the paper\'s as printed');
  lines.push('');
  lines.push(
    `The word walk (\`test/seeds/walk/word-walk.ts\`) reads the paper's text, from "${seed.from}", against the page's text after its cover, word by word with capitals and punctuation; what the page marks as added, corrected or withheld is left out. Every other difference is below: none is a change of the paper's wording.`,
  );
  lines.push('');
  if (seed.words.length === 0) lines.push('None.');
  for (const entry of seed.words) lines.push(`- ${entry.paper === '' ? 'nothing in the paper' : `paper "${entry.paper}"`} → ${entry.page === '' ? 'nothing on the page' : `page "${entry.page}"`}: ${entry.why}.`);
  lines.push('');
  return lines.join('\n');
}
