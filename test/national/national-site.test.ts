/**
 * `npm run national`'s site (the folder national/, built for real): a page for every council in DfE's
 * files and for every indicator they give, England's and the regions' figures exactly as DfE's rows
 * give them, and neighbours' means worked out here from DfE's files, independently of the engine.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { financialYear } from '../../src/engine/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';
import { pageMarks } from '../../src/disclosure/consistency.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/pdf.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { axeFindings, formatAxeFinding } from '../browser/checks/axe.ts';
import { chartProblems, readCharts } from '../browser/checks/charts.ts';
import { headingOutlineProblems, readHeadings } from '../browser/checks/heading-outline.ts';
import { policyProblems, watchPolicy } from '../browser/checks/policy.ts';
import { readReflow, reflowProblems } from '../browser/checks/reflow.ts';
import { readTables, tableProblems } from '../browser/checks/tables.ts';
import { serveSite, type ServedSite } from '../../scripts/serve-site.ts';

const C1 = 'data/dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const MODEL_2021 = 'data/dfe/New_Statistical_Neighbour_Groupings_April_2021.csv';

const rows = (file: string) => csvParse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const c1 = rows(C1).filter((r) => r['category'] === 'Referrals and Re-referrals');

/** The mapped indicators, and every council in the latest year of each of their files, read from the files themselves. */
function expectedCouncils(): Set<string> {
  const mappings = rows('data/dfe-indicators.csv');
  const codes = new Set<string>();
  for (const file of new Set(mappings.map((m) => m['file']!))) {
    const data = rows(`data/dfe/${file}`);
    const latest = data.map((r) => r['time_period']!).sort().at(-1);
    for (const r of data) if (r['time_period'] === latest && r['geographic_level'] === 'Local authority') codes.add(r['old_la_code']!);
  }
  return codes;
}

/** A council's ten neighbours in DfE's April 2021 groupings, from the file's SN1 to SN10 columns. */
function neighboursOf(dfeCode: string): string[] {
  const line = readFileSync(MODEL_2021, 'utf8').split(/\r?\n/).find((l) => l.startsWith(`${dfeCode},`))!;
  return line.split(',').slice(5, 25).filter((_, i) => i % 2 === 0);
}

const outDir = resolve(`test/.tmp/national-${process.pid}`);
let site: BuiltSite;
beforeAll(() => {
  site = buildSite('national', {}, outDir);
  if (!site.ok) throw new Error(site.output);
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run national', () => {
  it('builds a page for every council in the latest year of DfE’s files, and for every indicator they give', () => {
    const councils = readdirSync(resolve(outDir, 'national')).filter((name) => !['indicators', 'data', 'index.html'].includes(name));
    expect(councils.length).toBe(expectedCouncils().size);
    expect(councils.length).toBeGreaterThanOrEqual(150);
    const indicators = readdirSync(resolve(outDir, 'national/indicators'));
    expect(indicators.sort()).toEqual(rows('data/dfe-indicators.csv').map((m) => m['indicator']).sort());
    expect(site.output).toMatch(/consistency check: \d+ places show \d+ figures, each with one value/);
  });

  it('gives England’s and the region’s figures on a council’s page exactly as DfE’s rows give them', () => {
    const marks = new Map(pageMarks(site.file('national/darlington/index.html'), 'page').map((m) => [m.key, m.text]));
    for (const year of ['2019', '2021', '2025']) {
      const fy = `${Number(year) - 1}/${year.slice(2)}`;
      const england = c1.find((r) => r['time_period'] === year && r['geographic_level'] === 'National')!;
      const northEast = c1.find((r) => r['time_period'] === year && r['geographic_level'] === 'Regional' && r['region_code'] === 'E12000001')!;
      expect(marks.get(`re-referrals-within-12-months|E92000001|financial-year:${fy}||value`)).toBe(`${england['rereferral_percent']}%`);
      expect(marks.get(`re-referrals-within-12-months|E12000001|financial-year:${fy}||value`)).toBe(`${northEast['rereferral_percent']}%`);
    }
  });

  it('lists every council on an indicator’s page with its figure as DfE published it', () => {
    const html = site.file('national/indicators/re-referrals-within-12-months/index.html');
    const latest = c1.filter((r) => r['geographic_level'] === 'Local authority').map((r) => r['time_period']!).sort().at(-1)!;
    const councils = c1.filter((r) => r['time_period'] === latest && r['geographic_level'] === 'Local authority');
    const shown = new Map([...html.matchAll(/<th scope="row">([^<]+)<\/th>\s*<td[^>]*>([^<]+)<\/td>/g)].map((m) => [m[1]!.replace(/&amp;/g, '&'), m[2]!]));
    expect(councils.length).toBeGreaterThanOrEqual(150);
    for (const council of councils) {
      const published = council['rereferral_percent']!;
      const cell = shown.get(council['la_name']!);
      expect(cell, council['la_name']).toBeDefined();
      if (/^\d/.test(published)) expect(Number(cell!.replace('%', '')), council['la_name']).toBe(Number(published));
      else expect(cell, council['la_name']).toBe(`[${published === 'k' ? 'low' : published}]`);
    }
  });
});

describe('statistical neighbours’ means on the national pages', () => {
  let model: FigureModel;
  beforeAll(async () => {
    model = new FigureModel(await loadDataset({ root: '.', dir: 'data' }));
  });

  it.for([
    ['841', 'Darlington', '2021'],
    ['370', 'Barnsley', '2022'],
    ['873', 'Cambridgeshire', '2023'],
    ['340', 'Knowsley', '2022'],
  ])('are the mean of the ten neighbours’ published re-referral rates, worked out from the files: %s %s %s', ([code, , year]) => {
    const values = neighboursOf(code!).map((n) => c1.find((r) => r['time_period'] === year && r['old_la_code'] === n)?.['rereferral_percent']).filter((v) => v !== undefined && /^\d/.test(v));
    const mean = values.reduce((a, b) => a + Number(b), 0) / values.length;
    const node = model.neighbours('re-referrals-within-12-months', code!, { period: financialYear(Number(year) - 1) })!.mean;
    expect(node.text).toBe(`${(Math.round(mean * 10 + 1e-9) / 10).toFixed(1)}%`);
    expect(node.average?.used).toBe(values.length);
  });

  it('leave out a neighbour DfE withheld, name it, and say how many they cover, so the withheld figure cannot be worked out', () => {
    // Knowsley's neighbours include Hartlepool, Redcar and Cleveland and Stockton-on-Tees, whose referrals with
    // no further action DfE withheld ([c]) for 2021/22.
    const codes = neighboursOf('340');
    const published = codes.map((n) => c1.find((r) => r['time_period'] === '2022' && r['old_la_code'] === n)?.['no_further_action_percent']);
    const withheld = published.filter((v) => v === 'c').length;
    expect(withheld).toBeGreaterThan(0);
    const node = model.neighbours('referrals-no-further-action', '340', { period: financialYear(2021) })!.mean;
    expect(node.average).toMatchObject({ used: 10 - withheld, of: 10 });
    expect(node.average?.leftOut.join('; ')).toContain('Hartlepool');
    const numbers = published.filter((v): v is string => v !== undefined && /^\d/.test(v)).map(Number);
    expect(node.figure.value).toBe(Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10);
    expect(node.figure.method).toContain(`${10 - withheld} of 10`);
  });
});

describe('a sample of the national pages in Chromium', () => {
  let browser: Browser;
  let server: ServedSite;
  // Every indicator's page, the index, and councils spread over the alphabet: at least fifty pages.
  const sample = (): string[] => {
    const councils = readdirSync(resolve(outDir, 'national')).filter((name) => !['indicators', 'data', 'index.html'].includes(name)).sort();
    const step = Math.max(1, Math.floor(councils.length / 36));
    return [
      '/national/',
      ...readdirSync(resolve(outDir, 'national/indicators')).map((id) => `/national/indicators/${id}/`),
      ...councils.filter((_, i) => i % step === 0).slice(0, 36).map((slug) => `/national/${slug}/`),
    ];
  };
  beforeAll(async () => {
    server = await serveSite(outDir);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks at least fifty pages', () => {
    expect(sample().length).toBeGreaterThanOrEqual(50);
  });

  it('have no axe WCAG 2.2 A or AA violation, sound tables, charts and headings, no script, and no sideways scrolling at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    for (const path of sample()) {
      const page = await context.newPage();
      await watchPolicy(page, server.origin);
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      if (!response?.ok()) problems.push(`${path} answered ${response?.status()}`);
      const found = [
        ...(await axeFindings(page)).map(formatAxeFinding),
        ...tableProblems(await readTables(page)),
        ...chartProblems(await readCharts(page)),
        ...headingOutlineProblems(await readHeadings(page)),
        ...(path === '/national/' ? [] : (await page.locator('script:not([type="application/ld+json"])').count()) > 0 ? ['a council or indicator page has a script'] : []),
      ];
      await page.setViewportSize({ width: 320, height: 640 });
      found.push(...reflowProblems(await readReflow(page)), ...policyProblems(page));
      problems.push(...found.map((problem) => `${path}: ${problem}`));
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 900_000);
});
