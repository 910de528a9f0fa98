import { comparisonChart } from './comparison-chart.ts';
import type { ComparisonChartSpec } from './comparison-chart-spec.ts';
import type { RenderedChart } from './rendered-chart.ts';
import { trendChart } from './trend-chart.ts';
import type { TrendChartSpec } from './trend-chart-spec.ts';

/** A chart to draw, as plain data: it can be drawn here or sent to a worker thread. */
export type ChartJob = { kind: 'trend'; spec: TrendChartSpec } | { kind: 'comparison'; spec: ComparisonChartSpec };

export function drawChart(job: ChartJob): RenderedChart {
  return job.kind === 'trend' ? trendChart(job.spec) : comparisonChart(job.spec);
}
