import { z } from 'zod';
import { parsePeriod, type Period } from '../../engine/periods.ts';
import { parseSymbol, SYMBOLS, type SymbolCode } from '../../engine/symbols.ts';

/**
 * Cell types shared by the CSV schemas. Each parser gets the trimmed cell and returns the value or
 * a message that reads after the column name and the value found:
 * `denominator "12a"` + ` is not a number`. A blank required cell reads `unit` + ` is blank: expected …`.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };
export type CellParser<T> = (text: string) => CellResult<T>;

/** A number as written: `raw` keeps the published decimal string, `value` is for arithmetic. */
export interface ExactNumber {
  raw: string;
  value: number;
}

const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (message: string): CellResult<never> => ({ ok: false, message });

/** Wraps a parser as a zod schema of one string cell; spaces around the cell are trimmed on purpose. */
export function cell<T>(parse: CellParser<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = parse(raw.trim());
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.message, input: raw });
    return z.NEVER;
  });
}

export function required<T>(expected: string, parse: CellParser<T>): CellParser<T> {
  return (text) => (text === '' ? fail(`is blank: expected ${expected}`) : parse(text));
}

/** Blank becomes undefined: missing is never zero. */
export function optional<T>(parse: CellParser<T>): CellParser<T | undefined> {
  return (text) => (text === '' ? ok(undefined) : parse(text));
}

export const text: CellParser<string> = (value) => ok(value);

export function pattern(regex: RegExp, expected: string): CellParser<string> {
  return (value) => (regex.test(value) ? ok(value) : fail(`is not ${expected}`));
}

export function oneOf<const T extends string>(values: readonly T[]): CellParser<T> {
  return (value) =>
    (values as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`is not one of: ${values.join(', ')}`);
}

export const decimal: CellParser<ExactNumber> = (raw) =>
  DECIMAL.test(raw) ? ok({ raw, value: Number(raw) }) : fail('is not a number');

/** Counts and amounts below zero are always a mistake in these files. */
export const nonNegativeDecimal: CellParser<ExactNumber> = (raw) => {
  const parsed = decimal(raw);
  if (parsed.ok && parsed.value.value < 0) return fail('is negative: expected 0 or more');
  return parsed;
};

export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): CellParser<number> {
  return (raw) => {
    if (!DECIMAL.test(raw)) return fail('is not a number');
    const value = Number(raw);
    if (!Number.isInteger(value)) return fail('is not a whole number');
    if (value < 0 && min >= 0) return fail('is negative: expected 0 or more');
    if (value < min || value > max)
      return fail(max === Number.MAX_SAFE_INTEGER ? `is below ${min}` : `is not between ${min} and ${max}`);
    return ok(value);
  };
}

const SYMBOL_LIST = Object.keys(SYMBOLS).join(', ');

export const symbol: CellParser<SymbolCode> = (raw) => {
  const code = parseSymbol(raw);
  return code === undefined
    ? fail(`is not a GSS symbol: expected one of ${SYMBOL_LIST}, bare or in brackets such as [c]`)
    : ok(code);
};

/** A period in the engine's grammar: `2020-10`, `2019/20`, `2013/14 Q2`, `2013/14 Q1-Q2`, `2020`, `2020-03-31`. */
export const period: CellParser<Period> = (value) => {
  const parsed = parsePeriod(value);
  if (parsed.ok) return ok(parsed.period);
  // The engine's reason starts by quoting the text, which the message already does.
  const quoted = `"${value}" `;
  return fail(parsed.reason.startsWith(quoted) ? parsed.reason.slice(quoted.length) : `is not a period: ${parsed.reason}`);
};

/** A figure as a paper printed it: digits with an optional decimal part, and `k` or `m` for money. */
export interface PrintedFigure {
  /** The number as printed, without its `k` or `m`. */
  raw: string;
  /** 1, 1000 or 1000000. */
  scale: 1 | 1000 | 1000000;
  /** `k`, `m` or blank, as printed. */
  suffix: '' | 'k' | 'm';
}

export const printedFigure: CellParser<PrintedFigure> = (raw) => {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/.exec(raw);
  if (match === null) return fail('is not a figure as printed: expected digits such as 5.5, or 1.24m or 574k for money (no £, % or commas)');
  const suffix = match[2] as '' | 'k' | 'm';
  return ok({ raw: match[1]!, scale: suffix === 'm' ? 1000000 : suffix === 'k' ? 1000 : 1, suffix });
};

/** The numbers of a row a paper can leave unprinted. */
export const PRINTED_PARTS = ['value', 'numerator', 'denominator'] as const;
export type PrintedPart = (typeof PRINTED_PARTS)[number];

export const printedParts: CellParser<PrintedPart[]> = (raw) => {
  const parts = raw.split(/\s+/);
  const wrong = parts.filter((part) => !(PRINTED_PARTS as readonly string[]).includes(part));
  if (wrong.length > 0) return fail(`names ${wrong.map((w) => `"${w}"`).join(', ')}: expected ${PRINTED_PARTS.join(', ')}, separated by spaces`);
  return ok([...new Set(parts)] as PrintedPart[]);
};
