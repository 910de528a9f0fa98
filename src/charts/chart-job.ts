import { comparisonChart } from './comparison-chart.ts';
import type { ComparisonChartSpec } from './comparison-chart-spec.ts';
import { comparisonTable } from './comparison-table.ts';
import type { ChartTable, RenderedChart } from './rendered-chart.ts';
import { trendChart } from './trend-chart.ts';
import type { TrendChartSpec } from './trend-chart-spec.ts';
import { trendTable } from './trend-table.ts';

/** A chart to draw, as plain data: it can be drawn here or sent to a worker thread. */
export type ChartJob = { kind: 'trend'; spec: TrendChartSpec } | { kind: 'comparison'; spec: ComparisonChartSpec };

export function drawChart(job: ChartJob): RenderedChart {
  return job.kind === 'trend' ? trendChart(job.spec) : comparisonChart(job.spec);
}

/** The table of the numbers a chart would show, without drawing it. */
export function chartTable(job: ChartJob): ChartTable {
  return job.kind === 'trend' ? trendTable(job.spec) : comparisonTable(job.spec);
}
