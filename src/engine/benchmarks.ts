import { addDecimals, compareDecimals, decimalToNumber, sumDecimals, type Decimal } from './decimal.ts';
import type { Figure, Input, Polarity, Unit } from './figure.ts';
import { inputOf, readValue } from './measure-input.ts';
import { roundRatioDigits, UNROUNDED_DECIMALS } from './rounding.ts';

/** One area's value; a missing value or a GSS symbol ("x", "c") means the area has no figure. */
export interface AreaValue {
  area: string;
  value?: number | string;
  source?: string;
}

export interface NeighbourAverageOptions {
  /** The unit of the values, and so of the average. Defaults to `rate`, the usual benchmark. */
  unit?: Unit;
  per?: number;
  /** What the areas are, in the method's words. Defaults to "statistical neighbours". */
  group?: string;
}

interface Present {
  area: string;
  decimal: Decimal;
}

function present(values: readonly AreaValue[]): { used: Present[]; missing: string[]; inputs: Input[] } {
  const used: Present[] = [];
  const missing: string[] = [];
  const inputs: Input[] = [];
  for (const { area, value, source } of values) {
    if (value === undefined) {
      missing.push(area);
      continue;
    }
    const read = readValue(value, `value for ${area}`);
    inputs.push(inputOf(area, read, source));
    if (read.kind === 'number') used.push({ area, decimal: read.decimal });
    else missing.push(area);
  }
  return { used, missing, inputs };
}

function middle(sorted: readonly Decimal[]): { top: Decimal; count: bigint } {
  const half = Math.floor(sorted.length / 2);
  const upper = sorted[half] as Decimal;
  if (sorted.length % 2 === 1) return { top: upper, count: 1n };
  return { top: addDecimals(sorted[half - 1] as Decimal, upper), count: 2n };
}

/**
 * The mean or median of a group of areas (by default statistical neighbours), computed exactly from the
 * published decimals and rounded half away from zero. Pass the neighbours only, not the council itself.
 * Areas without a figure are left out and named in `method`, which also says how many were used; DfE's
 * LAIT uses the mean and its CSC dashboard the median, so the method always says which.
 */
export function neighbourAverage(
  values: readonly AreaValue[],
  method: 'mean' | 'median',
  decimals: number,
  options: NeighbourAverageOptions = {},
): Figure {
  const group = options.group ?? 'statistical neighbours';
  const base = { unit: options.unit ?? 'rate', decimals, ...(options.per === undefined ? {} : { per: options.per }) };
  const { used, missing, inputs } = present(values);
  const without = missing.length > 0 ? `; no figure for ${missing.join(', ')}` : '';
  if (used.length === 0) {
    return { ...base, symbol: 'x', method: `no ${method}: none of the ${values.length} ${group} has a figure`, inputs };
  }
  const counted = missing.length > 0 ? `${used.length} of ${values.length}` : `${used.length}`;
  const decimalsUsed = used.map((u) => u.decimal);
  const { top, count } =
    method === 'mean'
      ? { top: sumDecimals(decimalsUsed), count: BigInt(used.length) }
      : middle([...decimalsUsed].sort(compareDecimals));
  const divisor: Decimal = { digits: count, scale: 0 };
  return {
    ...base,
    value: decimalToNumber({ digits: roundRatioDigits(top, divisor, decimals), scale: decimals }),
    unrounded: decimalToNumber({ digits: roundRatioDigits(top, divisor, UNROUNDED_DECIMALS), scale: UNROUNDED_DECIMALS }),
    method: `${method} of ${counted} ${group}${without}`,
    inputs,
  };
}

export interface Rank {
  /** 1 is the best (or, for polarity `none`, the lowest); tied areas share the better rank. */
  rank: number;
  /** How many areas have a figure. */
  of: number;
  /** 1 to 4 by rank, as DfE's LAIT bands councils: quartile 1 is ranks 1 to of/4. */
  quartile: 1 | 2 | 3 | 4;
  /** What rank 1 means: the best value, or for polarity `none` simply the lowest. */
  order: 'best first' | 'lowest first';
}

/**
 * Where `area` ranks among `values` (which should include it). For polarity `lower` the lowest value is
 * rank 1, for `higher` the highest. For `none` no value is better, so areas are ranked lowest first and
 * quartile 1 means the lowest values, not the best. Areas without a figure are left out of the ranking;
 * undefined when `area` itself has none.
 */
export function rankAmong(values: readonly AreaValue[], area: string, polarity: Polarity): Rank | undefined {
  const { used } = present(values);
  const own = used.find((u) => u.area === area);
  if (own === undefined) return undefined;
  const sign = polarity === 'higher' ? -1 : 1;
  const ahead = used.filter((u) => compareDecimals(u.decimal, own.decimal) * sign < 0).length;
  const rank = ahead + 1;
  return {
    rank,
    of: used.length,
    quartile: Math.min(4, Math.ceil((4 * rank) / used.length)) as 1 | 2 | 3 | 4,
    order: polarity === 'none' ? 'lowest first' : 'best first',
  };
}
