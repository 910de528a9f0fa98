import { describe, expect, it } from 'vitest';
import {
  financialYearOf,
  monthsIn,
  periodsBetween,
  previousPeriod,
  rolling12Months,
  samePeriodLastYear,
  yearToDateMonths,
} from '../../src/engine/period-arithmetic.ts';
import { formatPeriod } from '../../src/engine/period-format.ts';
import { monthPeriod } from '../../src/engine/period.ts';
import { parsePeriod } from '../../src/engine/period-parse.ts';
import type { Period } from '../../src/engine/period.ts';

function p(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.reason);
  return result.period;
}

const texts = (periods: readonly Period[]) => periods.map(formatPeriod);

describe('previousPeriod', () => {
  it('steps back one period of the same kind', () => {
    expect(formatPeriod(previousPeriod(p('2020-10')))).toBe('2020-09');
    expect(formatPeriod(previousPeriod(p('2021-01')))).toBe('2020-12');
    expect(formatPeriod(previousPeriod(p('2019/20')))).toBe('2018/19');
    expect(formatPeriod(previousPeriod(p('2020')))).toBe('2019');
  });

  it('steps a quarter back to the previous year’s Q4 from Q1', () => {
    expect(formatPeriod(previousPeriod(p('2013/14 Q2')))).toBe('2013/14 Q1');
    expect(formatPeriod(previousPeriod(p('2013/14 Q1')))).toBe('2012/13 Q4');
  });

  it('steps quarters to date back one quarter within the year', () => {
    expect(formatPeriod(previousPeriod(p('2013/14 Q1-Q3')))).toBe('2013/14 Q1-Q2');
    expect(formatPeriod(previousPeriod(p('2013/14 Q1-Q2')))).toBe('2013/14 Q1');
  });

  it('steps a snapshot date back a year, 29 February to 28 February', () => {
    expect(formatPeriod(previousPeriod(p('2020-03-31')))).toBe('2019-03-31');
    expect(formatPeriod(previousPeriod(p('2020-02-29')))).toBe('2019-02-28');
  });
});

describe('samePeriodLastYear', () => {
  it('keeps the kind and moves back twelve months', () => {
    expect(texts(['2020-10', '2019/20', '2013/14 Q1-Q2', '2013/14 Q3', '2020', '2020-03-31'].map((t) => samePeriodLastYear(p(t))))).toEqual(
      ['2019-10', '2018/19', '2012/13 Q1-Q2', '2012/13 Q3', '2019', '2019-03-31'],
    );
  });
});

describe('financialYearOf', () => {
  it('puts April to December in the year starting then and January to March in the year before', () => {
    expect(financialYearOf(monthPeriod(2020, 4))).toEqual({ kind: 'financial-year', startYear: 2020 });
    expect(financialYearOf(monthPeriod(2021, 3))).toEqual({ kind: 'financial-year', startYear: 2020 });
    expect(financialYearOf({ kind: 'date', year: 2020, month: 3, day: 31 })).toEqual({ kind: 'financial-year', startYear: 2019 });
    expect(financialYearOf({ kind: 'quarter', startYear: 2013, quarter: 4, cumulative: false })).toEqual({
      kind: 'financial-year',
      startYear: 2013,
    });
  });
});

describe('yearToDateMonths', () => {
  it('runs from April to the month inclusive', () => {
    expect(texts(yearToDateMonths(monthPeriod(2020, 10)))).toEqual([
      '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10',
    ]);
  });

  it('is April alone in April and twelve months in March', () => {
    expect(texts(yearToDateMonths(monthPeriod(2020, 4)))).toEqual(['2020-04']);
    const march = yearToDateMonths(monthPeriod(2021, 3));
    expect(march).toHaveLength(12);
    expect(formatPeriod(march[0]!)).toBe('2020-04');
  });
});

describe('rolling12Months', () => {
  it('is the month and the eleven before it, oldest first', () => {
    const months = texts(rolling12Months(monthPeriod(2020, 10)));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2019-11');
    expect(months[11]).toBe('2020-10');
  });
});

describe('monthsIn', () => {
  it('lists the months of a financial year, a quarter, quarters to date and a calendar year', () => {
    const year = texts(monthsIn({ kind: 'financial-year', startYear: 2019 }));
    expect([year.length, year[0], year[11]]).toEqual([12, '2019-04', '2020-03']);
    expect(texts(monthsIn({ kind: 'quarter', startYear: 2013, quarter: 4, cumulative: false }))).toEqual([
      '2014-01', '2014-02', '2014-03',
    ]);
    expect(texts(monthsIn({ kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true }))).toEqual([
      '2013-04', '2013-05', '2013-06', '2013-07', '2013-08', '2013-09',
    ]);
    const calendar = texts(monthsIn({ kind: 'calendar-year', year: 2020 }));
    expect([calendar[0], calendar[11]]).toEqual(['2020-01', '2020-12']);
  });
});

describe('periodsBetween', () => {
  it('lists the quarters a regular series has, so that missing ones can be named', () => {
    const q = (startYear: number, quarter: 1 | 2 | 3 | 4) => ({ kind: 'quarter' as const, startYear, quarter, cumulative: false });
    expect(periodsBetween(q(2016, 1), q(2017, 1))).toEqual([q(2016, 1), q(2016, 2), q(2016, 3), q(2016, 4), q(2017, 1)]);
  });

  it('lists months across a year end, and yearly snapshots', () => {
    expect(periodsBetween({ kind: 'month', year: 2020, month: 11 }, { kind: 'month', year: 2021, month: 2 })).toHaveLength(4);
    expect(periodsBetween({ kind: 'date', year: 2019, month: 3, day: 31 }, { kind: 'date', year: 2021, month: 3, day: 31 })).toHaveLength(3);
  });

  it('gives none for periods of different kinds, quarters to date, or dates on different days', () => {
    expect(periodsBetween({ kind: 'month', year: 2020, month: 1 }, { kind: 'financial-year', startYear: 2020 })).toBeUndefined();
    expect(periodsBetween({ kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true }, { kind: 'quarter', startYear: 2013, quarter: 3, cumulative: true })).toBeUndefined();
    expect(periodsBetween({ kind: 'date', year: 2020, month: 6, day: 30 }, { kind: 'date', year: 2021, month: 3, day: 31 })).toBeUndefined();
  });
});
