/**
 * The example site (the repository's own content/ and data/), built once and checked page by page in
 * Debian's Chromium: axe-core's WCAG A and AA rules, then what axe cannot see. Every HTML page in the
 * build is found by walking the folder, so pages added later are checked without changing this file.
 * One file on purpose: Vitest runs files in parallel, and each would otherwise build the site again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, listHtmlPages, listReportPages, serveDirectory, type ServedDirectory } from '../../scripts/pdf.ts';
import { buildSite } from '../support/build-site.ts';
import { axeFindings, formatAxeFinding } from './checks/axe.ts';
import { chartColourProblems, readChartColours } from './checks/chart-colours.ts';
import { chartProblems, readCharts } from './checks/charts.ts';
import { elementLabel } from './checks/element-info.ts';
import { headingOutlineProblems, readHeadings } from './checks/heading-outline.ts';
import { focusIsInside, readFocus, tabThrough } from './checks/keyboard.ts';
import { readContent } from './checks/page-text.ts';
import { printProblems, readPrintFacts } from './checks/print-layout.ts';
import { readReflow, reflowProblems } from './checks/reflow.ts';
import { artifactsDir, pageSlug, writeReport, type PageResult } from './checks/report.ts';
import { readTables, tableProblems } from './checks/tables.ts';
import { readStatusMarks, withoutColourProblems } from './checks/without-colour.ts';
import { pdfOutline } from './pdf/pdf-outline.ts';
import { pdfInfo, pdfText } from './pdf/poppler.ts';

// Per run, since people run `npm test` in one checkout at the same time and a shared folder was
// rebuilt under a running suite (every page then answered 404).
const siteDir = resolve(`test/.tmp/example-dist-${process.pid}`);
const pdfDir = resolve(`test/.tmp/example-pdf-${process.pid}`);
const screenshots = join(artifactsDir, 'screenshots');

// Built while the file is collected, since the tests are one per page and the pages are known only then.
const site = buildSite('.', {}, siteDir);
if (!site.ok) throw new Error(`the example site did not build:\n${site.output}`);
const pages = listHtmlPages(siteDir);
const reportPages = listReportPages(siteDir);

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const narrow: BrowserContextOptions = { viewport: { width: 320, height: 640 } };
// 200% browser zoom of a 1280px window leaves 640 CSS pixels, drawn with two device pixels each.
const zoomed: BrowserContextOptions = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };

let browser: Browser;
let server: ServedDirectory;
const contexts = new Map<BrowserContextOptions, BrowserContext>();
const results = new Map<string, PageResult>(pages.map((page) => [page, { page, violations: Number.NaN, problems: {} }]));

function record(path: string, check: string, problems: readonly string[]): void {
  const result = results.get(path);
  if (result) result.problems[check] = problems.length;
}

async function open(path: string, options: BrowserContextOptions = desktop): Promise<Page> {
  let context = contexts.get(options);
  if (!context) {
    context = await browser.newContext(options);
    contexts.set(options, context);
  }
  const page = await context.newPage();
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
  return page;
}

// Checks that only read the page share one loaded copy of it at desktop size.
const loaded = new Map<string, Promise<Page>>();
function readOnly<T>(read: (page: Page) => Promise<T>): (path: string) => Promise<T> {
  return async (path) => {
    let page = loaded.get(path);
    if (!page) {
      page = open(path);
      loaded.set(path, page);
      // A page that failed to load is tried again by the next check rather than failing it too.
      page.catch(() => loaded.delete(path));
    }
    return read(await page);
  };
}

async function withPage<T>(path: string, options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await open(path, options);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await serveDirectory(siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(pdfDir, { recursive: true, force: true });
  const file = writeReport([...results.values()]);
  console.log(readFileSync(file, 'utf8'));
});

describe('the example site', () => {
  it('builds, with a home page, a 404 page and at least one report page to check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    expect(reportPages.length).toBeGreaterThan(0);
  });
});

describe('axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules', () => {
  it.each(pages)('finds no violation on %s', async (path) => {
    await withPage(path, desktop, async (page) => {
      const findings = await axeFindings(page);
      const entry = results.get(path);
      if (entry) entry.violations = findings.length;
      await page.screenshot({ path: join(screenshots, `${pageSlug(path)}-desktop.png`), fullPage: true });
      expect(findings.map((finding) => `${path}: ${formatAxeFinding(finding)}`)).toEqual([]);
    });
  });
});

describe('language', () => {
  it.each(pages)('%s says it is in British English (lang="en-GB")', async (path) => {
    const lang = await readOnly((page) => page.evaluate(() => document.documentElement.lang))(path);
    expect(lang).toBe('en-GB');
  });
});

describe('keyboard', () => {
  it.each(pages)('the first Tab on %s reaches a visible skip link that moves focus to the main content', async (path) => {
    await withPage(path, desktop, async (page) => {
      await page.keyboard.press('Tab');
      const stop = await readFocus(page);
      const problems: string[] = [];
      if (!stop?.isSkipLink) problems.push(`the first Tab stop is ${stop ? elementLabel(stop.element) : 'nothing'}, not a skip link`);
      else {
        if (!stop.inView) problems.push('the skip link is focused but off screen');
        if (!stop.indicatorShown) problems.push('the skip link shows no focus indicator');
        const target = stop.href.slice(1);
        await page.keyboard.press('Enter');
        if (!(await focusIsInside(page, target))) problems.push(`following the skip link does not move focus into #${target}`);
      }
      record(path, 'skip link', problems);
      expect(problems, path).toEqual([]);
    });
  });

  it.each(pages)('every Tab stop on %s shows a focus indicator on screen', async (path) => {
    await withPage(path, desktop, async (page) => {
      const stops = await tabThrough(page);
      const problems = stops.flatMap((stop) => [
        ...(stop.indicatorShown ? [] : [`${elementLabel(stop.element)} shows no outline or box shadow when focused`]),
        ...(stop.inView ? [] : [`${elementLabel(stop.element)} is focused off screen`]),
      ]);
      record(path, 'focus', problems);
      expect(stops.length, `${path} has no Tab stops`).toBeGreaterThan(0);
      expect(problems, path).toEqual([]);
    });
  });
});

describe('structure', () => {
  it.each(pages)('%s has one h1 and headings that never skip a level going down', async (path) => {
    const problems = headingOutlineProblems(await readOnly(readHeadings)(path));
    record(path, 'headings', problems);
    expect(problems, path).toEqual([]);
  });

  it.each(pages)('every table on %s has a caption and header cells with scopes', async (path) => {
    const problems = tableProblems(await readOnly(readTables)(path));
    record(path, 'tables', problems);
    expect(problems, path).toEqual([]);
  });
});

describe('charts', () => {
  it.each(pages)('every chart on %s is an image with a name, a shown description and a table of its numbers', async (path) => {
    const problems = chartProblems(await readOnly(readCharts)(path));
    record(path, 'charts', problems);
    expect(problems, path).toEqual([]);
  });

  it.each(pages)('every colour a chart on %s draws with has 3:1 on its background (text 4.5:1)', async (path) => {
    const problems = chartColourProblems(await readOnly(readChartColours)(path));
    record(path, 'chart colours', problems);
    expect(problems, path).toEqual([]);
  });
});

describe('meaning without colour', () => {
  it.each(pages)('every RAG rating and direction of travel on %s says what it means in words', async (path) => {
    const problems = withoutColourProblems(await readOnly(readStatusMarks)(path));
    record(path, 'without colour', problems);
    expect(problems, path).toEqual([]);
  });
});

describe('reflow and zoom', () => {
  it.each(pages)('%s does not scroll sideways at 320 CSS pixels wide', async (path) => {
    await withPage(path, narrow, async (page) => {
      await page.screenshot({ path: join(screenshots, `${pageSlug(path)}-320px.png`), fullPage: true });
      const problems = reflowProblems(await readReflow(page));
      record(path, '320px', problems);
      expect(problems, path).toEqual([]);
    });
  });

  it.each(pages)('%s does not scroll sideways at 200 per cent zoom of a 1280 pixel window', async (path) => {
    await withPage(path, zoomed, async (page) => {
      await page.screenshot({ path: join(screenshots, `${pageSlug(path)}-zoom-200.png`) });
      const problems = reflowProblems(await readReflow(page));
      record(path, '200% zoom', problems);
      expect(problems, path).toEqual([]);
    });
  });
});

describe('without JavaScript', () => {
  const noScript: BrowserContextOptions = { ...desktop, javaScriptEnabled: false };
  it.each(pages)('%s shows the same text, tables and charts with JavaScript disabled', async (path) => {
    const withScript = await readOnly(readContent)(path);
    const without = await withPage(path, noScript, readContent);
    record(path, 'no JavaScript', without.text === withScript.text ? [] : ['text differs']);
    expect(without.text.length).toBeGreaterThan(100);
    expect(without).toEqual(withScript);
  });
});

describe('print', () => {
  it.each(pages)('%s prints as a committee paper: no navigation, numbers kept, figures whole, link addresses shown', async (path) => {
    await withPage(path, desktop, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const problems = printProblems(await readPrintFacts(page));
      record(path, 'print', problems);
      expect(problems, path).toEqual([]);
    });
  });
});

describe('npm run pdf', () => {
  const expected = new Map<string, { title: string; paragraphs: string[]; figures: string[]; headings: string[]; meeting: string; site: string }>();

  beforeAll(async () => {
    rmSync(pdfDir, { recursive: true, force: true });
    // What each PDF must say, read from the same HTML in the browser.
    for (const report of reportPages) {
      expected.set(
        report.id,
        await readOnly((page) =>
          page.evaluate(() => {
            const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
            const main = document.querySelector('main');
            const cells = [...document.querySelectorAll('main td, main .headline-value, main .figure-value')].map(text);
            // Figures: numbers as the page shows them (12.3%, 1,234, 45.6), from tables and summaries first.
            const numbers = (source: string[]): string[] => source.flatMap((s) => s.match(/\d[\d,]*(\.\d+)?%?/g) ?? []);
            const fromTables = numbers(cells);
            const figures = fromTables.length > 0 ? fromTables : numbers([...document.querySelectorAll('main p:not(.meta)')].map(text));
            return {
              title: text(document.querySelector('h1')),
              paragraphs: [...document.querySelectorAll('.para-number')].map(text),
              figures: [...new Set(figures)].slice(0, 40),
              // The contents list is navigation, which does not print.
              headings: [...(main?.querySelectorAll('h1, h2, h3') ?? [])].filter((h) => !h.closest('nav')).map(text),
              meeting: text(document.querySelector('.report-header time')),
              site: text(document.querySelector('.site-name')),
            };
          }),
        )(report.path),
      );
    }
    const run = spawnSync('npm', ['run', '--silent', 'pdf', '--', siteDir, pdfDir], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`npm run pdf failed:\n${run.stdout}\n${run.stderr}`);
  }, 120_000);

  it.each(reportPages)('writes a tagged PDF of $path', ({ id }) => {
    const file = join(pdfDir, `${id}.pdf`);
    expect(existsSync(file)).toBe(true);
    const info = pdfInfo(file);
    expect(info['Tagged']).toBe('yes');
    expect(Number(info['Pages'])).toBeGreaterThan(0);
  });

  it.each(reportPages)('the PDF of $path holds its title, every paragraph number and its figures', ({ id }) => {
    const want = expected.get(id);
    if (!want) throw new Error(`no expectations read for ${id}`);
    const text = pdfText(join(pdfDir, `${id}.pdf`)).replace(/\s+/g, ' ');
    expect(want.paragraphs.length, 'the report has numbered paragraphs').toBeGreaterThan(0);
    expect(want.figures.length, 'the report shows figures').toBeGreaterThan(0);
    expect(text).toContain(want.title);
    expect(want.paragraphs.filter((number) => !text.includes(`${number} `))).toEqual([]);
    expect(want.figures.filter((figure) => !text.includes(figure))).toEqual([]);
  });

  it.each(reportPages)('the PDF of $path has the site, meeting date and "Page X of Y" on every page', ({ id }) => {
    const want = expected.get(id);
    if (!want) throw new Error(`no expectations read for ${id}`);
    const file = join(pdfDir, `${id}.pdf`);
    const pages = Number(pdfInfo(file)['Pages']);
    const text = pdfText(file).replace(/[ \t]+/g, ' ');
    for (let n = 1; n <= pages; n += 1) expect(text).toContain(`Page ${n} of ${pages}`);
    expect(text.split(want.site).length - 1).toBeGreaterThanOrEqual(pages);
    expect(text.split(want.meeting).length - 1).toBeGreaterThanOrEqual(pages);
  });

  it.each(reportPages)('the PDF of $path has its headings as the PDF outline', ({ id }) => {
    const want = expected.get(id);
    if (!want) throw new Error(`no expectations read for ${id}`);
    // Chromium joins a heading's wrapped lines without a space, so compare without spaces.
    const squash = (s: string): string => s.replace(/\s+/g, '');
    const outline = pdfOutline(readFileSync(join(pdfDir, `${id}.pdf`))).map(squash);
    expect(want.headings.map(squash).filter((heading) => !outline.includes(heading))).toEqual([]);
  });
});
