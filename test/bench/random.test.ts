import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/random.ts';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('gives a different sequence for another seed', () => {
    expect(seededRandom(7)()).not.toBe(seededRandom(8)());
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const next = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, next);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((s, d) => s + d, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
