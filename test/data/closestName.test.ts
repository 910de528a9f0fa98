import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/data/closest-name.ts';

describe('closestName', () => {
  const columns = ['indicator', 'area', 'period', 'numerator', 'denominator', 'value', 'marker', 'note'];

  it('suggests the column a typing slip was meant to be, ignoring case', () => {
    expect(closestName('denominatr', columns)).toBe('denominator');
    expect(closestName('Marker', columns)).toBe('marker');
    expect(closestName('peroid', columns)).toBe('period');
  });

  it('suggests nothing when no name is close', () => {
    expect(closestName('comment', columns)).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});
