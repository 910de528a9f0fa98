import { describe, expect, it } from 'vitest';
import { joinWords } from '../../src/charts/join-words.ts';

describe('joinWords', () => {
  it('joins lists the GOV.UK way, without a serial comma', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['Apr 2020'])).toBe('Apr 2020');
    expect(joinWords(['Apr 2020', 'Jun 2020'])).toBe('Apr 2020 and Jun 2020');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
