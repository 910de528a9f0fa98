import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

/** A copy of the components scenario under test/.tmp, changed by `edit`, for builds that must fail. */
function variant(name: string, edit: (dir: string) => void): string {
  const dir = resolve('test/.tmp/sites', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve('test/sites/components'), dir, { recursive: true, filter: (path) => !/\/(dist|\.astro-cache)(\/|$)/.test(path) });
  edit(dir);
  return dir;
}

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('report components in a real astro build (test/sites/components)', () => {
  let site: BuiltSite;
  let html: string;
  beforeAll(() => {
    site = buildSite('test/sites/components');
    if (!site.ok) throw new Error(site.output);
    html = site.file('reports/demo/index.html');
  });

  it('shows figures the engine computes from numerator and denominator, never typed in the MDX', () => {
    const mdx = readFileSync('test/sites/components/content/reports/demo/index.mdx', 'utf8');
    expect(mdx).not.toContain('86.5');
    // 45 ÷ 52 × 100 = 86.538… → 86.5; the year to date sums April to March: 519 ÷ 616 → 84.3%
    expect(textOf(html)).toContain('45 of 52 assessments were on time: 86.5% . Year to date: 84.3%');
  });

  it('computes a rate from the count and the population of the right mid-year estimate', () => {
    // March 2025 uses the mid-2024 estimate: 681 ÷ 131,000 × 10,000 = 51.98… → 52.0
    expect(textOf(html)).toContain('a rate of 52.0 per 10,000');
  });

  it('gives the summary a direction of travel and RAG in words and shape, not colour alone', () => {
    const card = html.slice(html.indexOf('<section class="summary-card"'), html.indexOf('</section>', html.indexOf('<section class="summary-card"')));
    expect(textOf(card).replace(/\s+/g, ' ')).toContain('Down by 2.2 percentage points compared with Feb 2025 ( 88.7% ): worse');
    expect(textOf(card)).toMatch(/Target 90% – ◆ Near target \(amber\)/);
    expect(textOf(card)).toContain('England 83.4%');
    expect(textOf(card)).toContain('Statistical neighbours 81.2%');
  });

  it('renders each chart as an SVG image named by its visible headline and described by text on the page, in a wide and a narrow layout', () => {
    const svgs = [...html.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
    expect(svgs.length).toBe(4);
    expect(svgs.map((svg) => /class="tabled-chart (tabled-chart-\w+)"/.exec(svg)?.[1])).toEqual(['tabled-chart-wide', 'tabled-chart-narrow', 'tabled-chart-wide', 'tabled-chart-narrow']);
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      const describedBy = /aria-describedby="([^"]+)"/.exec(svg)?.[1];
      expect(html).toContain(`id="${labelledBy}"`);
      expect(html).toMatch(new RegExp(`<p class="chart-description" id="${describedBy}">[^<]*\\d`));
    }
  });

  it('puts the same numbers as the chart in a real table with a caption and header scopes', () => {
    const figure = html.slice(html.indexOf('<figure class="chart"'), html.indexOf('</figure>'));
    expect(figure).toMatch(/<caption>Assessments completed within 45 working days, Testshire \(fictional\), Feb 2024 to Mar 2025<\/caption>/);
    expect(figure).toMatch(/<th scope="row">Mar 2025<\/th>\s*<td class="num"[^>]*>86\.5%<\/td>/);
    expect(figure).toMatch(/<th scope="col"[^>]*>Per cent \(%\)<\/th>/);
  });

  it('leaves a suppressed figure out of the text, the SVG and the tables: 3 of 7 appears nowhere', () => {
    expect(textOf(html)).toContain('Repeat plans this month: [c]');
    expect(html).not.toContain('42.9');
    expect(html).not.toMatch(/\b3 of 7\b/);
    const chart = html.slice(html.indexOf('Second or later child protection plans, Testshire'));
    expect(chart).toMatch(/<th scope="row">Mar 2025<\/th>\s*<td class="num"[^>]*>\[c\]<\/td>/);
  });

  it('hides a second cell of a breakdown so a suppressed count cannot be worked out from the total', () => {
    const table = html.slice(html.indexOf('<caption>Referrals by source'));
    expect(textOf(table)).toMatch(/Police \[c\] Health \[c\] Schools 20 Total 35/);
  });

  it('numbers paragraphs with stable anchors', () => {
    expect(html).toMatch(/<p id="para-2-2" class="numbered"><a class="para-number" href="#para-2-2" aria-label="Paragraph 2.2">2.2<\/a> Repeat plans/);
  });

  it('sends no script', () => {
    expect(html).not.toMatch(/<script/i);
  });
});

describe('builds that must fail', () => {
  it('stops when a report names an indicator the catalogue does not have, naming the report and the fix', () => {
    const dir = variant('unknown-indicator', (d) => {
      const file = join(d, 'content/reports/demo/index.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<Value indicator="children-in-care" />', '<Value indicator="children-in-cair" />'));
    });
    const site = buildSite(dir);
    expect(site.ok).toBe(false);
    expect(site.output).toContain(
      'content/reports/demo/index.mdx:28:19: <Value> indicator="children-in-cair": indicator "children-in-cair" is not in data/indicators.csv: did you mean "children-in-care"?',
    );
  }, 180_000);

  it('stops on bad data with file, line, column and what is expected, and publishes nothing', () => {
    const dir = variant('bad-data', (d) => {
      const file = join(d, 'data/observations/testshire.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('assessments-on-time,X00000009,2025-03,,45,52', 'assessments-on-time,X00000009,2025-03,,45,5x2'));
    });
    const site = buildSite(dir);
    expect(site.ok).toBe(false);
    expect(site.output).toMatch(/data\/observations\/testshire\.csv:15:6 denominator "5x2" is not (a whole number|a number)/);
    const pages = existsSync(site.outDir) ? readdirSync(site.outDir, { recursive: true }).filter((p) => String(p).endsWith('.html')) : [];
    expect(pages).toEqual([]);
  }, 180_000);
});
