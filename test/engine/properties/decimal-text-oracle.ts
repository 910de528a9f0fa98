/**
 * An oracle for the properties, written apart from src/engine on purpose: it rounds by looking at the
 * digits of the decimal text, as a person does on paper, so it shares no code and no method with the
 * engine's BigInt division.
 */

export interface PlainDecimal {
  negative: boolean;
  /** Digits before the point, at least one ("0" for 0.5). */
  whole: string;
  /** Digits after the point, possibly empty. */
  fraction: string;
}

/** Spells out "1.5e-7" or "-12.50" as sign, whole digits and fraction digits, moving the point by hand. */
export function plainDecimal(text: string): PlainDecimal {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) throw new Error(`oracle: not a decimal: ${text}`);
  let whole = match[2] ?? '';
  let fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? '0');
  if (exponent > 0) {
    fraction = fraction.padEnd(exponent, '0');
    whole += fraction.slice(0, exponent);
    fraction = fraction.slice(exponent);
  } else if (exponent < 0) {
    whole = whole.padStart(-exponent, '0');
    fraction = whole.slice(whole.length + exponent) + fraction;
    whole = whole.slice(0, whole.length + exponent);
  }
  whole = whole.replace(/^0+/, '') || '0';
  return { negative: match[1] === '-', whole, fraction };
}

/**
 * `text` rounded half away from zero to `decimals` places (negative: to tens, hundreds…), as decimal text.
 * Rule on paper: keep the digits up to the place, and add one to the last kept digit when the first digit
 * dropped is 5 or more; the sign is put back afterwards, which is what "away from zero" means.
 */
export function roundDecimalText(text: string, decimals: number): string {
  const { negative, whole, fraction } = plainDecimal(text);
  let kept: string;
  let firstDropped: string;
  if (decimals >= 0) {
    const padded = fraction.padEnd(decimals + 1, '0');
    kept = whole + padded.slice(0, decimals);
    firstDropped = padded[decimals] ?? '0';
  } else {
    const padded = whole.padStart(1 - decimals, '0');
    kept = padded.slice(0, padded.length + decimals);
    firstDropped = padded[padded.length + decimals] ?? '0';
  }
  const magnitude = BigInt(kept) + (firstDropped >= '5' ? 1n : 0n);
  if (magnitude === 0n) return '0';
  const sign = negative ? '-' : '';
  if (decimals <= 0) return `${sign}${magnitude}${'0'.repeat(-decimals)}`;
  const digits = magnitude.toString().padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
