import { describe, expect, it } from 'vitest';
import { missingGroups } from '../../src/charts/missing-groups.ts';

describe('missingGroups', () => {
  it('groups entries by what is shown instead of a number, in order of first appearance', () => {
    expect(
      missingGroups([
        { label: 'Apr 2020', display: '[c]' },
        { label: 'May 2020', display: '[x]' },
        { label: 'Jun 2020', display: '[c]' },
        { label: 'Jul 2020', display: '■' },
      ]),
    ).toEqual([
      { display: '[c]', reason: 'suppressed', labels: ['Apr 2020', 'Jun 2020'] },
      { display: '[x]', reason: 'not available', labels: ['May 2020'] },
      { display: '■', reason: 'without a figure', labels: ['Jul 2020'] },
    ]);
  });
});
