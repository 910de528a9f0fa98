import { capitalise } from './capitalise.ts';
import type { ComparisonChartSpec } from './comparison-chart-spec.ts';
import { comparisonRows } from './comparison-rows.ts';
import { tableRow as row, type ChartTable } from './rendered-chart.ts';

/** The comparison's figures as displayed, in the chart's order, then the reference values. */
export function comparisonTable(spec: ComparisonChartSpec): ChartTable {
  const references = [spec.neighbourAverage, spec.england].filter((r) => r !== undefined);
  return {
    caption: spec.subtitle,
    columns: ['Area', spec.xLabel],
    rows: [
      ...comparisonRows(spec).map((r) => row(r.label, r)),
      ...references.map((r) => row(capitalise(r.label), r)),
    ],
  };
}
