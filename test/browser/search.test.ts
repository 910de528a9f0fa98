/**
 * Search in Debian's Chromium on the example site, served with the site's own _headers on every path,
 * Pagefind's script, worker, WebAssembly and index files included, as Netlify and Cloudflare Pages
 * serve it: a phrase from a chart's text description, typed into /search/, finds the report whose
 * chart it is, and following the first result lands on it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/pdf.ts';
import { buildSite } from '../support/build-site.ts';
import { axeFindings, formatAxeFinding } from './checks/axe.ts';
import { policyProblems, watchPolicy } from './checks/policy.ts';
import { readReflow, reflowProblems } from './checks/reflow.ts';
import { serveSite, type ServedSite } from '../../scripts/serve-site.ts';

const siteDir = resolve(`test/.tmp/search-browser-${process.pid}`);
let browser: Browser;
let server: ServedSite;

/** The first sentence of a chart description on one report's own page that no other report's page carries. */
function distinctiveChartSentence(): { report: string; sentence: string } {
  const reportsDir = join(siteDir, 'reports');
  const pages = readdirSync(reportsDir).map((id) => {
    const { document } = parseHTML(readFileSync(join(reportsDir, id, 'index.html'), 'utf8'));
    return { report: `/reports/${id}/`, text: document.querySelector('main')?.textContent ?? '', descriptions: [...document.querySelectorAll('.chart-description')].map((p) => p.textContent ?? '') };
  });
  for (const { report, descriptions } of pages) {
    for (const description of descriptions) {
      const sentence = description.split('. ')[0]?.replace(/\.$/, '').trim() ?? '';
      if (sentence.split(' ').length >= 6 && pages.every((other) => other.report === report || !other.text.includes(sentence))) return { report, sentence };
    }
  }
  throw new Error('no report page has a chart description of its own to search for');
}

async function search(page: Page, words: string): Promise<string> {
  await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
  await page.getByLabel('Words to find').focus();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  const status = page.getByRole('status');
  // "Search could not load" ends the wait too, so that a blocked Pagefind fails at once with its message.
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/found|could not/);
  const said = (await status.textContent()) ?? '';
  expect(said).toMatch(/found/);
  return said;
}

beforeAll(async () => {
  const site = buildSite('.', {}, siteDir);
  if (!site.ok) throw new Error(`the example site did not build:\n${site.output}`);
  server = await serveSite(siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(siteDir, { recursive: true, force: true });
});

describe('search on the example site', () => {
  it('works under the policy _headers gives every path: Pagefind’s worker is allowed its WebAssembly, and nothing breaks the policy', { timeout: 60_000 }, async () => {
    const worker = await fetch(`${server.origin}/pagefind/pagefind-worker.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await (await browser.newContext()).newPage();
    await watchPolicy(page, server.origin);
    expect(await search(page, 'referrals')).toMatch(/^\d+ reports found containing “referrals”\.( The first \d+ are shown\.)?$/);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(1);
    expect(policyProblems(page)).toEqual([]);
  });

  it("finds a report by a phrase from one of its charts' text descriptions, and the first result leads to that report", { timeout: 60_000 }, async () => {
    const { report, sentence } = distinctiveChartSentence();
    const page = await (await browser.newContext()).newPage();
    const status = await search(page, `"${sentence}"`);
    expect(status).toMatch(/^1 report found containing/);
    const first = page.locator('#search-results li a').first();
    expect(await first.getAttribute('href')).toBe(report);
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}${report}`);
    expect(await page.locator('.chart-description').allTextContents()).toContainEqual(expect.stringContaining(sentence));
  });

  it('keeps the search in the address, narrows it by council, and says so when nothing is found', { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    await search(page, 'referrals');
    expect(page.url()).toBe(`${server.origin}/search/?q=referrals`);
    const all = await page.locator('#search-results li').count();
    expect(all).toBeGreaterThan(1);

    await page.goto(`${server.origin}/search/?q=referrals&council=Barnsley`, { waitUntil: 'load' });
    await expect.poll(async () => (await page.getByRole('status').textContent()) ?? '', { timeout: 20_000 }).toMatch(/found/);
    expect(await page.getByLabel('Council', { exact: true }).inputValue()).toBe('Barnsley');
    const councils = await page.locator('#search-results .result-meta').allTextContents();
    expect(councils.length).toBeGreaterThan(0);
    expect(councils.every((text) => text.startsWith('Barnsley,'))).toBe(true);

    expect(await search(page, 'quokkaxyz')).toBe('No report found containing “quokkaxyz”.');
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('shows results with no axe WCAG 2.x A/AA violation', { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    await search(page, 'assessments');
    expect((await axeFindings(page)).map(formatAxeFinding)).toEqual([]);
  });

  it('fits a 320-pixel screen, results and the longest committee name included, without scrolling sideways', { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await search(page, 'referrals');
    expect(reflowProblems(await readReflow(page))).toEqual([]);
  });
});
