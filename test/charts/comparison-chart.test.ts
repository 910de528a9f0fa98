import { describe, expect, it } from 'vitest';
import { comparisonChart } from '../../src/charts/comparison-chart.ts';
import type { ComparisonChartSpec } from '../../src/charts/comparison-chart-spec.ts';
import { PALETTE } from '../../src/charts/palette.ts';
import { expectAccessibleChart } from './chart-checks.ts';
import { careProceedings2020 } from './fixtures/care-proceedings.ts';
import { attribute, groups, tags, texts } from './svg-queries.ts';

/** Bars are the rects inside Plot's "bar" groups (the hatch pattern has a rect of its own). */
function barCount(svg: string): number {
  return [...svg.matchAll(/<g[^>]*data-mark="bar"[^>]*>(.*?)<\/g>/g)].reduce((n, m) => n + (m[1]!.match(/<rect/g)?.length ?? 0), 0);
}

describe('comparisonChart', () => {
  const chart = comparisonChart(careProceedings2020);

  it('passes the checks every chart must pass', () => {
    expectAccessibleChart(chart);
  });

  it('draws a bar for each area with a number and none for the region shown as [x]', () => {
    expect(barCount(chart.svg)).toBe(11);
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['East of England (region)', '[x]']));
  });

  it('marks the council by name, outline and hatching, not by colour alone', () => {
    const { svg } = chart;
    expect(texts(svg)).toContain('Cambridgeshire (this council)');
    const councilGroup = groups(svg, 'bar').find((g) => attribute(g, 'fill')?.startsWith('url('));
    expect(councilGroup).toBeDefined();
    expect(attribute(councilGroup!, 'fill')).toBe('url(#care-proceedings-2020-council-hatch)');
    expect(attribute(councilGroup!, 'stroke')).toBe(PALETTE.councilOutline);
    expect(svg).toMatch(/<pattern\b[^>]*id="care-proceedings-2020-council-hatch"/);
    expect(svg).toMatch(/<g[^>]*font-weight="bold"[^>]*><text[^>]*>Cambridgeshire \(this council\)<\/text>/);
  });

  it('draws the neighbour mean and England as labelled, hidden-from-AT reference lines', () => {
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['Statistical neighbour mean 8.95', 'England 10.80']));
    expect(groups(chart.svg, 'rule').every((g) => attribute(g, 'aria-hidden') === 'true')).toBe(true);
    // Two reference lines and the zero line.
    expect(groups(chart.svg, 'rule')).toHaveLength(3);
  });

  it('sorts bars from the lowest, as the committee table does, or from the highest when asked', () => {
    expect(chart.table.rows.map((r) => r.header).slice(0, 4)).toEqual([
      'Hertfordshire',
      'West Berkshire',
      'Hampshire',
      'Cambridgeshire (this council)',
    ]);
    const ascending = chart.table.rows.map((r) => r.header);
    const descendingSpec: ComparisonChartSpec = { ...careProceedings2020, order: 'descending' };
    const descending = comparisonChart(descendingSpec).table.rows.map((r) => r.header);
    expect(descending.slice(0, 11)).toEqual(ascending.slice(0, 11).reverse());
  });

  it('lists every area in the table with its displayed value or symbol, then the reference values', () => {
    expect(chart.table.caption).toBe(careProceedings2020.subtitle);
    expect(chart.table.columns).toEqual(['Area', 'Care proceedings per 10,000 children']);
    expect(chart.table.rows).toHaveLength(14);
    expect(chart.table.rows.slice(-3)).toEqual([
      { header: 'East of England (region)', cells: ['[x]'] },
      { header: 'Statistical neighbour mean', cells: ['8.95'] },
      { header: 'England', cells: ['10.80'] },
    ]);
  });

  it('never puts a suppressed value anywhere in the SVG, even when passed by mistake', () => {
    const { svg, table } = comparisonChart({
      ...careProceedings2020,
      neighbours: careProceedings2020.neighbours.map((n) => (n.label === 'Wiltshire' ? { ...n, value: 3.14159, display: '[c]' } : n)),
    });
    expect(svg).not.toContain('3.14');
    expect(svg).not.toContain('<title');
    expect(barCount(svg)).toBe(10);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Wiltshire', '[c]']));
    expect(table.rows.find((r) => r.header === 'Wiltshire')).toEqual({ header: 'Wiltshire', cells: ['[c]'] });
  });

  it('gives byte-identical output for the same input', () => {
    expect(comparisonChart(careProceedings2020).svg).toBe(chart.svg);
  });

  it('keeps the reference labels inside the chart', () => {
    const far = comparisonChart({ ...careProceedings2020, england: { label: 'England', value: 11.2, display: '11.20' } });
    const label = tags(far.svg, 'g').find((g) => attribute(g, 'fill') === '#912b88' && attribute(g, 'data-mark') === 'text');
    expect(attribute(label!, 'text-anchor')).toBe('end');
  });
});
