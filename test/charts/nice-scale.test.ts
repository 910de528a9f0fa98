import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/charts/nice-scale.ts';

describe('niceScale', () => {
  it('widens an extent to round ticks', () => {
    expect(niceScale(72, 90)).toEqual({ domain: [70, 90], ticks: [70, 75, 80, 85, 90] });
    expect(niceScale(0, 11.2)).toEqual({ domain: [0, 12], ticks: [0, 2, 4, 6, 8, 10, 12] });
  });

  it('gives ticks without floating-point noise', () => {
    expect(niceScale(0.1, 0.7).ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('opens a range around a flat series instead of dividing by zero', () => {
    const { domain } = niceScale(50, 50);
    expect(domain[0]).toBeLessThan(50);
    expect(domain[1]).toBeGreaterThan(50);
    expect(niceScale(0, 0).domain).toEqual([-1, 1]);
  });

  it('accepts the extent in either order', () => {
    expect(niceScale(90, 72)).toEqual(niceScale(72, 90));
  });

  it('rejects a missing bound', () => {
    expect(() => niceScale(Number.NaN, 1)).toThrow('niceScale: invalid extent');
  });
});
