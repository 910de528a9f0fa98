/**
 * The example site (the repository's own content/ and data/), built once and checked page by page in
 * Debian's Chromium: axe-core's WCAG A and AA rules, then what axe cannot see. Every HTML page in the
 * build is found by walking the folder, so pages added later are checked without changing this file.
 * One file on purpose: Vitest runs files in parallel, and each would otherwise build the site again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, listHtmlPages, listReportPages } from '../../scripts/pdf.ts';
import { buildSite } from '../support/build-site.ts';
import { disagreements, siteMarks } from '../../src/disclosure/consistency.ts';
import { trendHeadlines } from './checks/trend-headlines.ts';
import { axeFindings, formatAxeFinding } from './checks/axe.ts';
import { chartColourProblems, readChartColours } from './checks/chart-colours.ts';
import { chartProblems, readCharts } from './checks/charts.ts';
import { chartTextProblems, readChartText, setDefaultTextSize } from './checks/chart-text.ts';
import { elementLabel } from './checks/element-info.ts';
import { headingOutlineProblems, readHeadings } from './checks/heading-outline.ts';
import { focusEveryStop, focusIsInside, readFocus } from './checks/keyboard.ts';
import { noticeProblems, readNotices } from './checks/notices.ts';
import { readContent } from './checks/page-text.ts';
import { printProblems, readPrintFacts } from './checks/print-layout.ts';
import { readReflow, reflowProblems } from './checks/reflow.ts';
import { artifactsDir, pageSlug, writeReport, type PageResult } from './checks/report.ts';
import { readTableFit, tableFitProblems } from './checks/table-fit.ts';
import { readTables, tableProblems } from './checks/tables.ts';
import { readStatusMarks, withoutColourProblems } from './checks/without-colour.ts';
import { formatNuError, nuErrors } from './checks/nu-validator.ts';
import { policyProblems, watchPolicy } from './checks/policy.ts';
import { serveSite, type ServedSite } from '../../scripts/serve-site.ts';
import { pdfOutline } from './pdf/pdf-outline.ts';
import { pdfFonts, pdfInfo, pdfText, pdfWords } from './pdf/poppler.ts';
import { pdfStructure, walkStructure } from './pdf/pdf-structure.ts';

// Per run, since people run `npm test` in one checkout at the same time and a shared folder was
// rebuilt under a running suite (every page then answered 404).
const siteDir = resolve(`test/.tmp/example-dist-${process.pid}`);
const pdfDir = resolve(`test/.tmp/example-pdf-${process.pid}`);
const screenshots = join(artifactsDir, 'screenshots');

// Built while the file is collected, since the tests are one per page and the pages are known only then.
const site = buildSite('.', {}, siteDir);
if (!site.ok) throw new Error(`the example site did not build:\n${site.output}`);
// A report chart's own page (/reports/…/figures/<slug>/) is one template for every chart, made for
// another site's frame, without the skip link and h1 every site page has: test/browser/embed.test.ts
// checks it.
const pages = listHtmlPages(siteDir).filter((page) => !/^\/reports\/.+\/figures\//.test(page));
// Screenshots cost more than every check together on long pages: take them of the home page, every
// report page and the first page of each other section (pages of one section share one layout).
const sections = new Map<string, string>();
for (const page of pages) if (!sections.has(page.split('/')[1] ?? '')) sections.set(page.split('/')[1] ?? '', page);
const photographed = new Set([...sections.values(), ...pages.filter((page) => page.startsWith('/reports/'))]);
const reportPages = listReportPages(siteDir);

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** Small body text: chart text may be no smaller, in CSS pixels, at the default text size. */
const MIN_CHART_TEXT_PX = 14;
const noScript: BrowserContextOptions = { ...desktop, javaScriptEnabled: false };

let browser: Browser;
// Serves dist/ with the headers of its own _headers file, so every page meets the site's real CSP.
let server: ServedSite;
const contexts = new Map<BrowserContextOptions, BrowserContext>();
const results = new Map<string, PageResult>(pages.map((page) => [page, { page, violations: Number.NaN, problems: {} }]));

async function open(path: string, options: BrowserContextOptions = desktop): Promise<Page> {
  let context = contexts.get(options);
  if (!context) {
    context = await browser.newContext(options);
    contexts.set(options, context);
  }
  const page = await context.newPage();
  await watchPolicy(page, server.origin);
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
  server = await serveSite(siteDir);
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

  it('says "Fictional data" first thing in the main landmark of a fictional council’s report, where the skip link leads', () => {
    const { document } = parseHTML(readFileSync(join(siteDir, 'reports', 'fictional-borough-2025-03', 'index.html'), 'utf8'));
    expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    const first = document.querySelector('main#main')?.firstElementChild;
    expect(first?.className).toBe('fictional-banner');
    expect(first?.textContent).toMatch(/^Fictional data\. This page is about a fictional council\./);
  });
});

describe('the example site’s figures', () => {
  it('show one value per figure in every page and download: the build’s check and a second reading agree on none differing', async () => {
    expect(site.output).toMatch(/consistency check: \d+ places show \d+ figures, each with one value/);
    const marks = await siteMarks(siteDir);
    expect(marks.length).toBeGreaterThan(1000);
    expect(disagreements(marks)).toEqual([]);
  });

  it('have their charts’ own pages at each version’s address: a replaced version’s say so and link to the latest, the latest’s do not', () => {
    const report = join(siteDir, 'reports/fictional-borough-2025-03');
    const versions = readdirSync(report).filter((name) => /^v\d+$/.test(name)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    const latest = versions.at(-1)!;
    expect(versions.length).toBeGreaterThan(1);
    for (const version of versions) {
      const slugs = readdirSync(join(report, version, 'figures'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      expect(slugs.length, version).toBeGreaterThan(0);
      for (const slug of slugs) {
        const notice = parseHTML(readFileSync(join(report, version, 'figures', slug, 'index.html'), 'utf8')).document.querySelector('.version-notice');
        if (version === latest) {
          expect(notice, `${version}/${slug}`).toBeNull();
          continue;
        }
        expect(notice?.textContent?.replace(/\s+/g, ' '), `${version}/${slug}`).toContain(`this figure is from version ${version.slice(1)} of the report. It has been replaced by version ${latest.slice(1)}`);
        expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/reports/fictional-borough-2025-03/');
      }
    }
    expect(existsSync(join(report, 'figures')), 'chart pages at the report’s own address').toBe(false);
  });

  it('a replaced version’s chart page, with its notice: no axe WCAG 2.x A/AA violation at 1280 or 320 px, and no sideways scroll', async () => {
    const first = readdirSync(join(siteDir, 'reports/fictional-borough-2025-03/v1/figures'), { withFileTypes: true }).find((entry) => entry.isDirectory());
    expect(first).toBeDefined();
    await withPage(`/reports/fictional-borough-2025-03/v1/figures/${first!.name}/`, desktop, async (page) => {
      await expect(page.locator('.version-notice').isVisible()).resolves.toBe(true);
      expect((await axeFindings(page)).map(formatAxeFinding)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(reflowProblems(await readReflow(page))).toEqual([]);
      expect((await axeFindings(page)).map(formatAxeFinding)).toEqual([]);
      expect(policyProblems(page)).toEqual([]);
    });
  });

  it('head every trend chart with its latest change: the last period against the one before it in the chart’s table', () => {
    const checked = trendHeadlines(siteDir);
    expect(checked.length).toBeGreaterThan(20);
    const wrong = checked.filter((c) => c.problem !== undefined).map((c) => `${c.page}: "${c.headline}": ${c.problem}`);
    expect(wrong).toEqual([]);
  });
});

/**
 * Every check on one page, from one load at desktop size (then resized to 320 and 640 pixels, then
 * printed) and one load without JavaScript. One test per page, pages in parallel: the site has well
 * over a hundred pages, and a test per check per page took many minutes on a busy machine.
 * Returns the problems by check; each names the element.
 */
async function checkPage(path: string): Promise<{ axe: string[]; problems: Record<string, string[]> }> {
  const problems: Record<string, string[]> = {};
  const slug = pageSlug(path);
  const withoutScript = await withPage(path, noScript, async (page) => ({ ...(await readContent(page)), policy: policyProblems(page) }));
  return withPage(path, desktop, async (page) => {
    const lang = await page.evaluate(() => document.documentElement.lang);
    problems['lang'] = lang === 'en-GB' ? [] : [`<html lang="${lang}">, not "en-GB"`];
    // As the page loads: tabbing to a link in a table scrolls its box to that link, as it should.
    problems['tables fit'] = tableFitProblems(await readTableFit(page), { latestInView: true });

    await page.keyboard.press('Tab');
    const first = await readFocus(page);
    problems['skip link'] = [];
    if (!first?.isSkipLink) problems['skip link'].push(`the first Tab stop is ${first ? elementLabel(first.element) : 'nothing'}, not a skip link`);
    else {
      if (!first.inView) problems['skip link'].push('the skip link is focused but off screen');
      const target = first.href.slice(1);
      await page.keyboard.press('Enter');
      if (!(await focusIsInside(page, target))) problems['skip link'].push(`following the skip link does not move focus into #${target}`);
    }
    const stops = await focusEveryStop(page);
    problems['focus'] = stops.flatMap((stop) => [
      ...(stop.indicatorShown ? [] : [`${elementLabel(stop.element)} shows no outline or box shadow when focused`]),
      ...(stop.inView ? [] : [`${elementLabel(stop.element)} is focused off screen`]),
    ]);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });

    problems['notices'] = noticeProblems(await readNotices(page));
    problems['headings'] = headingOutlineProblems(await readHeadings(page));
    problems['tables'] = tableProblems(await readTables(page));
    problems['charts'] = chartProblems(await readCharts(page));
    // Chart text at least the size of small body text (14 CSS pixels) at every width checked.
    problems['chart text'] = chartTextProblems(await readChartText(page), MIN_CHART_TEXT_PX);
    problems['chart colours'] = chartColourProblems(await readChartColours(page));
    problems['without colour'] = withoutColourProblems(await readStatusMarks(page));
    const withScript = await readContent(page);
    problems['no JavaScript'] = [
      ...(withoutScript.text === withScript.text ? [] : ['the text differs with JavaScript disabled']),
      ...(['tables', 'charts', 'images'] as const)
        .filter((kind) => withoutScript[kind] !== withScript[kind])
        .map((kind) => `${withoutScript[kind]} ${kind} with JavaScript disabled, ${withScript[kind]} with it`),
    ];

    if (photographed.has(path)) await page.screenshot({ path: join(screenshots, `${slug}-desktop.png`), fullPage: true });
    const axe = (await axeFindings(page)).map(formatAxeFinding);

    await page.setViewportSize({ width: 320, height: 640 });
    problems['320px'] = reflowProblems(await readReflow(page));
    problems['chart text at 320px'] = chartTextProblems(await readChartText(page), MIN_CHART_TEXT_PX);
    problems['tables fit at 320px'] = tableFitProblems(await readTableFit(page), { latestInView: false });
    if (photographed.has(path)) await page.screenshot({ path: join(screenshots, `${slug}-320px.png`), fullPage: true });
    // 200% zoom of a 1280-pixel window lays the page out in 640 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    problems['200% zoom'] = reflowProblems(await readReflow(page));
    problems['chart text at 200% zoom'] = chartTextProblems(await readChartText(page), MIN_CHART_TEXT_PX);

    await page.emulateMedia({ media: 'print' });
    problems['print'] = printProblems(await readPrintFacts(page));
    // The site's Content-Security-Policy (public/_headers) holds, and nothing is fetched from another host.
    problems['CSP and requests'] = [...policyProblems(page), ...withoutScript.policy.map((line) => `without JavaScript: ${line}`)];
    return { axe, problems };
  });
}

describe('the pages every site has', () => {
  const built = (path: string): Document => parseHTML(readFileSync(join(siteDir, path), 'utf8')).document as unknown as Document;
  const text = (document: Document): string => (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

  it('an About page: what the site is, where the data comes from, revisions, disclosure and whom to contact, linked from every page', () => {
    const about = built('about/index.html');
    expect([...about.querySelectorAll('main h2')].map((h) => h.id)).toEqual(['what', 'data', 'revisions', 'disclosure', 'contact']);
    expect(text(about)).toContain('DfE children in need census (CIN):');
    expect(about.querySelector('a[href="mailto:reports@example.org"]')).not.toBeNull();
    for (const page of ['index.html', 'reports/barnsley-2022-09-13/index.html', '404.html']) expect(built(page).querySelector('footer a[href="/about/"]'), page).not.toBeNull();
  });

  it('an icon in the theme’s brand colour, as SVG and as /favicon.ico, linked from every page', () => {
    expect(readFileSync(join(siteDir, 'favicon.svg'), 'utf8')).toContain('fill="#1d4f91"');
    expect(readFileSync(join(siteDir, 'favicon.ico')).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect([...built('index.html').querySelectorAll('link[rel="icon"]')].map((link) => link.getAttribute('href'))).toEqual(['/favicon.ico', '/favicon.svg']);
  });

  it('a release calendar of the drafts due at coming meetings, as a page and an iCalendar feed, with none of their content', () => {
    const calendar = built('calendar/index.html');
    const rows = [...calendar.querySelectorAll('main tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([['15 July 2025', "Children's social care performance: annual review 2024/25", 'Fictional Borough Council (fictional)', "Children's Services Scrutiny Committee"]]);
    const ics = readFileSync(join(siteDir, 'calendar.ics'), 'utf8').replace(/\r\n /g, '');
    expect(ics).toContain("SUMMARY:Report due: Children's social care performance: annual review 2024/25\r\n");
    expect(ics).toContain('DTSTART;VALUE=DATE:20250715\r\n');
    for (const words of ['release calendar lists its meeting date', 'referrals in']) {
      expect(text(calendar)).not.toContain(words);
      expect(ics).not.toContain(words);
    }
    expect(pages).not.toContain('/reports/fictional-borough-2025-07/');
  });

  it('a home page that lists the reports under their councils, A to Z', () => {
    const councils = [...built('index.html').querySelectorAll('main h2')].map((h) => h.textContent);
    expect(councils).toEqual(['Barnsley', 'Cambridgeshire', 'Darlington', 'Devon', 'Fictional Borough Council', 'Fictional Shire Council', 'Haringey', 'Stockton-on-Tees']);
  });
});

describe('the W3C Nu HTML Checker', () => {
  it('finds no error in any page of the example site', { timeout: 120_000 }, () => {
    expect(nuErrors(siteDir).map(formatNuError)).toEqual([]);
  });
});

describe('every page of the example site', () => {
  it.concurrent.for(pages)(
    '%s: no axe WCAG 2.x A/AA violation; skip link, focus, headings, tables, charts, colour, reflow, zoom, no-JS and print all pass',
    { timeout: 120_000 },
    async (path, { expect }) => {
      const { axe, problems } = await checkPage(path);
      results.set(path, { page: path, violations: axe.length, problems: Object.fromEntries(Object.entries(problems).map(([check, list]) => [check, list.length])) });
      const found = [...axe.map((line) => `axe ${line}`), ...Object.entries(problems).flatMap(([check, list]) => list.map((line) => `${check}: ${line}`))];
      expect(found, `problems on ${path}`).toEqual([]);
    },
  );
});

describe('chart text at twice the default text size', () => {
  // A report of trend charts, a report with a comparison chart, and a national council page of DfE's years.
  const chartPages = ['/reports/fictional-borough-2025-03/', '/reports/cambridgeshire-2020-12-01/v2/', '/national/barnsley/'];

  it.each(chartPages)('%s: every chart’s text at least doubles, to 28 CSS pixels or more, when the reader sets 32-pixel text at 1280 pixels', { timeout: 60_000 }, async (path) => {
    await withPage(path, desktop, async (page) => {
      const normal = await readChartText(page);
      expect(normal.length).toBeGreaterThan(0);
      expect(chartTextProblems(normal, MIN_CHART_TEXT_PX)).toEqual([]);
      await setDefaultTextSize(page, 32);
      const larger = await readChartText(page);
      expect(larger.length).toBe(normal.length);
      expect(chartTextProblems(larger, 2 * MIN_CHART_TEXT_PX)).toEqual([]);
      expect(reflowProblems(await readReflow(page))).toEqual([]);
    });
  });

  // The hardest case: the narrow layout in the 256-pixel column a 320-pixel screen leaves at 32-pixel text.
  it.each(chartPages)('%s: every chart’s text is 14 CSS pixels or more, and nothing scrolls sideways, at 320 pixels with 32-pixel text', { timeout: 60_000 }, async (path) => {
    await withPage(path, { viewport: { width: 320, height: 640 } }, async (page) => {
      await setDefaultTextSize(page, 32);
      const charts = await readChartText(page);
      expect(charts.length).toBeGreaterThan(0);
      expect(chartTextProblems(charts, MIN_CHART_TEXT_PX)).toEqual([]);
      expect(reflowProblems(await readReflow(page))).toEqual([]);
    });
  });
});

describe('npm run pdf', () => {
  const expected = new Map<string, { title: string; paragraphs: string[]; figures: string[]; headings: string[]; meeting: string; site: string; charts: string[] }>();

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
              charts: [...document.querySelectorAll('figure.chart .chart-headline')].map(text),
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

  it.each(reportPages)('the PDF of $path tags each chart as a Figure whose alternative text is its name, with its description a P and its table a Table with TH cells beside it, not inside it', ({ id }) => {
    const want = expected.get(id);
    if (!want) throw new Error(`no expectations read for ${id}`);
    const nodes = walkStructure(pdfStructure(readFileSync(join(pdfDir, `${id}.pdf`))));
    const figures = nodes.filter(({ node }) => node.role === 'Figure');
    expect(figures.map(({ node }) => node.alt)).toEqual(want.charts);
    for (const { node, ancestors } of figures) {
      // Nothing a reader needs is hidden inside the Figure, behind its alternative text.
      expect(walkStructure(node).slice(1).map((inner) => inner.node.role), node.alt).toEqual([]);
      expect(ancestors.some((a) => a.role === 'Figure'), node.alt).toBe(false);
      const chart = ancestors.at(-1);
      const after = chart?.children.slice(chart.children.indexOf(node) + 1) ?? [];
      expect(after[0]?.role, `the description after "${node.alt}"`).toBe('P');
      const table = after.flatMap((sibling) => walkStructure(sibling)).find((inner) => inner.node.role === 'Table');
      expect(table, `the table of "${node.alt}"`).toBeDefined();
      expect(walkStructure(table!.node).filter((inner) => inner.node.role === 'TH').length, `header cells in the table of "${node.alt}"`).toBeGreaterThan(0);
    }
  });

  it.each(reportPages)('the PDF of $path has its running header and footer in 9-point text or larger, and no unnamed Type 3 font', ({ id }) => {
    const file = join(pdfDir, `${id}.pdf`);
    const words = pdfWords(file, 1);
    // A word's box is about 1.16 times its font size for the fonts Chromium prints with here.
    const footer = words.filter((w) => w.word === 'Page');
    expect(footer.length).toBeGreaterThan(0);
    for (const word of footer) expect(word.height / 1.16).toBeGreaterThanOrEqual(9);
    const top = Math.min(...words.map((w) => w.yMin));
    for (const word of words.filter((w) => w.yMin === top)) expect(word.height / 1.16, `header word "${word.word}"`).toBeGreaterThanOrEqual(9);
    expect(pdfFonts(file).filter((font) => font.type === 'Type 3' || font.name === '[none]')).toEqual([]);
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
