import { describe, expect, it } from 'vitest';
import { publicationDate } from '../../src/publish/publication-date.ts';

describe('publicationDate', () => {
  it('accepts a real day written as YYYY-MM-DD', () => {
    expect(publicationDate('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects days that do not exist and other spellings', () => {
    expect(() => publicationDate('2023-02-29')).toThrow('--date 2023-02-29 is not a date written as YYYY-MM-DD');
    expect(() => publicationDate('28/11/2026')).toThrow('is not a date written as YYYY-MM-DD');
  });

  it('rejects a date before the version it follows, but allows the same day', () => {
    expect(() => publicationDate('2026-11-27', '2026-11-28')).toThrow('--date 2026-11-27 is before the previous version, published 2026-11-28');
    expect(publicationDate('2026-11-28', '2026-11-28')).toBe('2026-11-28');
  });
});

describe('publicationDate against today and the meeting', () => {
  const rules = { today: '2026-12-04', meetingDate: '2025-04-10' };

  it('accepts the day before the meeting, the meeting day, and a republication long after it', () => {
    expect(publicationDate('2025-04-09', undefined, rules)).toBe('2025-04-09');
    expect(publicationDate('2025-03-31', undefined, rules)).toBe('2025-03-31');
    expect(publicationDate('2025-04-10', undefined, rules)).toBe('2025-04-10');
    expect(publicationDate('2026-11-28', undefined, rules)).toBe('2026-11-28');
    expect(publicationDate('2026-12-04', undefined, rules)).toBe('2026-12-04');
  });

  it('refuses a day still to come', () => {
    expect(() => publicationDate('2099-12-31', undefined, rules)).toThrow(
      "--date 2099-12-31 is after today (2026-12-04): a version is dated the day it is published, so give today's date or leave --date out",
    );
  });

  it('refuses a day earlier before the meeting than the agenda window, default or the council’s own', () => {
    expect(() => publicationDate('1990-01-01', undefined, rules)).toThrow(
      '--date 1990-01-01 is 12883 days before the meeting on 2025-04-10, and papers are published at most 10 days before their meeting: give the day the paper was published (a paper republished after its meeting is dated the day it is republished), or set the council\'s "agendaDays" in content/councils/ if it publishes earlier',
    );
    expect(() => publicationDate('2025-03-30', undefined, rules)).toThrow('is 11 days before the meeting on 2025-04-10');
    expect(publicationDate('2025-03-27', undefined, { ...rules, agendaDays: 14 })).toBe('2025-03-27');
  });
});
