import { describe, expect, it } from 'vitest';
import { longest, pushAll } from '../../src/disclosure/bulk.ts';

// More items than a spread into arguments survives: a national site's dataset download has ~860,000 rows.
const MANY = 1_000_000;

describe('bulk helpers', () => {
  it('append a million items where push(...items) overflows the call stack', () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const into = [-1];
    pushAll(into, items);
    expect(into).toHaveLength(MANY + 1);
    expect(into.at(-1)).toBe(MANY - 1);
  });

  it('find the longest of a million lengths, and 0 of none', () => {
    const lengths = Array.from({ length: MANY }, (_, i) => (i === 777_777 ? 42 : i % 7));
    expect(longest(lengths)).toBe(42);
    expect(longest([])).toBe(0);
  });
});
