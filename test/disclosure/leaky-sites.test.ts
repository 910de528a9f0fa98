/**
 * Real builds: each leaky fixture site (test/sites/leaky-*) makes `astro build` exit non-zero, naming
 * the leak, although Tabled's own components suppress correctly on the same pages; the disclosure
 * check runs at the end of every build.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const cases = [
  {
    site: 'leaky-table',
    says: ['reports/leaky-table/index.html', 'table 2 "Referrals by source, Leakyshire (fictional), Mar 2024" row "Health"', 'breakdown "Health": withheld as [c], but Total 73 minus the other 2 shown gives 3'],
  },
  {
    site: 'leaky-rate',
    says: ['reports/leaky-rate/index.html', 'children-in-care-rate "2.3" × 13000 (published) ÷ 10000 = 2.99, which can only be the withheld count 3'],
  },
  {
    site: 'leaky-tooltip',
    says: ['reports/leaky-tooltip/index.html', '<title> in <svg>: children-in-care, Leakyshire (fictional) (X00000077), 2024-03: "3" is the withheld count (3)'],
  },
];

// Built one after another while the file is collected: three builds at once are too much for a shared two-core machine.
const builds = new Map(cases.map(({ site }) => [site, buildSite(`test/sites/${site}`, {}, `test/.tmp/disclosure-${site}-${process.pid}`)]));
afterAll(() => {
  for (const built of builds.values()) rmSync(built.outDir, { recursive: true, force: true });
});

describe('a build of a site that leaks a suppressed value', () => {
  it.for(cases)('$site fails, naming the file, the place and the figure', ({ site, says }) => {
    const built = builds.get(site);
    expect(built?.ok, built?.output).toBe(false);
    expect(built?.output).toContain('Disclosure check:');
    for (const text of says) expect(built?.output).toContain(text);
  });
});

describe('the same pages without the hand-written leak', () => {
  it('Tabled’s own breakdown table hides a second cell, so its total gives nothing away', () => {
    const built = builds.get('leaky-table');
    // The page has both tables; only the hand-written one (table 2) is reported.
    expect(built?.output).toContain('table 2 ');
    expect(built?.output).not.toContain('table 1 ');
    expect(built?.file('reports/leaky-table/index.html')).toMatch(/Health<\/th>\s*<td[^>]*>\[c\]/);
  });
});
