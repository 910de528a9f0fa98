import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.ts';

describe('src/charts/index.ts', () => {
  it('exports the builders, the descriptions and the contrast check the component and tests use', () => {
    for (const name of ['trendChart', 'comparisonChart', 'describeTrend', 'describeComparison', 'contrastRatio', 'chartIds']) {
      expect(typeof (charts as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(charts.CHART_CLASS).toBe('tabled-chart');
  });
});
