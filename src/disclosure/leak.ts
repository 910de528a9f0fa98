import { plural } from '../engine/plural.ts';

/** A withheld figure found in, or worked out from, a built file. */
export interface Leak {
  file: string;
  where: string;
  /** identified: written where it is of that figure; table: a total minus the rest; rate: a rate or percentage times its base. */
  kind: 'identified' | 'table' | 'rate';
  /** The figure, e.g. `placements-3-or-more, Stockton-on-Tees, 2013/14 Q1` (or what the table says, if no figure matches). */
  figure: string;
  /** What was found and how it gives the figure away. */
  detail: string;
}

/** One line per leak, grouped by file, for the build's error and `npm run scan`. */
export function formatLeaks(leaks: readonly Leak[]): string {
  const byFile = new Map<string, Leak[]>();
  for (const leak of leaks) byFile.set(leak.file, [...(byFile.get(leak.file) ?? []), leak]);
  const lines = [`Disclosure check: ${plural(leaks.length, 'suppressed value')} can be read or worked out from the built site.`];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${file}`);
    for (const leak of list) lines.push(`    ${leak.where}: ${leak.figure}: ${leak.detail}`);
  }
  lines.push('Fix the page, chart or download so it shows [c] there (and hides a second cell beside a total), or raise the figure out of suppression in the data if it should never have been withheld.');
  return lines.join('\n');
}
