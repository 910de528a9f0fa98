/**
 * A real council that is none of the seed councils (Darlington, DfE code 841), set up as a publisher
 * would: `npm run council:new`, its own observations and an MDX report, then a real build. Every
 * comparator on its page comes from DfE's files through the figure model; the data holds no
 * comparator row. The expected figures are worked out here from DfE's files directly, not by the engine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageMarks } from '../../src/disclosure/consistency.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

const C1 = 'data/dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const MODEL_2021 = 'data/dfe/New_Statistical_Neighbour_Groupings_April_2021.csv';

/** DfE's re-referral percentage for a year and place, read from the file as published. */
function published(year: string, level: string, code: string): string {
  const rows = csvParse(readFileSync(C1, 'utf8').replace(/^\uFEFF/, ''));
  const row = rows.find((r) => r['time_period'] === year && r['geographic_level'] === level && r['category'] === 'Referrals and Re-referrals' && (level === 'National' || (level === 'Regional' ? r['region_code'] === code : r['old_la_code'] === code)));
  if (row === undefined) throw new Error(`no ${level} row ${code} for ${year}`);
  return row['rereferral_percent'] ?? '';
}

/** The mean of Darlington's ten neighbours' published percentages in DfE's April 2021 groupings, to one place, half away from zero. */
function neighbourMean(year: string): string {
  const line = readFileSync(MODEL_2021, 'utf8').split(/\r?\n/).find((l) => l.startsWith('841,'))!;
  const codes = line.split(',').slice(5, 25).filter((_, i) => i % 2 === 0);
  expect(codes).toHaveLength(10);
  const values = codes.map((code) => Number(published(year, 'Local authority', code)));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return (Math.round(mean * 10 + 1e-9) / 10).toFixed(1);
}

let root: string;
let site: BuiltSite;
let html: string;
const figures = new Map<string, string>();

beforeAll(() => {
  // Inside the repository, so that the site's build resolves the project's node_modules.
  root = resolve(`test/.tmp/darlington-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'data/observations'), { recursive: true });
  for (const file of ['data/indicators.csv', 'data/dfe-indicators.csv']) cpSync(file, join(root, file));
  cpSync('data/dfe', join(root, 'data/dfe'), { recursive: true });
  writeFileSync(join(root, 'data/areas.csv'), 'code,dfe_code,name,kind,region_code\nE92000001,,England,country,\n');
  writeFileSync(join(root, 'data/populations.csv'), 'area,period,population,source\n');
  mkdirSync(join(root, 'content/reports/darlington-2021-12-14'), { recursive: true });
  cpSync('content/theme.json', join(root, 'content/theme.json'));
  const made = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/council-new.ts', '--code', '841'], { env: { ...process.env, TABLED_SITE: root }, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const note = (year: string, line: number) => `"Darlington's own figure as DfE published it: ${C1}:${line} (${year})."`;
  writeFileSync(
    join(root, 'data/observations/darlington.csv'),
    [
      'indicator,area,period,breakdown,numerator,denominator,value,marker,note',
      `re-referrals-within-12-months,841,2018/19,,194,1102,,,${note('2019', 998)}`,
      `re-referrals-within-12-months,841,2019/20,,170,993,,,${note('2020', 835)}`,
      `re-referrals-within-12-months,841,2020/21,,143,748,,,${note('2021', 672)}`,
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(root, 'content/reports/darlington-2021-12-14/index.mdx'),
    `---
title: "Re-referrals to children's social care, 2020/21"
committee: Children and Young People Scrutiny Committee
meetingDate: 2021-12-14
authority: "841"
period: 2020/21
periodCovered: The year to 31 March 2021
authors:
  - name: Test Officer
    post: Performance Manager
purpose: A test of a council set up from the guides with its own figures, comparing them with DfE's.
recommendations:
  - Note the figures.
status: published
---

## Re-referrals

<IndicatorSummary indicator="re-referrals-within-12-months" />

<TrendChart indicator="re-referrals-within-12-months" />

<ComparisonChart indicator="re-referrals-within-12-months" period="2020/21" />

<ComparisonChart indicator="re-referrals-within-12-months" period="2017/18" title="Re-referrals in 2017/18, a year the council's data does not hold" />
`,
  );
  site = buildSite(root, {}, join(root, 'dist'));
  if (!site.ok) throw new Error(site.output);
  html = site.file('reports/darlington-2021-12-14/index.html');
  for (const mark of pageMarks(html, 'page')) figures.set(mark.key, mark.text);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const card = () => {
  const start = html.indexOf('<section class="summary-card"');
  return html.slice(start, html.indexOf('</section>', start)).replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
};

describe('a council set up with council:new and its own observations only', () => {
  it('has no comparator row in its data: every row is its own', () => {
    const rows = csvParse(readFileSync(join(root, 'data/observations/darlington.csv'), 'utf8'));
    expect(new Set(rows.map((r) => r['area']))).toEqual(new Set(['841']));
  });

  it('compares 2020/21 with England, the North East and its statistical neighbours, as DfE published them', () => {
    const text = card();
    expect(text).toContain(`England ${published('2021', 'National', '')}%`);
    expect(text).toContain(`North East ${published('2021', 'Regional', 'E12000001')}%`);
    expect(text).toContain(`Statistical neighbours ${neighbourMean('2021')}%`);
    expect(neighbourMean('2021')).toBe('22.9');
  });

  it('says where the comparators come from and why they are of 2020/21', () => {
    expect(card()).toContain("DfE, Characteristics of children in need, 2020/21");
    expect(card()).toContain('mean of 10, DfE\'s statistical neighbour groupings of April 2021');
    expect(card()).toContain('2020/21 is the latest year DfE had published by 14 December 2021 (Characteristics of children in need: about 7 months after the year it covers, by 31 October 2021 for 2020/21)');
  });

  it('draws the same comparators on its trend chart as lines, with the same values', () => {
    expect(figures.get('re-referrals-within-12-months|E92000001|financial-year:2020/21||value')).toBe('22.7%');
    expect(figures.get('re-referrals-within-12-months|E12000001|financial-year:2020/21||value')).toBe('21.6%');
    const chart = html.slice(html.indexOf('<figure class="chart"'));
    expect(chart).toMatch(/England average<\/th>\s*<td[^>]*>22\.7%</);
  });

  it('compares with its neighbours in a year its own data does not hold, from DfE’s figure for the council', () => {
    const start = html.indexOf("Re-referrals in 2017/18, a year the council's data does not hold");
    expect(start).toBeGreaterThan(0);
    const chart = html.slice(start, html.indexOf('</figure>', start));
    expect(chart).toMatch(new RegExp(`Darlington \\(this council\\)</th>\\s*<td[^>]*>${published('2018', 'Local authority', '841').replace('.', '\\.')}%<`));
    expect((chart.match(/<tr/g) ?? []).length).toBeGreaterThanOrEqual(13);
  });
});
