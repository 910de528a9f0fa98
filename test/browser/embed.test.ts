/**
 * A report chart's own page, built from test/sites/components and served with the site's _headers, in
 * Debian's Chromium: it passes axe (WCAG 2.x A and AA), meets the site's policy with no script, fits
 * 320 pixels, is valid HTML, and shows inside an <iframe> on another site's page, where the report
 * itself may not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/pdf.ts';
import { buildSite } from '../support/build-site.ts';
import { axeFindings, formatAxeFinding } from './checks/axe.ts';
import { formatNuError, nuErrors } from './checks/nu-validator.ts';
import { policyProblems, watchPolicy } from './checks/policy.ts';
import { readReflow, reflowProblems } from './checks/reflow.ts';
import { serveSite, type ServedSite } from '../../scripts/serve-site.ts';

const siteDir = resolve(`test/.tmp/embed-browser-${process.pid}`);
const hostDir = mkdtempSync(join(tmpdir(), 'tabled-embed-host-'));
const EMBEDS = ['/reports/demo/figures/trend-assessments-on-time/', '/reports/demo/figures/trend-repeat-plans/'];
let browser: Browser;
let site: ServedSite;
/** A council's news page: another origin (another port) that frames the figure, and the report. */
let host: ServedSite;

beforeAll(async () => {
  const built = buildSite('test/sites/components', {}, siteDir);
  if (!built.ok) throw new Error(built.output);
  site = await serveSite(siteDir);
  const frame = (path: string, title: string) => `<iframe src="${site.origin}${path}" title="${title}" width="700" height="900"></iframe>`;
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en-GB"><head><title>News</title></head><body><main><h1>News</h1>${frame(EMBEDS[1]!, 'Figure')}${frame('/reports/demo/', 'Report')}</main></body></html>`,
  );
  host = await serveSite(hostDir);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(hostDir, { recursive: true, force: true });
});

describe('a report chart’s own page in Chromium', () => {
  it.for(EMBEDS)('%s: no axe WCAG 2.x A/AA violation, no script, no CSP breach, no sideways scroll at 320 px', async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await watchPolicy(page, site.origin);
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect((await axeFindings(page)).map(formatAxeFinding)).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      await expect(page.locator('figure.chart svg[role="img"]:visible').count()).resolves.toBe(1);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(reflowProblems(await readReflow(page))).toEqual([]);
      expect((await axeFindings(page)).map(formatAxeFinding)).toEqual([]);
      expect(policyProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is valid HTML, as is the report it is from (the W3C Nu HTML Checker)', () => {
    expect(nuErrors(join(siteDir, 'reports')).map(formatNuError)).toEqual([]);
  });

  it('shows in an <iframe> on another site’s page, while the report page refuses to be framed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/`, { waitUntil: 'load' });
      const figure = page.frameLocator('iframe[title="Figure"]');
      await expect(figure.locator('.chart-headline').textContent()).resolves.toContain('Figure 2: Second or later child protection plans');
      await expect(figure.locator('.figure-source').textContent()).resolves.toMatch(/^Source: /);
      const report = page.frames().find((frame) => frame !== page.mainFrame() && !frame.url().includes('/figures/'));
      expect(report).toBeDefined();
      // A frame the site's policy refuses shows Chromium's error page, not the report.
      expect(report!.url()).toBe('chrome-error://chromewebdata/');
      expect(await report!.locator('article.report').count()).toBe(0);
      expect(await figure.locator('article.report, figure.chart').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
