import { capitalise } from './capitalise.ts';
import { tableRow as row, type ChartTable } from './rendered-chart.ts';
import type { TrendChartSpec } from './trend-chart-spec.ts';

/** The trend's figures as displayed: one row per period, then one per benchmark and the target. */
export function trendTable(spec: Pick<TrendChartSpec, 'subtitle' | 'yLabel' | 'points' | 'benchmarks' | 'target'>): ChartTable {
  return {
    caption: spec.subtitle,
    columns: ['Period', spec.yLabel],
    rows: [
      ...spec.points.map((p) => row(p.label, p)),
      ...(spec.benchmarks ?? []).map((b) => row(capitalise(b.label), b)),
      ...(spec.target ? [row('Target', spec.target)] : []),
    ],
  };
}
