import { describe, expect, it } from 'vitest';
import { temporalCoverage } from '../../src/publish/discovery/temporal-coverage.ts';

describe('temporalCoverage', () => {
  it('writes each kind of report period as an ISO 8601 interval of whole days, or the day of a snapshot', () => {
    expect(temporalCoverage('2020-10')).toBe('2020-10-01/2020-10-31');
    expect(temporalCoverage('2024-02')).toBe('2024-02-01/2024-02-29');
    expect(temporalCoverage('2008/09')).toBe('2008-04-01/2009-03-31');
    expect(temporalCoverage('2013/14 Q1-Q2')).toBe('2013-04-01/2013-09-30');
    expect(temporalCoverage('2013/14 Q4')).toBe('2014-01-01/2014-03-31');
    expect(temporalCoverage('2020')).toBe('2020-01-01/2020-12-31');
    expect(temporalCoverage('2020-03-31')).toBe('2020-03-31');
  });

  it("passes on the engine's reason for a period it cannot read", () => {
    expect(() => temporalCoverage('Oct 2020')).toThrow('"Oct 2020" is not a period');
  });
});
