import { describe, expect, it } from 'vitest';
import { given } from '../../src/engine/measures.ts';
import { ragRating } from '../../src/engine/rag.ts';

const higher = { target: 95, tolerance: 5, polarity: 'higher' } as const;
const lower = { target: 18.5, tolerance: 1.5, polarity: 'lower' } as const;

describe('ragRating when higher is better', () => {
  it('is green on the target and above it', () => {
    expect(ragRating(95, higher)).toEqual({ rated: true, status: 'green', label: 'On target', shape: '●' });
    expect(ragRating(98.8, higher)).toMatchObject({ status: 'green' });
  });

  it('is amber just below the target and exactly at the edge of the tolerance', () => {
    expect(ragRating(94.9, higher)).toMatchObject({ status: 'amber', label: 'Near target', shape: '◆' });
    expect(ragRating(90, higher)).toMatchObject({ status: 'amber' });
  });

  it('is red beyond the tolerance', () => {
    expect(ragRating(89.9, higher)).toEqual({ rated: true, status: 'red', label: 'Off target', shape: '✖' });
  });

  it('finds the edge exactly where floats would miss it (95 − 4.9 = 90.1)', () => {
    expect(ragRating(90.1, { target: 95, tolerance: 4.9, polarity: 'higher' })).toMatchObject({ status: 'amber' });
    expect(ragRating(0.3, { target: 0.4, tolerance: 0.1, polarity: 'higher' })).toMatchObject({ status: 'amber' });
  });
});

describe('ragRating when lower is better', () => {
  it('is green at or below the target', () => {
    expect(ragRating(18.5, lower)).toMatchObject({ status: 'green' });
    expect(ragRating(16.1, lower)).toMatchObject({ status: 'green' });
  });

  it('is amber above the target up to and including the tolerance', () => {
    expect(ragRating(18.6, lower)).toMatchObject({ status: 'amber' });
    expect(ragRating(20, lower)).toMatchObject({ status: 'amber' });
  });

  it('is red beyond the tolerance', () => {
    expect(ragRating(20.1, lower)).toMatchObject({ status: 'red' });
  });
});

describe('ragRating without a rating', () => {
  it('does not rate an indicator where no direction is better', () => {
    expect(ragRating(367, { target: 360, tolerance: 10, polarity: 'none' })).toEqual({
      rated: false,
      reason: 'not rated: no direction is better for this indicator',
    });
  });

  it('does not rate without a target or without a figure', () => {
    expect(ragRating(50, { target: undefined, tolerance: 0, polarity: 'higher' })).toEqual({
      rated: false,
      reason: 'not rated: there is no target',
    });
    expect(ragRating(given({ value: 'c', unit: 'percent', decimals: 1 }), higher)).toEqual({
      rated: false,
      reason: 'not rated: there is no figure',
    });
  });

  it('rates a figure by its rounded value', () => {
    // 94.96 shows as 95.0%, which readers see as on target.
    expect(ragRating(given({ value: 94.96, unit: 'percent', decimals: 1 }), higher)).toMatchObject({ status: 'green' });
  });

  it('refuses a negative tolerance', () => {
    expect(() => ragRating(90, { target: 95, tolerance: -1, polarity: 'higher' })).toThrow('A tolerance cannot be negative: -1');
  });
});

describe('ragRating under a council’s policy', () => {
  it('reads a tolerance as a percentage of the target when the policy says so (10% of 80 is 8)', () => {
    const policy = { target: 80, tolerance: 10, polarity: 'higher', toleranceOf: 'target' } as const;
    expect(ragRating(72, policy)).toMatchObject({ status: 'amber' });
    expect(ragRating(71.9, policy)).toMatchObject({ status: 'red' });
    expect(ragRating(17.6, { target: 16, tolerance: 10, polarity: 'lower', toleranceOf: 'target' })).toMatchObject({ status: 'amber' });
    expect(ragRating(17.7, { target: 16, tolerance: 10, polarity: 'lower', toleranceOf: 'target' })).toMatchObject({ status: 'red' });
  });

  it('rates a figure within the tolerance green where the council counts that as on track', () => {
    expect(ragRating(89.8, { target: 90, tolerance: 1, polarity: 'higher', within: 'green' })).toMatchObject({ status: 'green' });
    expect(ragRating(88.9, { target: 90, tolerance: 1, polarity: 'higher', within: 'green' })).toMatchObject({ status: 'red' });
  });

  it('rates 89.8% against a target of 90% amber with a tolerance of one point, and red with none', () => {
    expect(ragRating(89.8, { target: 90, tolerance: 1, polarity: 'higher' })).toMatchObject({ status: 'amber' });
    expect(ragRating(89.8, { target: 90, tolerance: 0, polarity: 'higher' })).toMatchObject({ status: 'red' });
  });
});
