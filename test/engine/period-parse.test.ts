import { describe, expect, it } from 'vitest';
import { parseEesTimePeriod, parsePeriod } from '../../src/engine/period-parse.ts';

function reason(text: string): string {
  const result = parsePeriod(text);
  if (result.ok) throw new Error(`expected "${text}" to fail`);
  return result.reason;
}

describe('parsePeriod', () => {
  it('reads each kind of period from its canonical text', () => {
    expect(parsePeriod('2020-10')).toEqual({ ok: true, period: { kind: 'month', year: 2020, month: 10 } });
    expect(parsePeriod('2019/20')).toEqual({ ok: true, period: { kind: 'financial-year', startYear: 2019 } });
    expect(parsePeriod('2013/14 Q2')).toEqual({
      ok: true,
      period: { kind: 'quarter', startYear: 2013, quarter: 2, cumulative: false },
    });
    expect(parsePeriod('2013/14 Q1-Q2')).toEqual({
      ok: true,
      period: { kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true },
    });
    expect(parsePeriod('2020')).toEqual({ ok: true, period: { kind: 'calendar-year', year: 2020 } });
    expect(parsePeriod('2020-03-31')).toEqual({ ok: true, period: { kind: 'date', year: 2020, month: 3, day: 31 } });
  });

  it('accepts the en dash readers see in labels for quarters to date', () => {
    expect(parsePeriod('2013/14 Q1–Q3')).toEqual({
      ok: true,
      period: { kind: 'quarter', startYear: 2013, quarter: 3, cumulative: true },
    });
  });

  it('reads a financial year across the century', () => {
    expect(parsePeriod('1999/00')).toEqual({ ok: true, period: { kind: 'financial-year', startYear: 1999 } });
  });

  it('says a month outside 01–12 is not a real month', () => {
    expect(reason('2020-13')).toBe('"2020-13" is not a real month: months run from 01 to 12');
    expect(reason('2020-00')).toBe('"2020-00" is not a real month: months run from 01 to 12');
  });

  it('says an impossible date is not a real date and how many days the month has', () => {
    expect(reason('2021-02-29')).toBe('"2021-02-29" is not a real date: February 2021 has 28 days');
    expect(reason('2020-04-31')).toBe('"2020-04-31" is not a real date: April 2020 has 30 days');
    expect(parsePeriod('2020-02-29').ok).toBe(true);
  });

  it('says which financial year was meant when the second part does not follow', () => {
    expect(reason('2019/21')).toBe('"2019/21" is not a financial year: the year after 2019 ends in 20, so write 2019/20');
    expect(reason('2013/15 Q2')).toBe('"2013/15 Q2" is not a financial year: the year after 2013 ends in 14, so write 2013/14');
  });

  it('explains quarters that do not exist or do not start at Q1', () => {
    expect(reason('2013/14 Q5')).toBe(
      '"2013/14 Q5" is not a real quarter: financial quarters run from Q1 (Apr–Jun) to Q4 (Jan–Mar)',
    );
    expect(reason('2013/14 Q2-Q3')).toBe(
      '"2013/14 Q2-Q3" is not a period: quarters added together start at Q1 (1 April), e.g. 2013/14 Q1-Q3',
    );
    expect(reason('2013/14 Q1-Q1')).toBe('"2013/14 Q1-Q1" runs from Q1 to Q1: write 2013/14 Q1');
  });

  it('refuses a year that starts with 0, a typo that has no four-digit text to write back (found by a property)', () => {
    expect(parsePeriod('0202-10')).toEqual({
      ok: false,
      reason: '"0202-10" is not a period: the year 0202 starts with 0; write the year in full, e.g. 2020',
    });
    expect(parsePeriod('0000')).toMatchObject({ ok: false });
    expect(parsePeriod('0019/20')).toMatchObject({ ok: false });
    expect(parsePeriod('0999-12-31')).toMatchObject({ ok: false });
    expect(parsePeriod('1000-01')).toMatchObject({ ok: true });
  });

  it('lists what to write for text that is not a period at all', () => {
    expect(reason('31/03/2020')).toBe(
      '"31/03/2020" is not a period: write 2020-03-31, 2020-10, 2019/20, 2013/14 Q2 or 2020',
    );
    expect(reason('Oct 2020')).toContain('"Oct 2020" is not a period');
    expect(reason(' ')).toBe('A period is empty: write 2020-03-31, 2020-10, 2019/20, 2013/14 Q2 or 2020');
  });
});

describe('parseEesTimePeriod', () => {
  it('reads an EES financial year written 201920 as 2019/20', () => {
    expect(parseEesTimePeriod('201920', 'Financial year')).toEqual({
      ok: true,
      period: { kind: 'financial-year', startYear: 2019 },
    });
  });

  it('reads a reporting year 2020 as the year ending 31 March 2020, i.e. 2019/20', () => {
    expect(parseEesTimePeriod('2020', 'Reporting year')).toEqual({
      ok: true,
      period: { kind: 'financial-year', startYear: 2019 },
    });
  });

  it('reads calendar years, financial quarters and months', () => {
    expect(parseEesTimePeriod('2020', 'Calendar year')).toEqual({ ok: true, period: { kind: 'calendar-year', year: 2020 } });
    expect(parseEesTimePeriod('201314', 'Financial year Q2')).toEqual({
      ok: true,
      period: { kind: 'quarter', startYear: 2013, quarter: 2, cumulative: false },
    });
    expect(parseEesTimePeriod('2020', 'October')).toEqual({ ok: true, period: { kind: 'month', year: 2020, month: 10 } });
  });

  it('refuses mismatched periods and identifiers it does not know, naming them', () => {
    expect(parseEesTimePeriod('2020', 'Financial year')).toEqual({
      ok: false,
      reason: '"2020" (Financial year) is not a financial year: EES writes 2019/20 as 201920',
    });
    expect(parseEesTimePeriod('201921', 'Financial year').ok).toBe(false);
    expect(parseEesTimePeriod('201920', 'Reporting year')).toEqual({
      ok: false,
      reason: '"201920" (Reporting year) is not a year: EES writes a reporting year as four digits, e.g. 2020',
    });
    const academic = parseEesTimePeriod('201920', 'Academic year');
    expect(academic.ok ? '' : academic.reason).toContain('EES time identifier "Academic year" is not one this project reads');
  });
});
