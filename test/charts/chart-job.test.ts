import { describe, expect, it } from 'vitest';
import { chartTable, drawChart, type ChartJob } from '../../src/charts/chart-job.ts';
import { careProceedings2020 } from './fixtures/care-proceedings.ts';
import { fictionalWithGaps } from './fixtures/fictional-assessments.ts';

const jobs: ChartJob[] = [
  { kind: 'trend', spec: fictionalWithGaps },
  { kind: 'comparison', spec: careProceedings2020 },
];

describe('chart jobs', () => {
  it.each(jobs)('a $kind chart drawn has an SVG, its description and its table', (job) => {
    const chart = drawChart(job);
    expect(chart.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(chart.description.length).toBeGreaterThan(20);
    expect(chart.table.rows.length).toBeGreaterThan(0);
  });

  it.each(jobs)('the table of a $kind chart, without drawing it, is the table the drawn chart carries', (job) => {
    expect(chartTable(job)).toEqual(drawChart(job).table);
  });

  it('a job survives structured cloning, as it must to reach a worker thread', () => {
    for (const job of jobs) expect(drawChart(structuredClone(job))).toEqual(drawChart(job));
  });
});
