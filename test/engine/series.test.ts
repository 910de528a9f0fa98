import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../src/engine/period.ts';
import {
  findPeriod,
  previousValue,
  rollingAverage,
  sameMonthLastYear,
  yearToDate,
  type CountRow,
  type FractionRow,
} from '../../src/engine/series.ts';

// Referrals a month, Aug 2021 to Jul 2022, shaped like Barnsley's July 2022 briefing (seed 002).
const referrals: CountRow[] = [
  [2021, 8, 198], [2021, 9, 205], [2021, 10, 187], [2021, 11, 214], [2021, 12, 171], [2022, 1, 203],
  [2022, 2, 209], [2022, 3, 231], [2022, 4, 176], [2022, 5, 264], [2022, 6, 322], [2022, 7, 247],
].map(([year, month, value]) => ({ period: monthPeriod(year!, month!), value: value!, source: `referrals.csv:${month}` }));

// Assessments completed within 45 working days: on time and completed, Apr–Jul 2022.
const assessments: FractionRow[] = [
  { period: monthPeriod(2022, 4), numerator: 250, denominator: 252 },
  { period: monthPeriod(2022, 5), numerator: 301, denominator: 305 },
  { period: monthPeriod(2022, 6), numerator: 296, denominator: 300 },
  { period: monthPeriod(2022, 7), numerator: 236, denominator: 240 },
];

describe('yearToDate for percentages', () => {
  it('sums numerators and denominators from April, then divides once', () => {
    const figure = yearToDate(assessments, monthPeriod(2022, 7), { measure: 'percentage', decimals: 1 });
    // (250 + 301 + 296 + 236) / (252 + 305 + 300 + 240) = 1083 / 1097
    expect(figure.value).toBe(98.7);
    expect(figure.method).toBe('year to date Apr 2022 to Jul 2022: 1083 ÷ 1097 × 100 (sums of 4 months)');
    expect(figure.inputs).toHaveLength(8);
    expect(figure.inputs[0]).toEqual({ role: 'numerator Apr 2022', value: '250' });
  });

  it('is not the mean of the monthly percentages', () => {
    const rows: FractionRow[] = [
      { period: monthPeriod(2022, 4), numerator: 1, denominator: 2 },
      { period: monthPeriod(2022, 5), numerator: 99, denominator: 100 },
    ];
    // The mean of 50% and 99% would be 74.5%; 100 of 102 is 98.0%.
    expect(yearToDate(rows, monthPeriod(2022, 5), { measure: 'percentage', decimals: 1 }).value).toBe(98);
  });

  it('starts again in April: the year to date of April is April alone', () => {
    const figure = yearToDate(assessments, monthPeriod(2022, 4), { measure: 'percentage', decimals: 1 });
    expect(figure.value).toBe(99.2);
    expect(figure.inputs).toHaveLength(2);
  });

  it('gives [x] and names the missing months instead of counting them as zero', () => {
    const gappy = assessments.filter((row) => row.period.kind === 'month' && row.period.month !== 5 && row.period.month !== 6);
    const figure = yearToDate(gappy, monthPeriod(2022, 7), { measure: 'percentage', decimals: 1 });
    expect(figure.symbol).toBe('x');
    expect(figure.value).toBeUndefined();
    expect(figure.method).toBe('year to date Apr 2022 to Jul 2022 cannot be worked out: no figures for May 2022 and Jun 2022');
  });

  it('gives [c] when a month is suppressed, with no number for that month anywhere', () => {
    const rows: FractionRow[] = [...assessments.slice(0, 3), { period: monthPeriod(2022, 7), numerator: 'c', denominator: 'c' }];
    const figure = yearToDate(rows, monthPeriod(2022, 7), { measure: 'percentage', decimals: 1 });
    expect(figure.symbol).toBe('c');
    expect(figure.method).toBe('year to date Apr 2022 to Jul 2022 cannot be worked out: no number for Jul 2022');
    expect(figure.inputs.filter((i) => i.role.endsWith('Jul 2022')).map((i) => i.value)).toEqual(['[c]', '[c]']);
  });

  it('refuses two rows for the same month', () => {
    expect(() => yearToDate([...assessments, assessments[0]!], monthPeriod(2022, 7), { measure: 'percentage', decimals: 1 })).toThrow(
      'Two rows for Apr 2022: a series has one row per period',
    );
  });
});

describe('yearToDate for counts', () => {
  it('sums the counts from April to the month', () => {
    const figure = yearToDate(referrals, monthPeriod(2022, 7), { measure: 'count' });
    expect(figure).toMatchObject({ unit: 'count', value: 176 + 264 + 322 + 247, decimals: 0 });
    expect(figure.method).toBe('year to date Apr 2022 to Jul 2022: sum of 4 months');
    expect(figure.inputs.map((i) => i.role)).toEqual(['count Apr 2022', 'count May 2022', 'count Jun 2022', 'count Jul 2022']);
  });

  it('sums decimal values exactly', () => {
    const fte: CountRow[] = [
      { period: monthPeriod(2022, 4), value: '0.1' },
      { period: monthPeriod(2022, 5), value: '0.2' },
    ];
    expect(yearToDate(fte, monthPeriod(2022, 5), { measure: 'count' })).toMatchObject({ value: 0.3, decimals: 1 });
  });
});

describe('rollingAverage', () => {
  it('is the mean of the last twelve months', () => {
    const figure = rollingAverage(referrals, monthPeriod(2022, 7));
    // 2627 referrals over 12 months
    expect(figure.value).toBe(218.9);
    expect(figure.method).toBe('12-month average Aug 2021 to Jul 2022: 2627 ÷ 12');
    expect(figure.inputs).toHaveLength(12);
  });

  it('rounds to the places asked for, half away from zero', () => {
    expect(rollingAverage(referrals, monthPeriod(2022, 7), { decimals: 0 }).value).toBe(219);
    // The last three months: (322 + 247 + 264) / 3 = 277.666…
    expect(rollingAverage(referrals, monthPeriod(2022, 7), { months: 3, decimals: 2 }).value).toBe(277.67);
  });

  it('gives [x] naming the month when one of the twelve is missing', () => {
    const figure = rollingAverage(referrals, monthPeriod(2022, 8));
    expect(figure.symbol).toBe('x');
    expect(figure.method).toBe('12-month average Sep 2021 to Aug 2022 cannot be worked out: no figures for Aug 2022');
  });
});

describe('previousValue and sameMonthLastYear', () => {
  it('find the row for the previous month and for the same month a year before', () => {
    expect(previousValue(referrals, monthPeriod(2022, 7))?.value).toBe(322);
    expect(sameMonthLastYear(referrals, monthPeriod(2022, 8))?.value).toBe(198);
  });

  it('give undefined, never zero, when that period is not in the series', () => {
    expect(previousValue(referrals, monthPeriod(2021, 8))).toBeUndefined();
    expect(sameMonthLastYear(referrals, monthPeriod(2022, 7))).toBeUndefined();
    expect(findPeriod(referrals, { kind: 'financial-year', startYear: 2021 })).toBeUndefined();
  });
});
