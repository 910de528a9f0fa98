import { describe, expect, it } from 'vitest';
import { chartSlug, figureNumberSlot, numberFigures, ReportCharts } from '../../src/publish/report-charts.ts';

const chart = { job: { kind: 'trend', spec: {} } as never, title: 'T', subtitle: 'S', source: 'Source: x.' };

describe('chartSlug', () => {
  it('names a chart by its kind, indicator and what else tells it apart, in address-safe words', () => {
    expect(chartSlug('trend', 'referrals')).toBe('trend-referrals');
    expect(chartSlug('trend', 'referrals', undefined, undefined, 'from-2024-04')).toBe('trend-referrals-from-2024-04');
    expect(chartSlug('comparison', 'care-proceedings-rate', 'E08000016', '2019/20', 'median')).toBe('comparison-care-proceedings-rate-e08000016-2019-20-median');
  });
});

describe('ReportCharts', () => {
  it('gives each chart its addresses under the page’s, and a second chart alike in every part a count', () => {
    const charts = new ReportCharts('/reports/x/v2/');
    expect(charts.add('trend-referrals', chart)).toEqual({ slug: 'trend-referrals', csv: '/reports/x/v2/figures/trend-referrals.csv', embed: '/reports/x/v2/figures/trend-referrals/', anchor: 'figure-trend-referrals' });
    expect(charts.add('trend-referrals', chart).slug).toBe('trend-referrals-2');
    expect(charts.charts.map((c) => c.slug)).toEqual(['trend-referrals', 'trend-referrals-2']);
  });
});

describe('numberFigures', () => {
  it('numbers charts as they stand in the HTML, whatever order they were added in, and names the section of each', () => {
    const html = `<h2 id="a">1. Referrals</h2><p>${figureNumberSlot('trend-b')}B</p><h2 id="b">2. Children &amp; care</h2><p>${figureNumberSlot('trend-a')}A</p>`;
    const { html: numbered, figures } = numberFigures(html);
    expect(numbered).toBe('<h2 id="a">1. Referrals</h2><p><span class="figure-number">Figure 1: </span>B</p><h2 id="b">2. Children &amp; care</h2><p><span class="figure-number">Figure 2: </span>A</p>');
    expect(figures).toEqual([
      { slug: 'trend-b', number: 1, section: { id: 'a', text: '1. Referrals' } },
      { slug: 'trend-a', number: 2, section: { id: 'b', text: '2. Children & care' } },
    ]);
  });

  it('leaves a chart before any section without one', () => {
    expect(numberFigures(figureNumberSlot('trend-a')).figures).toEqual([{ slug: 'trend-a', number: 1, section: undefined }]);
  });
});
