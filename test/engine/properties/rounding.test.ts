import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAway } from '../../../src/engine/rounding.ts';
import { roundDecimalText } from './decimal-text-oracle.ts';

// Fixed seeds: a failure in CI is the same failure on a laptop.
const RUNS = { seed: 20261101, numRuns: 5000 };

const digits = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { maxLength }).map((list) => list.join(''));

/** Decimal text as data files hold it: optional sign, up to 12 whole digits, up to 10 places. */
const decimalText = fc
  .tuple(fc.constantFrom('', '-'), digits(12), digits(10))
  .filter(([, whole, fraction]) => whole.length + fraction.length > 0)
  .map(([sign, whole, fraction]) => `${sign}${whole || '0'}${fraction ? `.${fraction}` : ''}`);

/** Text with an exact half at the place being rounded to (e.g. 2.675 to 2 places): where rounding rules differ. */
const halfway = fc
  .tuple(fc.constantFrom('', '-'), fc.nat({ max: 999_999 }), digits(6), fc.nat({ max: 3 }))
  .map(([sign, whole, kept, zeros]) => ({ text: `${sign}${whole}.${kept}5${'0'.repeat(zeros)}`, decimals: kept.length }));

const places = fc.integer({ min: -3, max: 6 });

describe('rounding half away from zero, against rounding the digits by hand', () => {
  it('agrees with the paper method for any decimal text and any number of places', () => {
    fc.assert(
      fc.property(decimalText, places, (text, decimals) => {
        expect(roundHalfAway(text, decimals)).toBe(Number(roundDecimalText(text, decimals)));
      }),
      RUNS,
    );
  });

  it('takes an exact half away from zero, never to the even neighbour or towards zero', () => {
    fc.assert(
      fc.property(halfway, ({ text, decimals }) => {
        const rounded = roundHalfAway(text, decimals);
        expect(Math.abs(rounded)).toBeGreaterThan(Math.abs(Number(text)));
        expect(rounded).toBe(Number(roundDecimalText(text, decimals)));
      }),
      RUNS,
    );
  });

  it('reads a float as the decimal its shortest text spells, so 1.005 is rounded as 1.005', () => {
    const float = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(float, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        expect(roundHalfAway(value, decimals)).toBe(Number(roundDecimalText(String(value), decimals)));
      }),
      RUNS,
    );
  });

  it('is symmetric about zero and never gives negative zero, which would print as "-0"', () => {
    fc.assert(
      fc.property(decimalText, places, (text, decimals) => {
        const positive = text.replace(/^-/, '');
        const up = roundHalfAway(positive, decimals);
        const down = roundHalfAway(`-${positive}`, decimals);
        expect(Object.is(down, -0)).toBe(false);
        expect(Object.is(up, -0)).toBe(false);
        expect(down).toBe(up === 0 ? 0 : -up);
      }),
      RUNS,
    );
  });

  it('leaves a rounded value as it is when rounded again to the same places', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 6 }), (text, decimals) => {
        const once = roundHalfAway(text, decimals);
        expect(roundHalfAway(once, decimals)).toBe(once);
      }),
      RUNS,
    );
  });
});
