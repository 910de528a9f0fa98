import { describe, expect, it } from 'vitest';
import { comparisonChart } from '../../src/charts/comparison-chart.ts';
import type { RenderedChart } from '../../src/charts/rendered-chart.ts';
import { trendChart } from '../../src/charts/trend-chart.ts';
import type { TrendChartSpec, TrendPoint } from '../../src/charts/trend-chart-spec.ts';
import { careProceedings2020 } from './fixtures/care-proceedings.ts';
import { fictionalAssessments, fictionalWithGaps } from './fixtures/fictional-assessments.ts';
import { textBoxes, textOutsideViewBox } from './text-bounds.ts';

/** A year of DfE's national figures, as the national pages chart them. */
function year(start: number, value: number): TrendPoint {
  const label = `${start}/${String(start + 1).slice(2)}`;
  return { key: label, label, x: new Date(Date.UTC(start, 3, 1)), value, display: value.toLocaleString('en-GB') };
}

/**
 * Shaped like a national page's DfE chart: five-digit figures and three references with long names,
 * close together, whose labels wrap to four or five lines each in the narrow layout.
 */
const nationalCounts: TrendChartSpec = {
  id: 'national-long-labels',
  title: 'Children in need, Doncaster: 61,870 in 2024/25, lower than England',
  subtitle: 'Children in need, Doncaster, 2020/21 to 2024/25',
  measure: 'Children in need',
  yLabel: 'Number of children',
  points: [year(2020, 58_210), year(2021, 59_930), year(2022, 60_480), year(2023, 61_040), year(2024, 61_870)],
  benchmarks: [
    { label: 'England average (2024/25)', value: 64_120, display: '64,120' },
    { label: 'Yorkshire and The Humber average (2024/25)', value: 63_590, display: '63,590' },
    { label: 'statistical neighbour average (2024/25)', value: 62_870, display: '62,870' },
  ],
  tickDecimals: 0,
  periodWords: { one: 'year', other: 'years' },
};

/** The same with the references spread across the axis and a target, so that labels stack at both ends. */
const nationalSpread: TrendChartSpec = {
  ...nationalCounts,
  id: 'national-spread',
  benchmarks: [
    { label: 'England average (2024/25)', value: 72_410, display: '72,410' },
    { label: 'Yorkshire and The Humber average (2024/25)', value: 71_980, display: '71,980' },
    { label: 'statistical neighbour average (2024/25)', value: 52_300, display: '52,300' },
  ],
  target: { value: 52_000, display: '52,000' },
};

const charts: Record<string, () => RenderedChart> = {
  'trend, fictional assessments': () => trendChart(fictionalAssessments),
  'trend, gaps and target': () => trendChart(fictionalWithGaps),
  'trend, national long labels': () => trendChart(nationalCounts),
  'trend, national long labels spread': () => trendChart(nationalSpread),
  'comparison, care proceedings': () => comparisonChart(careProceedings2020),
};

const layouts = Object.keys(charts).flatMap((name) => [
  [name, 'wide', (chart: RenderedChart) => chart.svg],
  [name, 'narrow', (chart: RenderedChart) => chart.narrowSvg],
] as const);

describe('chart text within the SVG', () => {
  // The SVG clips to its viewBox: a label drawn past an edge is cut off on the page.
  it.each(layouts)('%s, %s layout: every line of text lies inside the viewBox', (name, _layout, pick) => {
    const svg = pick(charts[name]!());
    expect(textOutsideViewBox(svg)).toEqual([]);
  });

  it('keeps every reference label whole, in 14-unit text, whether it fits or not', () => {
    const cases: [TrendChartSpec, string[]][] = [
      [nationalCounts, ['England average (2024/25) 64,120', 'Yorkshire and The Humber average (2024/25) 63,590', 'Statistical neighbour average (2024/25) 62,870']],
      [nationalSpread, ['England average (2024/25) 72,410', 'Yorkshire and The Humber average (2024/25) 71,980', 'Statistical neighbour average (2024/25) 52,300', 'Target 52,000']],
    ];
    for (const [spec, labels] of cases) {
      const chart = trendChart(spec);
      for (const svg of [chart.svg, chart.narrowSvg]) {
        const shown = textBoxes(svg).lines.map((line) => line.text).join(' ');
        for (const label of labels) expect(shown).toContain(label);
        expect(svg).toMatch(/^<svg[^>]* font-size="14"/);
        expect(svg).not.toMatch(/font-size="(?:\d|1[0-3])(?:\.\d+)?"/);
      }
    }
  });

  it('grows a chart only when its labels need the room', () => {
    const height = (svg: string) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)?.[1]);
    expect(height(trendChart(fictionalAssessments).narrowSvg)).toBe(300);
    expect(height(trendChart(nationalCounts).svg)).toBe(320);
    expect(height(trendChart(nationalCounts).narrowSvg)).toBeGreaterThan(300);
    expect(height(trendChart(nationalSpread).narrowSvg)).toBeGreaterThan(height(trendChart(nationalCounts).narrowSvg));
  });

  it('finds text past an edge', () => {
    const svg =
      '<svg viewBox="0 0 100 50" font-size="14"><g transform="translate(0,4)"><text y="0.32em" text-anchor="start">Cut off</text></g>' +
      '<text transform="translate(10,40)"><tspan y="0.71em" x="0">below</tspan></text></svg>';
    const outside = textOutsideViewBox(svg);
    expect(outside).toHaveLength(2);
    expect(outside[0]).toMatch(/^"Cut off" spans x 0–49, y -2\.02–11\.98/);
    expect(outside[1]).toMatch(/^"below"/);
  });
});
