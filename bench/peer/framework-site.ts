import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { addMonths, monthName, monthPeriod } from '../site/months.ts';
import { TREND_MONTHS, type SyntheticReport } from '../site/report-mdx.ts';
import type { SyntheticIndicator } from '../site/synthetic-indicators.ts';
import type { SyntheticSite } from '../site/write-site.ts';

interface Point {
  period: string;
  value: number | null;
  display: string;
}

/** The figure a row shows, worked out the simple way a Framework page would (no suppression, no engine). */
function pointOf(indicator: SyntheticIndicator, row: Record<string, string>, population: (area: string, period: string) => number): Point {
  const n = Number(row['numerator']);
  let value: number;
  if (indicator.unit === 'percent') value = (100 * n) / Number(row['denominator']);
  else if (indicator.unit === 'rate') value = (10_000 * n) / population(row['area'] ?? '', row['period'] ?? '');
  else value = Number(row['value']);
  const rounded = Number(value.toFixed(indicator.decimals));
  const display = indicator.unit === 'percent' ? `${rounded.toFixed(indicator.decimals)}%` : rounded.toLocaleString('en-GB', { minimumFractionDigits: indicator.decimals });
  return { period: row['period'] ?? '', value: rounded, display };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pageMarkdown(report: SyntheticReport, indicators: readonly SyntheticIndicator[], series: Map<string, Point[]>): string {
  const lines = ['---', `title: "Children's social care performance: ${monthName(report.month)}"`, '---', '', `# Children's social care performance: ${monthName(report.month)}`, '', `This report is about ${report.councilName}, which does not exist.`, '', '```js', 'import * as Plot from "@observablehq/plot";', `const figures = FileAttachment("data/${report.slug}.json").json();`, '```', ''];
  let section = '';
  for (const indicator of indicators) {
    if (indicator.section !== section) {
      section = indicator.section;
      lines.push(`## ${section}`, '');
    }
    const points = series.get(indicator.id) ?? [];
    const latest = points.at(-1);
    const previous = points.at(-2);
    lines.push(
      `### ${indicator.label}`,
      '',
      `In ${monthName(report.month)} the figure was ${latest?.display ?? '[x]'}, against ${previous?.display ?? '[x]'} the month before.`,
      '',
      '```js',
      `display(Plot.plot({width: 640, height: 320, y: {grid: true, label: ${JSON.stringify(indicator.unit)}${indicator.unit === 'percent' ? ', domain: [0, 100]' : ''}}, marks: [`,
      ...(indicator.target === undefined ? [] : [`  Plot.ruleY([${indicator.target}], {stroke: "#b58840", strokeDasharray: "6,3"}),`]),
      `  Plot.lineY(figures[${JSON.stringify(indicator.id)}], {x: (d) => new Date(d.period), y: "value", stroke: "#1d4f91"}),`,
      `  Plot.dot(figures[${JSON.stringify(indicator.id)}], {x: (d) => new Date(d.period), y: "value", fill: "#1d4f91", tip: true})`,
      ']}));',
      '```',
      '',
      `<table><caption>${escape(indicator.label)}, ${escape(report.councilName)}</caption><thead><tr><th scope="col">Month</th><th scope="col">Figure</th></tr></thead><tbody>`,
      ...points.map((p) => `<tr><th scope="row">${p.period}</th><td>${escape(p.display)}</td></tr>`),
      '</tbody></table>',
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The same reports as an Observable Framework project: one Markdown page per report whose charts
 * are Plot code blocks drawing from the report's own JSON file, with the same words and tables. Plot
 * is imported from the locally installed package, so the build fetches nothing.
 */
export function writeFrameworkSite(site: SyntheticSite, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'src/data'), { recursive: true });
  writeFileSync(
    join(folder, 'observablehq.config.js'),
    `export default ${JSON.stringify({ root: 'src', title: 'Tabled benchmark peer', search: false, sidebar: false, pager: false, footer: '' }, null, 2)};\n`,
  );
  const populations = new Map(csvParse(readFileSync(join(site.folder, 'data/populations.csv'), 'utf8')).map((r) => [`${r['area']} ${r['period']}`, Number(r['population'])]));
  const population = (area: string, period: string) => {
    const [year = 0, month = 0] = period.split('-').map(Number);
    return populations.get(`${area} ${month >= 6 ? year : year - 1}`) ?? Number.NaN;
  };
  const byId = new Map(site.indicators.map((indicator) => [indicator.id, indicator]));
  const rowsByArea = new Map<string, Record<string, string>[]>();
  for (const file of readdirSync(join(site.folder, 'data/observations'))) {
    for (const row of csvParse(readFileSync(join(site.folder, 'data/observations', file), 'utf8'))) {
      const list = rowsByArea.get(row['area'] ?? '') ?? [];
      list.push(row);
      rowsByArea.set(row['area'] ?? '', list);
    }
  }
  for (const report of site.reports) {
    const first = monthPeriod(addMonths(report.month, 1 - TREND_MONTHS));
    const last = monthPeriod(report.month);
    const series = new Map<string, Point[]>();
    for (const row of rowsByArea.get(report.authority) ?? []) {
      const indicator = byId.get(row['indicator'] ?? '');
      const period = row['period'] ?? '';
      if (indicator === undefined || period < first || period > last) continue;
      const list = series.get(indicator.id) ?? [];
      list.push(pointOf(indicator, row, population));
      series.set(indicator.id, list);
    }
    writeFileSync(join(folder, `src/data/${report.slug}.json`), JSON.stringify(Object.fromEntries(series)));
    writeFileSync(join(folder, `src/${report.slug}.md`), pageMarkdown(report, site.indicators, series));
  }
  writeFileSync(join(folder, 'src/index.md'), ['# Reports', '', ...site.reports.map((r) => `- [${r.councilName}, ${monthName(r.month)}](./${r.slug})`), ''].join('\n'));
}
