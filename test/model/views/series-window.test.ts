/**
 * A report reads only the rows its figures need: the months behind a year to date or 12-month
 * average, a trend's own span, and never a row after its own period. Publishing freezes exactly the
 * rows read (FigureIndex.used), so a version of a September 2023 report holds no row from 2024.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../../src/data/index.ts';
import { comparePeriods, formatPeriod, monthPeriod } from '../../../src/engine/index.ts';
import { FigureIndex } from '../../../src/model/figure-index.ts';
import { summarise } from '../../../src/model/views/summary.ts';
import { trendSpec } from '../../../src/model/views/trend.ts';

const COUNCIL = 'X00000001';
const SEPTEMBER_2023 = monthPeriod(2023, 9);
let dataset: Dataset;

beforeAll(async () => {
  dataset = await loadDataset({ root: '.', dir: 'data' });
});

function usedPeriods(index: FigureIndex, indicator: string): string[] {
  return [...index.used].filter((o) => o.indicator === indicator && o.area === COUNCIL).map((o) => formatPeriod(o.period)).sort();
}

describe('the rows a report reads (Fictional Borough, April 2022 to March 2025)', () => {
  it('for a summary card: the 12 months to the period and the same month a year before, nothing later', () => {
    const index = new FigureIndex(dataset);
    summarise(index, 'early-help-assessments', COUNCIL, SEPTEMBER_2023);
    const periods = usedPeriods(index, 'early-help-assessments');
    expect(periods[0]).toBe(formatPeriod(monthPeriod(2022, 9)));
    expect(periods.at(-1)).toBe(formatPeriod(SEPTEMBER_2023));
    expect(periods).toHaveLength(13);
    expect([...index.used].every((o) => comparePeriods(o.period, SEPTEMBER_2023) <= 0)).toBe(true);
  });

  it('for a trend: its own span', () => {
    const index = new FigureIndex(dataset);
    trendSpec(index, { id: 'trend-test', indicator: 'early-help-assessments', area: COUNCIL, from: monthPeriod(2023, 1), to: SEPTEMBER_2023 });
    expect(usedPeriods(index, 'early-help-assessments')).toHaveLength(9);
    expect([...index.used].every((o) => comparePeriods(o.period, SEPTEMBER_2023) <= 0)).toBe(true);
  });
});
