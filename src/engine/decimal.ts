/**
 * An exact decimal: `digits × 10^-scale`. Published figures are decimals, and binary floats cannot hold
 * most of them (1.005 is stored as 1.00499999…), so every sum, comparison and rounding that decides what a
 * reader sees is done on these instead.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal string ("12.5", "-0.005", "1e-7") or a finite number. A number is read through its
 * shortest round-trip text, which is the decimal the author typed (1.005 → "1.005").
 * Throws a RangeError naming the value if it is not a decimal number.
 */
export function toDecimal(value: number | string | Decimal): Decimal {
  if (typeof value === 'object') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
    return parseDecimalText(String(value), String(value));
  }
  return parseDecimalText(value, `"${value}"`);
}

function parseDecimalText(text: string, shown: string): Decimal {
  const match = DECIMAL_PATTERN.exec(text);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || whole.length + fraction.length === 0) {
    throw new RangeError(`${shown} is not a decimal number: write digits with an optional "." such as 12.5`);
  }
  const exponent = Number(match[4] ?? '0');
  const unsigned = BigInt(whole + fraction || '0');
  let digits = match[1] === '-' ? -unsigned : unsigned;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

export function isDecimalText(text: string): boolean {
  const match = DECIMAL_PATTERN.exec(text);
  return match !== null && (match[2] ?? '').length + (match[3] ?? '').length > 0;
}

function withScale(value: Decimal, scale: number): bigint {
  return value.digits * 10n ** BigInt(scale - value.scale);
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { digits: withScale(a, scale) + withScale(b, scale), scale };
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { digits: -b.digits, scale: b.scale });
}

/** The exact product: 0.9 × 80 = 72. */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

export function sumDecimals(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>(addDecimals, { digits: 0n, scale: 0 });
}

/** Negative, zero or positive as `a` is below, equal to or above `b`, exactly. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = withScale(a, scale);
  const right = withScale(b, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Plain decimal text without exponent or trailing zeros: the exact value, e.g. "-0.005". */
export function decimalToString(value: Decimal): string {
  let { digits, scale } = value;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale -= 1;
  }
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export function decimalToNumber(value: Decimal): number {
  return Number(`${value.digits}e${-value.scale}`);
}
