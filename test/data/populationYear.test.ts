import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../src/engine/periods.ts';
import { populationYear } from '../../src/data/population-year.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

describe('populationYear', () => {
  it('uses the previous mid-year estimate for a 31 March snapshot, as DfE does', () => {
    expect(populationYear(period('2020-03-31'))).toBe(2019);
  });

  it('uses the estimate from the June inside a financial year or quarter', () => {
    expect(populationYear(period('2019/20'))).toBe(2019);
    expect(populationYear(period('2013/14 Q2'))).toBe(2013);
    expect(populationYear(period('2013/14 Q1'))).toBe(2013);
  });

  it('uses the same year for a month from June and the year before for a month before June', () => {
    expect(populationYear(period('2020-10'))).toBe(2020);
    expect(populationYear(period('2020-06'))).toBe(2020);
    expect(populationYear(period('2020-05'))).toBe(2019);
    expect(populationYear(period('2020'))).toBe(2020);
  });
});
