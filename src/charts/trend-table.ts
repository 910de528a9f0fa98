import { capitalise } from './capitalise.ts';
import type { ChartTable } from './rendered-chart.ts';
import type { TrendChartSpec } from './trend-chart-spec.ts';

/** The trend's figures as displayed: one row per period, then one per benchmark and the target. */
export function trendTable(spec: Pick<TrendChartSpec, 'subtitle' | 'yLabel' | 'points' | 'benchmarks' | 'target'>): ChartTable {
  return {
    caption: spec.subtitle,
    columns: ['Period', spec.yLabel],
    rows: [
      ...spec.points.map((p) => ({ header: p.label, cells: [p.display], figures: [p.figure] })),
      ...(spec.benchmarks ?? []).map((b) => ({ header: capitalise(b.label), cells: [b.display], figures: [b.figure] })),
      ...(spec.target ? [{ header: 'Target', cells: [spec.target.display], figures: [spec.target.figure] }] : []),
    ],
  };
}
