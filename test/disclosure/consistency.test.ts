import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparable, disagreements, formatDisagreements, pageMarks, siteAgreement, siteMarks } from '../../src/disclosure/consistency.ts';

describe('comparable(text)', () => {
  it('reads a table cell that leaves the unit to its heading as the sentence that says it', () => {
    expect(comparable('52.0 per 10,000')).toBe(comparable('52.0'));
    expect(comparable('101.7 days')).toBe(comparable('101.7'));
    expect(comparable('by 2.2 percentage points')).toBe(comparable('down 2.2 percentage points'));
    expect(comparable('290 days [p]')).toBe(comparable('290 [p]'));
  });

  it('keeps what makes two figures different: the number, the percent sign and a symbol', () => {
    expect(comparable('8.3%')).not.toBe(comparable('8.6%'));
    expect(comparable('[c]')).not.toBe(comparable('3'));
    expect(comparable('12.4% [p]')).not.toBe(comparable('12.4%'));
  });
});

describe('disagreements(marks)', () => {
  it('finds one figure of one model shown two ways, and names both places', () => {
    const html = `<article data-figure-model="data"><p>Neighbours: <span data-figure="k1">8.6%</span></p>
      <dl id="card"><dd data-figure="k1">8.3%</dd><dd data-figure="k2">9%</dd></dl></article>`;
    const found = disagreements(pageMarks(html, 'reports/x/index.html'));
    expect(found).toHaveLength(1);
    expect(formatDisagreements(found)).toContain('k1: "8.6%" in reports/x/index.html (span) but "8.3%" in reports/x/index.html (dd in #card)');
  });

  it('lets two versions of a report show their own values for the same figure', () => {
    const page = (model: string, text: string) => `<article data-figure-model="${model}"><span data-figure="k1">${text}</span></article>`;
    const marks = [...pageMarks(page('content/reports/x/versions/1/data', '50'), 'a.html'), ...pageMarks(page('content/reports/x/versions/2/data', '51.2'), 'b.html')];
    expect(disagreements(marks)).toEqual([]);
  });
});

describe('siteMarks(dist) on a built site made to disagree', () => {
  const dist = mkdtempSync(join(tmpdir(), 'tabled-consistency-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('compares each page with the downloads of the same data', async () => {
    mkdirSync(join(dist, 'reports/x'), { recursive: true });
    mkdirSync(join(dist, 'data'), { recursive: true });
    writeFileSync(join(dist, 'reports/x/index.html'), '<main><table><tr><td data-figure="referrals|X|month:2025-03||value">210</td></tr></table></main>');
    writeFileSync(join(dist, 'data/tabled-dataset.csv'), 'indicator_id,value_shown,figure_key\nreferrals,212,referrals|X|month:2025-03||value\n');
    const found = disagreements(await siteMarks(dist));
    expect(found).toHaveLength(1);
    expect(formatDisagreements(found)).toContain('"210" in reports/x/index.html (td) but "212" in data/tabled-dataset.csv (line 2)');
  });

  it('finds the same, counting places and figures, when it reads the site one place at a time as the build does', async () => {
    const agreement = await siteAgreement(dist);
    expect([agreement.places, agreement.figures]).toEqual([2, 1]);
    expect(agreement.found).toEqual(disagreements(await siteMarks(dist)));
  });
});

describe('siteMarks(dist) on a chart’s CSV', () => {
  const dist = mkdtempSync(join(tmpdir(), 'tabled-chart-csv-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const embed = (model: string) =>
    `<main data-figure-model="${model}"><figure class="chart"><table><thead><tr><th>Period</th><th>Per cent</th></tr></thead><tbody>` +
    '<tr><th>Feb 2025</th><td data-figure="k|feb">30.0%</td></tr><tr><th>Mar 2025</th><td data-figure="k|mar">[c]</td></tr></tbody></table></figure></main>';

  it('keys each cell of a chart’s CSV as its own page keys the cell, in the page’s model, and finds a cell that differs', async () => {
    mkdirSync(join(dist, 'reports/x/v1/figures/trend-k'), { recursive: true });
    writeFileSync(join(dist, 'reports/x/v1/figures/trend-k/index.html'), embed('content/reports/x/versions/1/data'));
    writeFileSync(join(dist, 'reports/x/v1/figures/trend-k.csv'), 'Period,Per cent\nFeb 2025,30.0%\nMar 2025,4\n');
    const marks = await siteMarks(dist);
    expect(marks.filter((m) => m.file.endsWith('.csv')).map((m) => [m.model, m.key, m.text])).toEqual([
      ['content/reports/x/versions/1/data', 'k|feb', '30.0%'],
      ['content/reports/x/versions/1/data', 'k|mar', '4'],
    ]);
    expect(formatDisagreements(disagreements(marks))).toContain('k|mar: "4" in reports/x/v1/figures/trend-k.csv (line 3 column 2) but "[c]" in reports/x/v1/figures/trend-k/index.html (td)');
  });

  it('stops when a chart’s CSV has another number of rows than its page’s table, or no page', async () => {
    writeFileSync(join(dist, 'reports/x/v1/figures/trend-k.csv'), 'Period,Per cent\nFeb 2025,30.0%\n');
    await expect(siteMarks(dist)).rejects.toThrow('reports/x/v1/figures/trend-k.csv has 1 rows but the table on reports/x/v1/figures/trend-k/index.html has 2');
    writeFileSync(join(dist, 'reports/x/v1/figures/other.csv'), 'Period,Per cent\n');
    await expect(siteMarks(dist)).rejects.toThrow("reports/x/v1/figures/other.csv is a chart's CSV but reports/x/v1/figures/other/index.html, the chart's own page, is missing");
  });
});

describe('pageMarks(html) around a chart’s drawing', () => {
  const drawing = (inside: string) => `<svg viewBox="0 0 10 10"><g><text x="1">52.0</text>${inside}</g></svg>`;

  it('finds the same marks with the unmarked drawing left unread, and a mark a drawing holds', () => {
    const html = `<main id="m"><p><span data-figure="a">52.0</span></p>${drawing('')}<table><td data-figure="b">7</td></table>${drawing('<text data-figure="c">8.3%</text>')}</main>`;
    expect(pageMarks(html, 'p.html').map((m) => [m.key, m.text, m.where])).toEqual([
      ['a', '52.0', 'span in #m'],
      ['b', '7', 'td in #m'],
      ['c', '8.3%', 'text in #m'],
    ]);
  });

  it('keeps a drawing whole when a drawing inside it holds a mark', () => {
    const html = `<main><svg><svg><text data-figure="inner">3</text></svg><text data-figure="outer">4</text></svg></main>`;
    expect(pageMarks(html, 'p.html').map((m) => `${m.key}=${m.text}`)).toEqual(['inner=3', 'outer=4']);
  });
});
