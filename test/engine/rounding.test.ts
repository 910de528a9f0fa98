import { describe, expect, it } from 'vitest';
import { roundHalfAway, roundQuotient } from '../../src/engine/rounding.ts';

describe('roundHalfAway', () => {
  it('rounds the decimal written, not the float stored: 1.005 → 1.01 and 2.675 → 2.68', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway('1.005', 2)).toBe(1.01);
  });

  it('rounds exact halves away from zero on both sides of zero', () => {
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway('-0.05', 1)).toBe(-0.1);
    expect(roundHalfAway(0.45, 1)).toBe(0.5);
  });

  it('rounds below a half towards zero', () => {
    expect(roundHalfAway(2.4999, 0)).toBe(2);
    expect(roundHalfAway(-2.4999, 0)).toBe(-2);
    expect(roundHalfAway(86.04, 1)).toBe(86);
  });

  it('keeps zero as zero and leaves values with fewer places alone', () => {
    expect(roundHalfAway(0, 1)).toBe(0);
    expect(roundHalfAway(17, 1)).toBe(17);
    expect(roundHalfAway('12.5', 3)).toBe(12.5);
  });

  it('rounds to tens with negative places, as national counts are published', () => {
    expect(roundHalfAway(34445, -1)).toBe(34450);
    expect(roundHalfAway(34444, -1)).toBe(34440);
  });

  it('refuses places that are not whole numbers', () => {
    expect(() => roundHalfAway(1.5, 0.5)).toThrow('decimals must be a whole number');
  });
});

describe('roundQuotient', () => {
  it('reproduces the percentages of the Stockton paper (seed 004)', () => {
    expect(roundQuotient(1082, 2285, 100, 1)).toBe(47.4);
    expect(roundQuotient(558, 876, 100, 1)).toBe(63.7);
  });

  it('rounds exact halves up: 1/8 is 12.5% to 1 place and 13% to none', () => {
    expect(roundQuotient(1, 8, 100, 1)).toBe(12.5);
    expect(roundQuotient(1, 8, 100, 0)).toBe(13);
    expect(roundQuotient(5, 16, 100, 1)).toBe(31.3);
    expect(roundQuotient(5, 16, 100, 2)).toBe(31.25);
  });

  it('works on decimal inputs such as FTE without float artefacts', () => {
    // 212.5 / 12.5 is exactly 17
    expect(roundQuotient('212.5', '12.5', 1, 1)).toBe(17);
    // 0.7 × 100 / 0.2 = 350 exactly, where floats give 349.99999999999994
    expect(roundQuotient('0.7', '0.2', 100, 2)).toBe(350);
    expect(roundQuotient(1.15, 1, 1, 1)).toBe(1.2);
  });

  it('rounds negative quotients away from zero', () => {
    expect(roundQuotient(-1, 8, 100, 0)).toBe(-13);
    expect(roundQuotient(1, -8, 100, 0)).toBe(-13);
    expect(roundQuotient(-1, -8, 100, 0)).toBe(13);
    expect(roundQuotient(-1, 3, 100, 1)).toBe(-33.3);
  });

  it('gives zero for a zero numerator and refuses a zero denominator', () => {
    expect(roundQuotient(0, 2285, 100, 1)).toBe(0);
    expect(() => roundQuotient(3, '0.0', 100, 1)).toThrow('Cannot divide 3 by zero');
  });

  it('computes rates per 10,000 from counts and populations', () => {
    expect(roundQuotient(681, 136_200, 10_000, 1)).toBe(50);
    expect(roundQuotient(34450, 12183016, 10000, 0)).toBe(28);
  });
});
