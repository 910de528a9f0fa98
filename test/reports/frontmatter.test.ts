import { describe, expect, it } from 'vitest';
import { calendarDateProblem, datesAsWritten, reportFrontmatterSchema, writtenDates } from '../../src/data/reports/frontmatter.ts';

const FILE = 'content/reports/x/index.mdx';
const source = (meetingDate: string) => `---\ntitle: X\nmeetingDate: ${meetingDate}\nperiod: "2025-03-31" # a count at a date\n---\n\nText.\n`;

describe('calendarDateProblem', () => {
  it('accepts days on the calendar, 29 February in a leap year included', () => {
    expect(['2025-02-28', '2024-02-29', '2025-12-31', '2000-02-29'].map(calendarDateProblem)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('says why a day is not on the calendar', () => {
    expect(calendarDateProblem('2025-02-30')).toBe('is not a date: February 2025 has 28 days');
    expect(calendarDateProblem('1900-02-29')).toBe('is not a date: February 1900 has 28 days');
    expect(calendarDateProblem('2025-04-31')).toBe('is not a date: April 2025 has 30 days');
    expect(calendarDateProblem('2025-13-01')).toBe('is not a date: the month is 13, and months run from 01 to 12');
    expect(calendarDateProblem('2025-00-10')).toBe('is not a date: the month is 00, and months run from 01 to 12');
    expect(calendarDateProblem('2025-01-00')).toBe('is not a date: January 2025 has 31 days');
  });
});

describe('front matter dates as written', () => {
  it('finds each date-like value with its line and column, quoted or not', () => {
    expect(writtenDates(source('2025-02-30'))).toEqual([
      { key: 'meetingDate', text: '2025-02-30', line: 3, column: 14 },
      { key: 'period', text: '2025-03-31', line: 4, column: 10 },
    ]);
  });

  it('gives back the text for a date YAML parsed (an unquoted 2025-04-22 is a Date to YAML)', () => {
    expect(datesAsWritten({ title: 'X', meetingDate: new Date(Date.UTC(2025, 3, 22)) }, source('2025-04-22'), FILE)).toEqual({ title: 'X', meetingDate: '2025-04-22' });
  });

  it.each([
    ['2025-02-30', `${FILE}:3:14 meetingDate: 2025-02-30 is not a date: February 2025 has 28 days. Write a real date as YYYY-MM-DD, e.g. 2025-02-28.`],
    ['2025-13-01', `${FILE}:3:14 meetingDate: 2025-13-01 is not a date: the month is 13, and months run from 01 to 12. Write a real date as YYYY-MM-DD, e.g. 2025-12-31.`],
    ['"2025-04-31"', `${FILE}:3:15 meetingDate: 2025-04-31 is not a date: April 2025 has 30 days. Write a real date as YYYY-MM-DD, e.g. 2025-04-30.`],
  ])('refuses meetingDate: %s at its line and column, which YAML alone would move to another day', (written, message) => {
    // What YAML makes of them: 2 March 2025, 1 January 2026, the text itself.
    const parsed = written.startsWith('"') ? written.slice(1, -1) : new Date(Date.UTC(...(written.split('-').map(Number) as [number, number, number]).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number]));
    expect(() => datesAsWritten({ meetingDate: parsed }, source(written), FILE)).toThrow(message);
  });

  it('leaves the schema to refuse a date in another format, as it always has', () => {
    const parsed = reportFrontmatterSchema.shape.meetingDate.safeParse('10/04/2025');
    expect(parsed.error?.issues[0]?.message).toBe('must be a date written as YYYY-MM-DD, e.g. 2020-12-01');
    expect(reportFrontmatterSchema.shape.meetingDate.safeParse('2025-02-30').error?.issues[0]?.message).toBe('2025-02-30 is not a date: February 2025 has 28 days');
  });
});
