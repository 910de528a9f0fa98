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
