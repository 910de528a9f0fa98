import { describe, expect, it } from 'vitest';
import { comparePeriods, periodSpan, samePeriod } from '../../src/engine/period-compare.ts';
import { formatPeriod } from '../../src/engine/period-format.ts';
import { parsePeriod } from '../../src/engine/period-parse.ts';
import type { Period } from '../../src/engine/period.ts';

function p(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.reason);
  return result.period;
}

describe('comparePeriods', () => {
  it('sorts months oldest first across a year boundary', () => {
    const sorted = ['2021-01', '2020-10', '2020-12', '2020-11'].map(p).sort(comparePeriods);
    expect(sorted.map(formatPeriod)).toEqual(['2020-10', '2020-11', '2020-12', '2021-01']);
  });

  it('orders mixed kinds by the day they end, the longer first when they end together', () => {
    const sorted = ['2020-03-31', '2019/20', '2020-03', '2019', '2013/14 Q2', '2013/14 Q1-Q2'].map(p).sort(comparePeriods);
    expect(sorted.map(formatPeriod)).toEqual(['2013/14 Q1-Q2', '2013/14 Q2', '2019', '2019/20', '2020-03', '2020-03-31']);
  });

  it('finds a period equal only to itself', () => {
    expect(samePeriod(p('2019/20'), p('2019/20'))).toBe(true);
    expect(samePeriod(p('2013/14 Q2'), p('2013/14 Q1-Q2'))).toBe(false);
    expect(comparePeriods(p('2020-10'), p('2020-10'))).toBe(0);
  });
});

describe('periodSpan', () => {
  it('covers April to March for a financial year and January to March for Q4', () => {
    expect(periodSpan(p('2019/20'))).toEqual({ first: 20190401, last: 20200331 });
    expect(periodSpan(p('2013/14 Q4'))).toEqual({ first: 20140101, last: 20140331 });
    expect(periodSpan(p('2013/14 Q1-Q3'))).toEqual({ first: 20130401, last: 20131231 });
    expect(periodSpan(p('2020-02'))).toEqual({ first: 20200201, last: 20200229 });
  });
});
