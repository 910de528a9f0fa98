import { describe, expect, it } from 'vitest';
import { addMonths, financialYear, monthName, monthPeriod } from '../../../bench/site/months.ts';

describe('months', () => {
  it('adds and subtracts months across year ends', () => {
    expect(addMonths({ year: 2025, month: 3 }, -119)).toEqual({ year: 2015, month: 4 });
    expect(addMonths({ year: 2024, month: 12 }, 1)).toEqual({ year: 2025, month: 1 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
  });

  it('writes the engine period, the name and the financial year', () => {
    expect(monthPeriod({ year: 2025, month: 3 })).toBe('2025-03');
    expect(monthName({ year: 2025, month: 3 })).toBe('March 2025');
    expect(financialYear({ year: 2025, month: 3 })).toBe('2024/25');
    expect(financialYear({ year: 2025, month: 4 })).toBe('2025/26');
  });
});
