import { describe, expect, it } from 'vitest';
import { capitalise } from '../../src/charts/capitalise.ts';

describe('capitalise', () => {
  it('upper-cases only the first letter', () => {
    expect(capitalise('statistical neighbour average')).toBe('Statistical neighbour average');
    expect(capitalise('')).toBe('');
  });
});
