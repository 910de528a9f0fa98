import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentage, ratePer, ratio } from '../../../src/engine/measures.ts';

const RUNS = { seed: 20261105, numRuns: 4000 };

/** A decimal as digits and places, with its text: counts (no places) and FTE-like values (12.5). */
interface Exact {
  digits: bigint;
  scale: number;
  text: string;
}
function exactOf(digits: bigint, scale: number): Exact {
  const size = (digits < 0n ? -digits : digits).toString().padStart(scale + 1, '0');
  const text = `${digits < 0n ? '-' : ''}${scale === 0 ? size : `${size.slice(0, -scale)}.${size.slice(-scale)}`}`;
  return { digits, scale, text };
}
const decimal = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 2 })).map(([n, scale]) => exactOf(BigInt(n), scale));
const counts = fc.integer({ min: 0, max: 1_000_000 }).map((n) => exactOf(BigInt(n), 0));
const positive = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }).map((n) => exactOf(BigInt(n), 0)), decimal(1, 99_999));
const places = fc.integer({ min: 0, max: 3 });

/**
 * The oracle states what rounding half away from zero means, rather than doing it: with the exact value
 * v = top × scale ÷ bottom and R the shown value in units of 10^-places, |v·10^places − R| ≤ ½, and at
 * exactly ½ R is the one further from zero. Everything is cross-multiplied into whole numbers.
 */
function isHalfAwayRounding(shown: number, top: Exact, bottom: Exact, scale: number, decimals: number): boolean {
  const r = BigInt(shown.toFixed(decimals).replace('.', ''));
  // v·10^places = top.digits·scale·10^(places + bottom.scale) / (bottom.digits·10^top.scale)
  const n = top.digits * BigInt(scale) * 10n ** BigInt(decimals + bottom.scale);
  const d = bottom.digits * 10n ** BigInt(top.scale);
  const [num, den] = d < 0n ? [-n, -d] : [n, d];
  const twiceGap = 2n * (num - r * den);
  const gap = twiceGap < 0n ? -twiceGap : twiceGap;
  if (gap > den) return false;
  if (gap < den) return true;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  return abs(r * den) > abs(num);
}

describe('measures, against the exact quotient rounded half away from zero', () => {
  it('a percentage is numerator ÷ denominator × 100, rounded exactly', () => {
    fc.assert(
      fc.property(counts, positive, places, (top, bottom, decimals) => {
        const figure = percentage({ numerator: top.text, denominator: bottom.text, decimals });
        expect(figure.value).toBeDefined();
        expect(isHalfAwayRounding(figure.value!, top, bottom, 100, decimals)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a rate per 10,000 is count ÷ population × 10,000, rounded exactly', () => {
    const population = fc.integer({ min: 1, max: 2_000_000 }).map((n) => exactOf(BigInt(n), 0));
    fc.assert(
      fc.property(counts, population, places, (top, bottom, decimals) => {
        const figure = ratePer({ count: top.text, population: bottom.text, per: 10000, decimals });
        expect(isHalfAwayRounding(figure.value!, top, bottom, 10000, decimals)).toBe(true);
        expect(figure.per).toBe(10000);
      }),
      RUNS,
    );
  });

  it('a ratio of decimals of either sign is rounded exactly, ties away from zero', () => {
    const nonZero = decimal(-99_999, 99_999).filter((x) => x.digits !== 0n);
    fc.assert(
      fc.property(decimal(-999_999, 999_999), nonZero, places, (top, bottom, decimals) => {
        const figure = ratio({ numerator: top.text, denominator: bottom.text, decimals });
        expect(isHalfAwayRounding(figure.value!, top, bottom, 1, decimals)).toBe(true);
        expect(Object.is(figure.value, -0)).toBe(false);
      }),
      RUNS,
    );
  });

  it('gives the same figure for a number and for its decimal text', () => {
    fc.assert(
      fc.property(counts, positive, places, (top, bottom, decimals) => {
        const fromText = percentage({ numerator: top.text, denominator: bottom.text, decimals });
        const fromNumbers = percentage({ numerator: Number(top.text), denominator: Number(bottom.text), decimals });
        expect(fromNumbers.value).toBe(fromText.value);
      }),
      RUNS,
    );
  });

  it('has no value when the denominator is zero (z) or an input is a symbol, and c wins over the rest', () => {
    const symbolOrNumber = fc.oneof(fc.constantFrom('c', 'x', 'z', 'low'), counts.map((x) => x.text));
    fc.assert(
      fc.property(symbolOrNumber, symbolOrNumber, (top, bottom) => {
        const figure = percentage({ numerator: top, denominator: bottom, decimals: 1 });
        const symbols = [top, bottom].filter((v) => !/^\d/.test(v));
        if (symbols.length === 0 && bottom !== '0') {
          expect(figure.value).toBeDefined();
          return;
        }
        expect(figure.value).toBeUndefined();
        expect(figure.unrounded).toBeUndefined();
        if (symbols.includes('c')) expect(figure.symbol).toBe('c');
        else if (symbols.length === 0 || symbols.includes('z')) expect(figure.symbol).toBe('z');
        else expect(figure.symbol).toBe('x');
      }),
      RUNS,
    );
  });
});
