import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { formatFigure, parsePeriod, type Period } from '../../src/engine/index.ts';
import { FigureIndex } from '../../src/model/figure-index.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

describe('FigureIndex on the example data folder', () => {
  let index: FigureIndex;
  beforeAll(async () => {
    index = new FigureIndex(await loadDataset({ root: '.', dir: 'data' }));
  });

  it('computes a percentage from the numerator and denominator the paper gives (55 of 99 → 55.6%)', () => {
    const found = index.require({ indicator: 's47-to-initial-conference', area: 'E10000003', period: period('2020-10') });
    expect(formatFigure(found.figure)).toBe('55.6%');
    expect(found.figure.method).toBe('55 ÷ 99 × 100');
    expect(found.figure.inputs[0]?.source).toMatch(/^data\/observations\/cambridgeshire\.csv:\d+$/);
  });

  it('finds an area by its DfE code as well as its ONS code', () => {
    const byDfe = index.require({ indicator: 'children-in-care', area: '873', period: period('2020-10-31') });
    expect(formatFigure(byDfe.figure)).toBe('681');
  });

  it('suppresses a percentage built on fewer than 5 children, leaving no number in it', () => {
    const found = index.require({ indicator: 'cp-plans-second-or-subsequent', area: 'X00000001', period: period('2022-08') });
    expect(found.figure.symbol).toBe('c');
    expect(found.figure.value).toBeUndefined();
    expect(found.figure.unrounded).toBeUndefined();
    expect(JSON.stringify(found.figure)).not.toMatch(/"1"|"11"/);
    expect(formatFigure(found.figure)).toBe('[c]');
  });

  it('keeps figures about staff unsuppressed: caseloads are per social worker, not per child', () => {
    const rows = index.breakdowns({ indicator: 'average-caseload', area: 'E10000003', period: period('2020-11-06') });
    expect(rows.map((row) => [row.breakdown, formatFigure(row.figure)])).toContainEqual(['Family Safeguarding', '17.0']);
  });

  it('gives a series oldest first, so trends read left to right', () => {
    const series = index.series({ indicator: 'assessments-within-45-days', area: 'X00000001' });
    expect(series.length).toBe(36);
    expect(series[0]?.observation.period).toEqual(period('2022-04'));
    expect(series.at(-1)?.observation.period).toEqual(period('2025-03'));
  });

  it('gives a window of a series with both ends included, and nothing for a window outside it', () => {
    const q = { indicator: 'assessments-within-45-days', area: 'X00000001' };
    const periods = (from?: string, to?: string) =>
      index.series(q, { from: from === undefined ? undefined : period(from), to: to === undefined ? undefined : period(to) }).map((e) => e.observation.period);
    expect(periods('2023-01', '2023-03')).toEqual([period('2023-01'), period('2023-02'), period('2023-03')]);
    expect(periods(undefined, '2022-05')).toEqual([period('2022-04'), period('2022-05')]);
    expect(periods('2025-02')).toEqual([period('2025-02'), period('2025-03')]);
    expect(periods('2019-01', '2030-12')).toHaveLength(36);
    expect(periods('2025-04')).toEqual([]);
    expect(periods('2023-05', '2023-04')).toEqual([]);
  });

  it('names what exists when a report asks for a period the data does not have', () => {
    expect(() => index.require({ indicator: 's47-to-initial-conference', area: 'E10000003', period: period('2020-11') })).toThrow(
      'no figure for indicator "s47-to-initial-conference", area E10000003 (Cambridgeshire), period 2020-11: the data has 2020-10. Add the row to data/observations/, or change the period in the report.',
    );
  });

  it('rejects an unknown indicator with the one it was probably meant to be, and the fix', () => {
    expect(() => index.series({ indicator: 'assesments', area: 'E10000003' })).toThrow(
      'indicator "assesments" is not in data/indicators.csv: did you mean "assessments"? Correct the spelling, or add it to the catalogue',
    );
  });
});
