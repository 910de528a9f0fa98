import { describe, expect, it } from 'vitest';
import { formatPeriod, longDate, periodKey, periodLabel } from '../../src/engine/period-format.ts';
import { parsePeriod } from '../../src/engine/period-parse.ts';
import type { Period } from '../../src/engine/period.ts';

const q2: Period = { kind: 'quarter', startYear: 2013, quarter: 2, cumulative: false };
const q1q2: Period = { kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true };

describe('formatPeriod', () => {
  it('writes the canonical text that parsePeriod reads back', () => {
    for (const text of ['2020-10', '2019/20', '1999/00', '2013/14 Q2', '2013/14 Q1-Q4', '2020', '2020-03-31']) {
      const parsed = parsePeriod(text);
      expect(parsed.ok && formatPeriod(parsed.period)).toBe(text);
    }
  });
});

describe('periodLabel', () => {
  it('names months, financial years and dates in en-GB words', () => {
    expect(periodLabel({ kind: 'month', year: 2020, month: 10 })).toBe('Oct 2020');
    expect(periodLabel({ kind: 'financial-year', startYear: 2019 })).toBe('2019/20');
    expect(periodLabel({ kind: 'calendar-year', year: 2020 })).toBe('2020');
    expect(periodLabel({ kind: 'date', year: 2020, month: 3, day: 31 })).toBe('31 March 2020');
    expect(periodLabel({ kind: 'date', year: 2021, month: 4, day: 1 })).toBe('1 April 2021');
  });

  it('names a quarter alone and quarters to date with their months', () => {
    expect(periodLabel(q2)).toBe('Q2 2013/14 (Jul–Sep)');
    expect(periodLabel(q1q2)).toBe('Q1–Q2 2013/14 (Apr–Sep)');
    expect(periodLabel({ kind: 'quarter', startYear: 2013, quarter: 4, cumulative: false })).toBe('Q4 2013/14 (Jan–Mar)');
    expect(periodLabel({ kind: 'quarter', startYear: 2013, quarter: 4, cumulative: true })).toBe('Q1–Q4 2013/14 (Apr–Mar)');
  });
});

describe('periodKey', () => {
  it('tells a quarter alone from quarters to date and a month from a date', () => {
    expect(periodKey(q2)).not.toBe(periodKey(q1q2));
    expect(periodKey({ kind: 'month', year: 2020, month: 3 })).toBe('month:2020-03');
    expect(periodKey({ kind: 'date', year: 2020, month: 3, day: 31 })).toBe('date:2020-03-31');
  });
});

describe('longDate', () => {
  it('writes an ISO date as an English reader does, the day without a leading zero', () => {
    expect(longDate('2020-12-01')).toBe('1 December 2020');
    expect(longDate('2025-03-31')).toBe('31 March 2025');
    expect(longDate('2009-07-07')).toBe('7 July 2009');
  });

  it('agrees with the en-GB date format on every day of a leap year', () => {
    const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let day = new Date(Date.UTC(2024, 0, 1)); day.getUTCFullYear() === 2024; day = new Date(day.getTime() + 86_400_000)) {
      const iso = day.toISOString().slice(0, 10);
      expect(longDate(iso), iso).toBe(format.format(day));
    }
  });

  it('refuses anything but YYYY-MM-DD, rather than print a wrong date', () => {
    expect(() => longDate('2020-12-01T00:00')).toThrow('"2020-12-01T00:00" is not a date written as YYYY-MM-DD');
    expect(() => longDate('1/12/2020')).toThrow(/not a date/);
  });
});
