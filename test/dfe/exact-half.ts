/**
 * Whether numerator × scale ÷ denominator lies exactly half-way between two values at `decimals`
 * places: the only case where half-up and half-to-even rounding disagree. Whole-number inputs only
 * (DfE's local-authority counts and populations), so BigInt arithmetic is exact.
 */
export function isExactHalf(numerator: string, denominator: string, scale: number, decimals: number): boolean {
  const bottom = BigInt(denominator);
  if (bottom === 0n) return false;
  const twice = BigInt(numerator) * BigInt(scale) * 10n ** BigInt(decimals) * 2n;
  return twice % bottom === 0n && (twice / bottom) % 2n === 1n;
}
