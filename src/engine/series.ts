import { decimalToString, sumDecimals, type Decimal } from './decimal.ts';
import type { Figure, Input } from './figure.ts';
import { inputOf, readValue, type InputValue, type ReadValue, combinedSymbol } from './measure-input.ts';
import { percentage } from './measures.ts';
import type { MonthPeriod, Period } from './period.ts';
import { monthsEnding, previousPeriod, samePeriodLastYear, yearToDateMonths } from './period-arithmetic.ts';
import { periodKey, periodLabel } from './period-format.ts';
import { roundRatioDigits, UNROUNDED_DECIMALS } from './rounding.ts';
import type { SymbolCode } from './symbols.ts';
import { plural } from './plural.ts';

/** A count (or any additive value) for one period, as the data gives it. */
export interface CountRow {
  period: Period;
  value: InputValue;
  source?: string;
}

/** A numerator and denominator for one period, from which a percentage is worked out. */
export interface FractionRow {
  period: Period;
  numerator: InputValue;
  denominator: InputValue;
  source?: string;
}

export type YearToDateOptions = { measure: 'count' } | { measure: 'percentage'; decimals: number };

/** One row per period, or a RangeError naming the period: two rows for a month would be counted twice. */
export function indexByPeriod<T extends { period: Period }>(rows: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const row of rows) {
    const key = periodKey(row.period);
    if (index.has(key)) throw new RangeError(`Two rows for ${periodLabel(row.period)}: a series has one row per period`);
    index.set(key, row);
  }
  return index;
}

/** The row for a period, or undefined: missing is never zero. */
export function findPeriod<T extends { period: Period }>(rows: readonly T[], period: Period): T | undefined {
  return indexByPeriod(rows).get(periodKey(period));
}

/** The row for the period before (the previous month, quarter or year); undefined if there is none. */
export function previousValue<T extends { period: Period }>(rows: readonly T[], period: Period): T | undefined {
  return findPeriod(rows, previousPeriod(period));
}

/** The row for the same month (or quarter, or year) a year earlier; undefined if there is none. */
export function sameMonthLastYear<T extends { period: Period }>(rows: readonly T[], period: Period): T | undefined {
  return findPeriod(rows, samePeriodLastYear(period));
}

function span(months: readonly MonthPeriod[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return 'no months';
  return first === last ? periodLabel(first) : `${periodLabel(first)} to ${periodLabel(last)}`;
}

function listed(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

type Read<R> = { month: MonthPeriod; row: R; values: ReadValue[] };

interface Gathered<R> {
  found: Read<R>[];
  missing: MonthPeriod[];
  symbols: { month: MonthPeriod; code: SymbolCode }[];
}

function gather<R extends { period: Period }>(
  rows: readonly R[],
  months: readonly MonthPeriod[],
  values: (row: R) => [string, InputValue][],
): Gathered<R> {
  const index = indexByPeriod(rows);
  const gathered: Gathered<R> = { found: [], missing: [], symbols: [] };
  for (const month of months) {
    const row = index.get(periodKey(month));
    if (row === undefined) {
      gathered.missing.push(month);
      continue;
    }
    const read = values(row).map(([role, value]) => readValue(value, role));
    for (const r of read) if (r.kind === 'symbol') gathered.symbols.push({ month, code: r.code });
    gathered.found.push({ month, row, values: read });
  }
  return gathered;
}

function inputsOf<R extends { source?: string }>(found: readonly Read<R>[], roles: readonly string[]): Input[] {
  return found.flatMap(({ month, row, values }) =>
    values.map((read, i) => inputOf(`${roles[i] ?? 'value'} ${periodLabel(month)}`, read, row.source)),
  );
}

/** The reason there is no figure, or undefined when every month has a number. */
function gap<R>(what: string, months: readonly MonthPeriod[], g: Gathered<R>): { symbol: SymbolCode; method: string } | undefined {
  const symbol = combinedSymbol([...g.symbols.map((s) => s.code), ...(g.missing.length > 0 ? ['x' as const] : [])]);
  if (symbol === undefined) return undefined;
  const reasons: string[] = [];
  if (g.missing.length > 0) reasons.push(`no figures for ${listed(g.missing.map(periodLabel))}`);
  const marked = [...new Set(g.symbols.map((s) => periodLabel(s.month)))];
  if (marked.length > 0) reasons.push(`no number for ${listed(marked)}`);
  return { symbol, method: `${what} ${span(months)} cannot be worked out: ${reasons.join('; ')}` };
}

function numbers(found: readonly Read<unknown>[], position: number): Decimal[] {
  return found.map(({ values }) => {
    const read = values[position];
    if (read?.kind !== 'number') throw new Error('gap() lets only numbers through');
    return read.decimal;
  });
}

/**
 * The year to date from April to `month`. Percentages sum the numerators and the denominators of the
 * months first and divide once (the mean of monthly percentages would weight a quiet month like a busy
 * one); counts are summed. A missing month gives `x` and a suppressed one `c`, with the months named in
 * `method`: a gap is never counted as zero.
 */
export function yearToDate(rows: readonly FractionRow[], month: MonthPeriod, options: { measure: 'percentage'; decimals: number }): Figure;
export function yearToDate(rows: readonly CountRow[], month: MonthPeriod, options: { measure: 'count' }): Figure;
export function yearToDate(rows: readonly (CountRow | FractionRow)[], month: MonthPeriod, options: YearToDateOptions): Figure {
  const months = yearToDateMonths(month);
  if (options.measure === 'count') return sumOfCounts(rows as readonly CountRow[], months, 'year to date');
  const g = gather(rows as readonly FractionRow[], months, (row) => [
    ['numerator', row.numerator],
    ['denominator', row.denominator],
  ]);
  const inputs = inputsOf(g.found, ['numerator', 'denominator']);
  const missing = gap('year to date', months, g);
  if (missing) return { unit: 'percent', decimals: options.decimals, ...missing, inputs };
  const numerator = decimalToString(sumDecimals(numbers(g.found, 0)));
  const denominator = decimalToString(sumDecimals(numbers(g.found, 1)));
  const figure = percentage({ numerator, denominator, decimals: options.decimals });
  const sums = `sums of ${plural(months.length, 'month')}`;
  return { ...figure, method: `year to date ${span(months)}: ${figure.method ?? ''} (${sums})`, inputs };
}

function sumOfCounts(rows: readonly CountRow[], months: readonly MonthPeriod[], what: string): Figure {
  const g = gather(rows, months, (row) => [['value', row.value]]);
  const inputs = inputsOf(g.found, ['count']);
  const missing = gap(what, months, g);
  if (missing) return { unit: 'count', decimals: 0, ...missing, inputs };
  const total = sumDecimals(numbers(g.found, 0));
  const value = Number(decimalToString(total));
  return {
    unit: 'count',
    decimals: Math.max(0, total.scale),
    value,
    unrounded: value,
    method: `${what} ${span(months)}: sum of ${plural(months.length, 'month')}`,
    inputs,
  };
}

/**
 * The mean of a count over the `months` months ending with `month` (12 by default), e.g. referrals a
 * month over the last year, rounded half away from zero to `decimals` (1 by default). Gaps give `x`
 * (or `c`) as in `yearToDate`.
 */
export function rollingAverage(
  rows: readonly CountRow[],
  month: MonthPeriod,
  options: { months?: number; decimals?: number } = {},
): Figure {
  const count = options.months ?? 12;
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`A rolling average needs a whole number of months, not ${count}`);
  const months = monthsEnding(month, count);
  const what = `${count}-month average`;
  const g = gather(rows, months, (row) => [['value', row.value]]);
  const inputs = inputsOf(g.found, ['count']);
  const missing = gap(what, months, g);
  if (missing) return { unit: 'count', decimals, ...missing, inputs };
  const total = sumDecimals(numbers(g.found, 0));
  const divisor: Decimal = { digits: BigInt(count), scale: 0 };
  const value = Number(`${roundRatioDigits(total, divisor, decimals)}e${-decimals}`);
  const unrounded = Number(`${roundRatioDigits(total, divisor, UNROUNDED_DECIMALS)}e${-UNROUNDED_DECIMALS}`);
  return {
    unit: 'count',
    decimals,
    value,
    unrounded,
    method: `${what} ${span(months)}: ${decimalToString(total)} ÷ ${count}`,
    inputs,
  };
}
