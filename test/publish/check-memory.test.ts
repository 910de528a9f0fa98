/**
 * The link check and the one-value check keep what they read of every page until they have read them
 * all. What they keep must not keep the pages, or a site of tens of thousands of pages is held whole.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageLinks, type PageLinks } from '../../src/publish/links/page-links.ts';
import { FigureAgreement, pageMarks } from '../../src/disclosure/consistency.ts';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapAfterCollecting(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** A page of about a megabyte, most of it text, with one link, one id and one marked figure. */
function bigPage(n: number): string {
  const text = `<p>${'Referrals and assessments. '.repeat(40_000)}</p>`;
  return `<main id="main-${n}"><p>See <a href="/reports/report-number-${n}/#figure-trend-number-${n}">figure</a>: <span data-figure="indicator-number-${n}|X00000001|month:2025-03||value">52.0 per 10,000</span></p>${text}</main>`;
}

describe('what the page checks keep of each page', () => {
  it('is the links, ids and marks alone, not the page they were read from', () => {
    const pages = 60;
    const before = heapAfterCollecting();
    const kept: PageLinks[] = [];
    const agreement = new FigureAgreement();
    for (let n = 0; n < pages; n += 1) {
      const html = bigPage(n);
      kept.push(pageLinks(html));
      for (const mark of pageMarks(html, `page-${n}.html`)) agreement.add(mark);
    }
    const grown = heapAfterCollecting() - before;
    expect(kept.map((page) => page.links[0]?.url).at(-1)).toBe(`/reports/report-number-${pages - 1}/#figure-trend-number-${pages - 1}`);
    expect(agreement.figures).toBe(pages);
    // Kept whole, the pages would be about a megabyte each.
    expect(grown).toBeLessThan(pages * 100_000);
  });
});
