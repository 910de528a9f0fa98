import { toDecimal, type Decimal } from './decimal.ts';

/**
 * `numerator ÷ denominator` rounded half away from zero to an integer, exactly.
 * Half away from zero is what DfE and ONS publish ("an exact .5 goes up", and -2.5 goes to -3).
 */
function divideHalfAway(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Cannot divide by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const top = numerator < 0n ? -numerator : numerator;
  const bottom = denominator < 0n ? -denominator : denominator;
  let quotient = top / bottom;
  if ((top % bottom) * 2n >= bottom) quotient += 1n;
  return negative ? -quotient : quotient;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || Math.abs(decimals) > 20) {
    throw new RangeError(`decimals must be a whole number from -20 to 20, not ${decimals}`);
  }
}

/** Value `digits / 10^decimals` as the nearest number (a negative `decimals` rounds to tens, hundreds…). */
function scaled(digits: bigint, decimals: number): number {
  return Number(`${digits}e${-decimals}`);
}

/** `numerator / denominator` (both exact decimals) rounded to `decimals`, as the rounded digits. */
export function roundRatioDigits(numerator: Decimal, denominator: Decimal, decimals: number): bigint {
  checkDecimals(decimals);
  // value = (n / 10^sn) / (d / 10^sd); times 10^decimals, then round.
  let top = numerator.digits * 10n ** BigInt(denominator.scale);
  let bottom = denominator.digits * 10n ** BigInt(numerator.scale);
  if (decimals >= 0) top *= 10n ** BigInt(decimals);
  else bottom *= 10n ** BigInt(-decimals);
  return divideHalfAway(top, bottom);
}

/**
 * Rounds half away from zero on the exact decimal value, never on a float artefact:
 * a number is read as its shortest round-trip text, so 1.005 → 1.01 and 2.675 → 2.68.
 * A negative `decimals` rounds to tens (-1), hundreds (-2) and so on.
 */
export function roundHalfAway(value: number | string, decimals: number): number {
  const exact = toDecimal(value);
  return scaled(roundRatioDigits(exact, { digits: 1n, scale: 0 }, decimals), decimals);
}

/**
 * `numerator × scale ÷ denominator`, computed exactly on the decimal digits of the inputs (which may be
 * decimals such as 12.5 FTE) and rounded half away from zero: 1/8 × 100 to 0 places is 13.
 * Throws a RangeError if the denominator is zero; measures decide what a zero denominator means.
 */
export function roundQuotient(
  numerator: string | number,
  denominator: string | number,
  scale: number,
  decimals: number,
): number {
  const top = toDecimal(numerator);
  const factor = toDecimal(scale);
  const product: Decimal = { digits: top.digits * factor.digits, scale: top.scale + factor.scale };
  const bottom = toDecimal(denominator);
  if (bottom.digits === 0n) throw new RangeError(`Cannot divide ${numerator} by zero`);
  return scaled(roundRatioDigits(product, bottom, decimals), decimals);
}

/** Enough places to place a mark or rank exactly as far as a float can tell: for `unrounded`. */
export const UNROUNDED_DECIMALS = 15;
