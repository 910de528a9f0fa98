/**
 * A real build of test/sites/derived-leaks: every way the issue found of working a withheld number out
 * from the standard components on one page. The figure model withholds what would give it away, on the
 * page and in the downloads alike, and the build's disclosure check passes.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageMarks } from '../../src/disclosure/consistency.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

let site: BuiltSite;
let marks: Map<string, string[]>;
beforeAll(() => {
  site = buildSite('test/sites/derived-leaks', {}, `test/.tmp/derived-leaks-${process.pid}`);
  if (!site.ok) throw new Error(site.output);
  marks = new Map();
  for (const mark of pageMarks(site.file('reports/derived-leaks/index.html'), 'page')) marks.set(mark.key, [...(marks.get(mark.key) ?? []), mark.text]);
});
afterAll(() => rmSync(site.outDir, { recursive: true, force: true }));

/** What every place of the page that shows a figure says. */
function shown(key: string): string[] {
  const texts = marks.get(key);
  if (texts === undefined) throw new Error(`the page shows no figure ${key}; it shows ${[...marks.keys()].join(', ')}`);
  return [...new Set(texts)];
}

const X = 'X00000088';

describe('a page whose components would give withheld numbers away', () => {
  it('withholds a small month and the year to date and 12-month average made from it, beside the other months', () => {
    expect(shown(`referrals|${X}|month:2025-01||value`)).toEqual(['[c]']);
    expect(shown(`referrals|${X}|month:2025-03||year-to-date`)).toEqual(['[c]']);
    expect(shown(`referrals|${X}|month:2025-03||12-month-average`)).toEqual(['[c]']);
    // The other eleven months are on the page, in the chart's table: with the total they would give January.
    expect(shown(`referrals|${X}|month:2024-12||value`)).toEqual(['44']);
  });

  it('withholds a second part of a breakdown wherever it appears, in a sentence as in the table', () => {
    expect(shown(`referrals-by-source|${X}|month:2025-03|Health|value`)).toEqual(['[c]']);
    expect(shown(`referrals-by-source|${X}|month:2025-03|Schools|value`)).toEqual(['[c]']);
    expect(shown(`referrals-by-source|${X}|month:2025-03||value`)).toEqual(['73']);
  });

  it('treats a part withheld in the data as a secret: the other part is withheld beside the total', () => {
    expect(shown(`cp-plans|${X}|date:2025-03-31|On a plan for more than 2 years|value`)).toEqual(['[c]']);
    expect(shown(`cp-plans|${X}|date:2025-03-31|On a plan for 2 years or less|value`)).toEqual(['[c]']);
    expect(shown(`cp-plans|${X}|date:2025-03-31||value`)).toEqual(['120']);
  });

  it('withholds a 12-month total beside its withheld 12-month average', () => {
    expect(shown(`contacts-12-month-average|${X}|month:2025-03||value`)).toEqual(['[c]']);
    expect(shown(`contacts-12-months|${X}|month:2025-03||value`)).toEqual(['[c]']);
  });

  it('says why each is withheld in the downloads, which withhold the same figures', () => {
    const csv = site.file('data/tabled-dataset.csv');
    const row = (key: string) => csv.split('\n').find((line) => line.endsWith(`,${key}`)) ?? '';
    expect(row(`referrals-by-source|${X}|month:2025-03|Schools|value`)).toContain('[c]');
    expect(row(`referrals-by-source|${X}|month:2025-03|Schools|value`)).toContain('cannot be worked out from the total');
    expect(row(`cp-plans|${X}|date:2025-03-31|On a plan for 2 years or less|value`)).toContain('[c]');
    expect(row(`contacts-12-months|${X}|month:2025-03||value`)).toContain('over the same 12 months');
    expect(csv).not.toMatch(/,117,/);
    expect(csv).not.toMatch(/Schools[^\n]*,30,/);
  });

  it('passes the build’s disclosure and consistency checks', () => {
    expect(site.output).toMatch(/disclosure check: \d+ files read, \d+ withheld figures, none can be read or worked out/);
    expect(site.output).toMatch(/consistency check: \d+ places show \d+ figures, each with one value/);
  });
});
