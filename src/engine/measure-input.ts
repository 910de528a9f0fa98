import { isDecimalText, toDecimal, type Decimal } from './decimal.ts';
import type { Input } from './figure.ts';
import { parseSymbol, symbolReplacesValue, symbolText, type SymbolCode } from './symbols.ts';

/** A value as the data gives it: a number, a decimal string ("12.5") or a GSS symbol that stands instead of one ("c"). */
export type InputValue = number | string;

/** The GSS symbols that qualify a number that is still shown. */
export type QualifyingSymbol = 'u' | 'p' | 'r' | 'e' | 'b';

/** The GSS symbols that stand instead of a number. */
export type ReplacingSymbol = 'c' | 'x' | 'z' | 'low';

export type ReadValue =
  | { kind: 'number'; decimal: Decimal; text: string }
  | { kind: 'symbol'; code: ReplacingSymbol };

/**
 * Reads one input. Throws a RangeError naming the role when the value is neither a decimal nor a
 * replacing GSS symbol, because a figure built on a misread input would be wrong in public.
 */
export function readValue(value: InputValue, role: string): ReadValue {
  if (typeof value === 'number') return { kind: 'number', decimal: toDecimal(value), text: String(value) };
  if (isDecimalText(value)) return { kind: 'number', decimal: toDecimal(value), text: value };
  const code = parseSymbol(value);
  if (code !== undefined && symbolReplacesValue(code)) return { kind: 'symbol', code: code as ReplacingSymbol };
  if (code !== undefined) {
    throw new RangeError(`The ${role} "${value}" is a qualifier with no number: give the number and mark it ${symbolText(code)} on the figure`);
  }
  throw new RangeError(`The ${role} "${value}" is neither a number nor a GSS symbol such as c, x or z`);
}

/** The input as it is recorded on a figure: a symbol is written in its shown form, so "c" becomes "[c]". */
export function inputOf(role: string, read: ReadValue, source: string | undefined): Input {
  const value = read.kind === 'number' ? read.text : symbolText(read.code);
  return source === undefined ? { role, value } : { role, value, source };
}

/**
 * The symbol a figure takes when some inputs have none: confidential wins over everything, so that a
 * suppressed count can never leak through a figure built on it; then not applicable; anything else
 * (not available, or a count that rounds to zero) leaves the figure not available.
 */
export function combinedSymbol(codes: readonly SymbolCode[]): ReplacingSymbol | undefined {
  if (codes.length === 0) return undefined;
  if (codes.includes('c')) return 'c';
  if (codes.includes('z')) return 'z';
  return 'x';
}
