/**
 * Report charts as figures of their own, in a real astro build of test/sites/components: numbered in
 * page order, each with its source line, its table as CSV and a page of its own to embed.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

// A folder of its own: test/site/components.test.ts builds the same scenario into its dist/ at the same time.
const outDir = resolve(`test/.tmp/figures-dist-${process.pid}`);
let site: BuiltSite;
let report: Document;

const page = (path: string): Document => parseHTML(site.file(path)).document as unknown as Document;
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A table as rows of its cells' text, row header first. */
const rowsOf = (table: Element): string[][] => [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
const built = (href: string): string => `${href.replace(/^\//, '')}${href.endsWith('/') ? 'index.html' : ''}`;

beforeAll(() => {
  site = buildSite('test/sites/components', {}, outDir);
  if (!site.ok) throw new Error(site.output);
  report = page('reports/demo/index.html');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('report charts as figures (test/sites/components)', () => {
  it('numbers the charts in the order they stand, in their captions', () => {
    const headlines = [...report.querySelectorAll('figure.chart figcaption .chart-headline')].map(text);
    expect(headlines).toHaveLength(2);
    expect(headlines[0]).toMatch(/^Figure 1: Assessments completed within 45 working days /);
    expect(headlines[1]).toMatch(/^Figure 2: Second or later child protection plans/);
    expect(site.file('reports/demo/index.html')).not.toContain('data-figure-slot');
  });

  it('gives every chart its source line', () => {
    for (const figure of report.querySelectorAll('figure.chart')) expect(text(figure.querySelector('.figure-source'))).toMatch(/^Source: .+\.$/);
  });

  it('links each chart to its own CSV, which is its table cell for cell, withheld cells as their symbol', () => {
    const figures = [...report.querySelectorAll('figure.chart')];
    const csvs = figures.map((figure) => figure.querySelector('.figure-links a[href$=".csv"]')?.getAttribute('href'));
    expect(csvs).toEqual(['/reports/demo/figures/trend-assessments-on-time.csv', '/reports/demo/figures/trend-repeat-plans.csv']);
    figures.forEach((figure, i) => {
      const href = csvs[i]!;
      expect(site.exists(built(href)), href).toBe(true);
      const [header, ...rows] = csvParseRows(site.file(built(href)));
      const table = figure.querySelector('table')!;
      expect(header).toEqual([...table.querySelectorAll('thead th')].map(text));
      expect(rows).toEqual(rowsOf(table));
    });
    const withheld = csvParseRows(site.file('reports/demo/figures/trend-repeat-plans.csv'));
    expect(withheld).toContainEqual(['Mar 2025', '[c]']);
  });

  it('gives each chart a page of its own with the chart, its description, table, source and a link back, and no script', () => {
    const figures = [...report.querySelectorAll('figure.chart')];
    const embeds = figures.map((figure) => figure.querySelector('.figure-links a[href$="/"]')?.getAttribute('href'));
    expect(embeds).toEqual(['/reports/demo/figures/trend-assessments-on-time/', '/reports/demo/figures/trend-repeat-plans/']);
    figures.forEach((figure, i) => {
      const html = site.file(built(embeds[i]!));
      const embed = parseHTML(html).document as unknown as Document;
      const own = embed.querySelector('figure.chart')!;
      expect(html).not.toMatch(/<script\b/i);
      expect(embed.querySelector('header, nav, footer, .skip-link')).toBeNull();
      expect(embed.querySelector('main .fictional-banner')).not.toBeNull();
      expect(own.querySelectorAll('svg[role="img"]')).toHaveLength(2);
      expect(text(own.querySelector('.chart-headline'))).toBe(text(figure.querySelector('.chart-headline')));
      expect(text(own.querySelector('.chart-description'))).toBe(text(figure.querySelector('.chart-description')));
      expect(rowsOf(own.querySelector('table')!)).toEqual(rowsOf(figure.querySelector('table')!));
      expect(text(own.querySelector('.figure-source'))).toBe(text(figure.querySelector('.figure-source')));
      expect(own.querySelector('a[href$=".csv"]')?.getAttribute('href')).toBe(figure.querySelector('.figure-links a[href$=".csv"]')?.getAttribute('href'));
      const back = embed.querySelector('.embed-origin a')!;
      expect(back.getAttribute('href')).toBe(`/reports/demo/#${figure.getAttribute('id')}`);
      expect(back.getAttribute('target')).toBe('_top');
      expect(text(back)).toBe('Testshire performance, March 2025');
      expect(embed.querySelector('main')?.getAttribute('data-figure-model')).toBe('data');
    });
    expect(text(page('reports/demo/figures/trend-repeat-plans/index.html').querySelector('.embed-origin'))).toContain('in section “2. Children in care”');
  });

  it('keeps a chart’s own page out of search engines and the sitemap: a search lands on the report', () => {
    expect(page('reports/demo/figures/trend-repeat-plans/index.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(site.file('sitemap-0.xml')).toContain('/reports/demo/</loc>');
    expect(site.file('sitemap-0.xml')).not.toContain('/figures/');
  });

  it('reads the chart CSVs in the one-value check, and finds nothing withheld in them or the figures’ pages', () => {
    expect(site.output).toMatch(/consistency check: \d+ places show \d+ figures, each with one value/);
    expect(site.output).toMatch(/disclosure check: \d+ files read, \d+ withheld figures, none can be read or worked out/);
    expect(site.output).toMatch(/link check: \d+ links and assets on \d+ pages, every one found/);
  });
});
