import { describe, expect, it } from 'vitest';
import { extrapolate, growthRatio } from '../../bench/growth.ts';

describe('growthRatio', () => {
  it('divides the larger build by the smaller, content, time and memory alike', () => {
    expect(growthRatio({ charts: 100, seconds: 10, peakBytes: 500 }, { charts: 1600, seconds: 150, peakBytes: 2000 })).toEqual({ content: 16, time: 15, memory: 4 });
  });
});

describe('extrapolate', () => {
  it('extends the line through the two largest builds, keeping the fixed cost out of the slope', () => {
    const points = [
      { charts: 100, seconds: 5, peakBytes: 100 },
      { charts: 400, seconds: 11, peakBytes: 160 },
      { charts: 1600, seconds: 35, peakBytes: 400 },
    ];
    const estimate = extrapolate(points, 3200);
    expect(estimate.secondsPerChart).toBeCloseTo(0.02);
    expect(estimate.seconds).toBeCloseTo(67);
    expect(estimate.peakBytes).toBeCloseTo(720);
  });

  it('needs two different sizes', () => {
    expect(() => extrapolate([{ charts: 100, seconds: 5, peakBytes: 1 }], 200)).toThrow('two measured sizes');
  });
});
