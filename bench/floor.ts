import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trendChart, type ChartTable } from '../src/charts/index.ts';
import { loadDataset } from '../src/data/index.ts';
import { parsePeriod, type Period } from '../src/engine/index.ts';
import { FigureModel } from '../src/model/figure-model.ts';
import { summarise } from '../src/model/views/summary.ts';
import { trendView } from '../src/model/views/trend.ts';
import { valueText, type ValueShow } from '../src/model/views/value.ts';

export interface FloorResult {
  pages: number;
  charts: number;
  bytes: number;
}

/** The component calls of a report, in order, as `<Name a="b" />` tags. */
interface Call {
  component: string;
  props: Map<string, string>;
}

function calls(mdx: string): Call[] {
  return [...mdx.matchAll(/<(Value|IndicatorSummary|TrendChart)\b([^>]*)\/>/g)].map(([, component, attributes]) => ({
    component: component ?? '',
    props: new Map([...(attributes ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key ?? '', value ?? ''])),
  }));
}

function frontMatter(mdx: string, key: string): string {
  const value = new RegExp(`^${key}: "?([^"\\n]+)"?$`, 'm').exec(mdx)?.[1];
  if (value === undefined) throw new Error(`floor: front matter has no ${key}`);
  return value;
}

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(`floor: ${parsed.reason}`);
  return parsed.period;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function tableHtml(table: ChartTable): string {
  const head = `<tr>${table.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr>`;
  const body = table.rows.map((r) => `<tr><th scope="row">${escape(r.header)}</th>${r.cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
  return `<table><caption>${escape(table.caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * The least work any generator must do for these reports, with Tabled's own data layer, engine, views
 * and chart renderer but no site generator: read and check the CSV once, then for every report compute
 * each figure, render each chart to SVG and write the page as one HTML string.
 */
export async function renderFloor(site: string, outDir: string): Promise<FloorResult> {
  rmSync(outDir, { recursive: true, force: true });
  const model = new FigureModel(await loadDataset({ root: site, dir: 'data' }));
  const reportsDir = join(site, 'content/reports');
  let pages = 0;
  let charts = 0;
  let bytes = 0;
  for (const slug of readdirSync(reportsDir).sort()) {
    const mdx = readFileSync(join(reportsDir, slug, 'index.mdx'), 'utf8');
    const area = frontMatter(mdx, 'authority');
    const at = period(frontMatter(mdx, 'period'));
    const parts = [`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(frontMatter(mdx, 'title'))}</title></head><body><main>`];
    for (const { component, props } of calls(mdx)) {
      const indicator = props.get('indicator') ?? '';
      if (component === 'Value') {
        parts.push(`<span class="value">${escape(valueText(model, { indicator, area, period: at, show: (props.get('show') ?? 'value') as ValueShow }).text)}</span>`);
      } else if (component === 'IndicatorSummary') {
        const s = summarise(model, indicator, area, at);
        const { before, change } = s.travel;
        const previous = before === undefined || change === undefined ? [] : [{ label: 'Previous period', node: before }, { label: 'Change', node: change }];
        const lastYear = s.lastYear?.node === undefined ? [] : [{ label: s.lastYear.label, node: s.lastYear.node }];
        const facts = [...previous, ...lastYear, s.yearToDate, s.rolling12, ...s.benchmarks].flatMap((c) => (c === undefined ? [] : [`<dt>${escape(c.label)}</dt><dd>${escape(c.node.text)}</dd>`]));
        parts.push(`<section class="summary-card"><h3>${escape(s.indicator.label)}</h3><p>${escape(s.latest.text)}</p><dl>${facts.join('')}</dl></section>`);
      } else {
        const from = props.get('from');
        const { spec } = trendView(model, { id: `trend-${indicator}-${area}`, indicator, area, to: at, from: from === undefined ? undefined : period(from) });
        const chart = trendChart(spec);
        charts += 1;
        parts.push(`<figure><figcaption id="${chart.titleId}">${escape(spec.title)}</figcaption>${chart.svg}<p id="${chart.descriptionId}">${escape(chart.description)}</p>${tableHtml(chart.table)}</figure>`);
      }
    }
    parts.push('</main></body></html>');
    const html = parts.join('\n');
    mkdirSync(join(outDir, 'reports', slug), { recursive: true });
    writeFileSync(join(outDir, 'reports', slug, 'index.html'), html);
    pages += 1;
    bytes += Buffer.byteLength(html);
  }
  return { pages, charts, bytes };
}
