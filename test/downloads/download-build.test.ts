import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse, type DSVRowArray } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, parseEesText } from '../../src/data/index.ts';
import { DOWNLOAD_COLUMNS } from '../../src/publish/downloads/download-row.ts';
import { VERSION_COLUMNS } from '../../src/publish/downloads/version-rows.ts';
import { parseEesTimePeriod, parsePeriod, periodKey, symbolText, type Figure, type Period } from '../../src/engine/index.ts';
import { FigureIndex } from '../../src/model/figure-index.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

const scenario = resolve('test/sites/downloads');
const outDir = resolve(`test/.tmp/downloads-build-${process.pid}`);
const report = 'downshire-2025-03';

/** The fixture's figures that no download may show a number for: primary, derived and secondary suppression. */
const SUPPRESSED = [
  'assessments-on-time|X00000007|2025-02|Total',
  'children-adopted|X00000007|2025-03|Total',
  'referrals-by-source|X00000007|2024/25 Q4|Health',
  'referrals-by-source|X00000007|2024/25 Q4|Police',
];

let site: BuiltSite;
let current: FigureIndex;
let frozen: FigureIndex;

function csv(path: string): DSVRowArray {
  return csvParse(site.file(path));
}

function keyOf(row: Record<string, string | undefined>): string {
  return [row['indicator_id'], row['area_code'], row['period'], row['breakdown']].join('|');
}

function engineFigure(index: FigureIndex, row: Record<string, string | undefined>): Figure {
  const period = parsePeriod(row['period'] ?? '');
  if (!period.ok) throw new Error(period.reason);
  const breakdown = row['breakdown'] === 'Total' ? '' : row['breakdown'];
  const located = index.at({ indicator: row['indicator_id'] ?? '', area: row['area_code'] ?? '', period: period.period, breakdown });
  if (located === undefined) throw new Error(`the engine has no figure for ${keyOf(row)}`);
  return located.figure;
}

/** Every row's value against the engine's figure for the same key; suppressed keys only as [c]. */
function expectEngineFigures(rows: readonly Record<string, string | undefined>[], index: FigureIndex): number {
  let numbers = 0;
  for (const row of rows) {
    const figure = engineFigure(index, row);
    if (SUPPRESSED.includes(keyOf(row))) {
      expect([row['value'], row['value_shown'], row['symbol'], row['numerator'], row['denominator']], keyOf(row)).toEqual(['[c]', '[c]', '[c]', '[c]', '[c]']);
    } else if (figure.value === undefined || figure.symbol === 'x') {
      expect(row['value'], keyOf(row)).toBe(symbolText(figure.symbol ?? 'x'));
    } else {
      expect(Number(row['value']), keyOf(row)).toBe(figure.value);
      numbers += 1;
    }
  }
  return numbers;
}

describe('data downloads in a real astro build of the downloads scenario', () => {
  beforeAll(async () => {
    site = buildSite(scenario, {}, outDir);
    current = new FigureIndex(await loadDataset({ root: scenario, dir: 'data' }));
    frozen = new FigureIndex(await loadDataset({ root: scenario, dir: `content/reports/${report}/versions/1/data` }));
  }, 240_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds', () => {
    expect(site.ok, site.output).toBe(true);
  });

  it('publishes a version\'s figures as CSV, one row per figure it showed, each number the engine\'s figure from the frozen rows', () => {
    const rows = csv(`data/reports/${report}/v1/figures.csv`);
    expect(rows.columns).toEqual([...VERSION_COLUMNS]);
    expect(rows).toHaveLength(frozen.dataset.observations.length);
    expect(rows.every((r) => r['report_id'] === report && r['report_version'] === '1' && r['published'] === '2026-11-30')).toBe(true);
    expect(expectEngineFigures(rows, frozen)).toBe(rows.length - 4);
    expect(rows.find((r) => r['indicator_id'] === 'children-in-care-rate')).toMatchObject({ value: '32.3', value_shown: '32.3 per 10,000', numerator: '420', denominator: '130000' });
  });

  it('publishes the same figures as JSON, each as the version\'s page showed it when it was frozen', () => {
    const json = JSON.parse(site.file(`data/reports/${report}/v1/figures.json`));
    expect(json).toMatchObject({ report, version: 1, published: '2026-11-30', title: 'Downshire performance, March 2025' });
    expect(json.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(json.figures).toEqual(csv(`data/reports/${report}/v1/figures.csv`).map((r) => ({ ...r })));
    const frozenTexts: Record<string, string> = JSON.parse(readFileSync(join(scenario, `content/reports/${report}/versions/1/figures.json`), 'utf8'));
    // Each figure of the data the page showed, e.g. "Children in care, Downshire (fictional), 31 March 2025": "420",
    // is a row of the download with the same text; a change or a target is worked out, not a row of the data.
    const values = Object.entries(frozenTexts).filter(([words]) => !/, (?:change from|target for) /.test(words));
    expect(values.length).toBeGreaterThanOrEqual(7);
    for (const [words, text] of values) {
      const [label] = words.split(', ');
      expect(json.figures.some((f: Record<string, string>) => words.startsWith(f['indicator_name'] ?? '') && f['value_shown'] === text), `${words} (${label})`).toBe(true);
    }
  });

  it('publishes each indicator\'s whole history from the current data, and the whole dataset', () => {
    const files = readdirSync(join(outDir, 'data/indicators')).sort();
    expect(files).toEqual([...current.dataset.indicators.keys()].map((id) => `${id}.csv`).sort());
    let total = 0;
    for (const file of files) {
      const rows = csv(`data/indicators/${file}`);
      expect(rows.columns).toEqual([...DOWNLOAD_COLUMNS]);
      expect(new Set(rows.map((r) => r['indicator_id']))).toEqual(new Set([file.replace(/\.csv$/, '')]));
      expectEngineFigures(rows, current);
      total += rows.length;
    }
    const all = csv('data/tabled-dataset.csv');
    expect(all).toHaveLength(current.dataset.observations.length);
    expect(total).toBe(all.length);
    expect(expectEngineFigures(all, current)).toBe(all.length - 4 - 1);
  });

  it('publishes a dictionary of every column and the symbols legend', () => {
    const dictionary = csv('data/dictionary.csv');
    expect(dictionary.columns).toEqual(['column', 'meaning', 'type']);
    expect(dictionary.map((r) => r['column'])).toEqual([...VERSION_COLUMNS]);
    expect(dictionary.every((r) => (r['meaning'] ?? '').length > 10)).toBe(true);
    const symbols = csv('data/symbols.csv');
    expect(symbols.map((r) => r['symbol'])).toEqual(['[c]', '[x]', '[z]', '[low]', '[u]', '[p]', '[r]', '[e]', '[b]']);
  });

  it('publishes an EES file that our own EES reader reads back to the engine\'s figures, with its metadata file', () => {
    const ees = parseEesText(site.file('data/ees/tabled-dataset.csv'), 'tabled-dataset.csv');
    expect(ees.problems).toEqual([]);
    const meta = csv('data/ees/tabled-dataset.meta.csv');
    const indicatorColumns = meta.filter((m) => m['col_type'] === 'Indicator').map((m) => m['col_name'] ?? '');
    expect(ees.columns.map((c) => c.name).slice(-indicatorColumns.length)).toEqual(indicatorColumns);
    const suppressedKeys = new Set(
      SUPPRESSED.map((s) => {
        const [indicator, area, period, breakdown] = s.split('|');
        return [indicator, area, periodKey(parsePeriodOrThrow(period ?? '')), breakdown].join('|');
      }),
    );
    let numbers = 0;
    for (const row of ees.rows) {
      expect(row.geographic_level).toBe('Local authority');
      const period = parseEesTimePeriod(row.time_period, row.time_identifier);
      if (!period.ok) throw new Error(period.reason);
      for (const column of indicatorColumns) {
        const cell = row.cells[column];
        const indicator = column.replaceAll('_', '-');
        const breakdown = row.cells['breakdown']?.text ?? '';
        const located = current.at({ indicator, area: row.new_la_code ?? '', period: period.period, breakdown: breakdown === 'Total' ? '' : breakdown });
        const key = [indicator, row.new_la_code, periodKey(period.period), breakdown].join('|');
        if (located === undefined) {
          expect(cell?.text, `${column} line ${row.line}`).toBe('x');
          continue;
        }
        if (suppressedKeys.has(key)) expect(cell?.text, key).toBe('c');
        else if (located.figure.value === undefined) expect(cell?.text).toBe(located.figure.symbol);
        else {
          expect(Number(cell?.text), `${column} line ${row.line}`).toBe(located.figure.value);
          numbers += 1;
        }
      }
    }
    // Left out: the count and rate at 31 March, the quarters to date, and the neighbours' average.
    expect(numbers).toBe(current.dataset.observations.length - 4 - 1 - 4);
  });

  it('never shows a suppressed figure as anything but its symbol, in any download', () => {
    const downloads = ['data/tabled-dataset.csv', `data/reports/${report}/v1/figures.csv`, ...readdirSync(join(outDir, 'data/indicators')).map((f) => `data/indicators/${f}`)];
    for (const path of downloads) {
      for (const row of csv(path)) {
        if (!SUPPRESSED.includes(keyOf(row))) continue;
        for (const column of ['value', 'value_shown', 'numerator', 'denominator']) expect(row[column], `${path} ${keyOf(row)} ${column}`).toBe('[c]');
        expect(row['method'], path).toMatch(/^suppressed/);
      }
    }
    const every = [...downloads, `data/reports/${report}/v1/figures.json`, 'data/ees/tabled-dataset.csv'].map((path) => site.file(path)).join('\n');
    // The data's notes never reach a download: they can quote the withheld number.
    expect(every).not.toContain('Fictional fixture');
  });

  it('lists every download on /data/, and links a version\'s CSV and JSON from its report pages', () => {
    const page = site.file('data/index.html');
    const links = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const expected = [
      '/data/tabled-dataset.csv',
      '/data/dictionary.csv',
      '/data/symbols.csv',
      '/data/ees/tabled-dataset.csv',
      '/data/ees/tabled-dataset.meta.csv',
      `/data/reports/${report}/v1/figures.csv`,
      `/data/reports/${report}/v1/figures.json`,
      ...[...current.dataset.indicators.keys()].map((id) => `/data/indicators/${id}.csv`),
    ];
    for (const href of expected) {
      expect(links, href).toContain(href);
      expect(site.exists(href.slice(1)), href).toBe(true);
    }
    for (const path of [`reports/${report}/index.html`, `reports/${report}/v1/index.html`]) {
      const html = site.file(path);
      expect(html).toContain('Download the data');
      expect(html).toContain(`href="/data/reports/${report}/v1/figures.csv"`);
      expect(html).toContain(`href="/data/reports/${report}/v1/figures.json"`);
    }
  });
});

function parsePeriodOrThrow(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}
