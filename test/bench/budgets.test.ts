import { describe, expect, it } from 'vitest';
import { budgetLine, GB, LIMITS, verdict } from '../../bench/budgets.ts';

describe('budgets', () => {
  it('passes at the limit and fails above it', () => {
    expect(verdict({ name: 't', limit: 20, measured: 20, unit: 's' })).toBe('pass');
    expect(verdict({ name: 't', limit: 20, measured: 20.01, unit: 's' })).toBe('fail');
    expect(verdict({ name: 't', limit: 20, measured: undefined, unit: 's' })).toBe('not measured');
  });

  it('prints one line with the figure, the limit and how it was measured', () => {
    expect(budgetLine({ name: 'council build time', limit: LIMITS.councilSeconds, measured: 14.23, unit: 's' })).toBe('budget council build time: pass (14.2 s ≤ 20.0 s)');
    expect(budgetLine({ name: 'national peak memory', limit: LIMITS.nationalBytes, measured: 3.5 * GB, unit: 'bytes', basis: 'extrapolated' })).toBe(
      'budget national peak memory: fail (3.50 GB > 3.00 GB, extrapolated)',
    );
    expect(budgetLine({ name: 'report page JavaScript', limit: 0, measured: 0, unit: 'bytes' })).toBe('budget report page JavaScript: pass (0 bytes ≤ 0 bytes)');
  });
});
