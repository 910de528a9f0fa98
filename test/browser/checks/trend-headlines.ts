import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decode } from '../../support/page-text.ts';

export interface HeadlineCheck {
  page: string;
  headline: string;
  problem?: string;
}

/** The number a cell shows ("1,234", "86.0%", "−2.5"), or undefined for a symbol such as [c]. */
const number = (cell: string): number | undefined => {
  const found = /^(−|-)?([\d,]+(?:\.\d+)?)/.exec(cell.trim());
  return found === null ? undefined : (found[1] ? -1 : 1) * Number((found[2] ?? '').replace(/,/g, ''));
};

/**
 * Every trend chart's headline read against its own table, without the engine: a headline that says
 * "rose to A in P, from B in Q" must name the table's last period P and the latest period Q before it
 * that the data has (a period missing from a regular series is a gap row, [x]), with their values, and A
 * must be above B (below for "fell", equal for "unchanged").
 */
export function trendHeadlines(dist: string): HeadlineCheck[] {
  const checks: HeadlineCheck[] = [];
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const figure of html.split('<figure class="chart"').slice(1)) {
      const body = figure.slice(0, figure.indexOf('</figure>'));
      const headline = decode(/<p class="chart-headline"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '');
      const verb = /\b(rose to|fell to|was unchanged at)\b/.exec(headline)?.[1];
      if (verb === undefined || !/<th scope="col"[^>]*>Period<\/th>/.test(body)) continue;
      const rows = [...body.matchAll(/<tr[^>]*>\s*<th scope="row">([\s\S]*?)<\/th>\s*<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => ({ period: decode(m[1] ?? ''), cell: decode(m[2] ?? '') }));
      const periods = rows.filter((row) => !/ average(?: \(.*\))?$|^Target$/.test(row.period));
      const last = periods.at(-1);
      const before = periods.slice(0, -1).findLast((row) => row.cell !== '[x]');
      const page = `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`;
      const check: HeadlineCheck = { page, headline };
      if (last === undefined || before === undefined) check.problem = 'the table has fewer than two periods';
      else if (
        !headline.includes(` in ${last.period}`) ||
        !headline.includes(` in ${before.period}`) ||
        number(headline.slice(headline.indexOf(verb) + verb.length)) !== number(last.cell) ||
        (verb !== 'was unchanged at' && number(headline.slice(headline.lastIndexOf(' from ') + 6)) !== number(before.cell))
      ) {
        check.problem = `the table ends ${before.period} ${before.cell}, ${last.period} ${last.cell}`;
      } else {
        const [now, then] = [number(last.cell), number(before.cell)];
        const actual = now === undefined || then === undefined ? undefined : now > then ? 'rose to' : now < then ? 'fell to' : 'was unchanged at';
        if (actual !== verb) check.problem = `${last.cell} against ${before.cell} is "${actual ?? 'not comparable'}"`;
      }
      checks.push(check);
    }
  }
  return checks;
}
