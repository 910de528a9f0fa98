import { decimalToNumber, type Decimal } from './decimal.ts';
import type { Figure, Input, Unit } from './figure.ts';
import {
  combinedSymbol,
  inputOf,
  readValue,
  type InputValue,
  type QualifyingSymbol,
  type ReadValue,
} from './measure-input.ts';
import { roundRatioDigits, UNROUNDED_DECIMALS } from './rounding.ts';

export interface PercentageInput {
  numerator: InputValue;
  denominator: InputValue;
  decimals: number;
  sources?: { numerator?: string; denominator?: string };
  /** A qualifier on the result, e.g. `p` for provisional. */
  symbol?: QualifyingSymbol;
}

export interface RateInput {
  count: InputValue;
  population: InputValue;
  /** Per how many of the population, e.g. 10000. */
  per: number;
  decimals: number;
  sources?: { count?: string; population?: string };
  symbol?: QualifyingSymbol;
}

export interface RatioInput {
  numerator: InputValue;
  denominator: InputValue;
  decimals: number;
  sources?: { numerator?: string; denominator?: string };
  symbol?: QualifyingSymbol;
}

export interface GivenInput {
  value: InputValue;
  unit: Unit;
  decimals: number;
  source?: string;
  per?: number;
  symbol?: QualifyingSymbol;
}

const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

function digitsToNumber(digits: bigint, decimals: number): number {
  return Number(`${digits}e${-decimals}`);
}

/** Optional fields only when set, as exactOptionalPropertyTypes wants. */
function optional(per: number | undefined, symbol?: QualifyingSymbol): { per?: number; symbol?: QualifyingSymbol } {
  return { ...(per === undefined ? {} : { per }), ...(symbol === undefined ? {} : { symbol }) };
}

interface Quotient {
  unit: Unit;
  decimals: number;
  per?: number;
  scale: number;
  top: { role: string; value: InputValue; source: string | undefined };
  bottom: { role: string; value: InputValue; source: string | undefined };
  /** What there is none of when the bottom is zero, e.g. "percentage". */
  noun: string;
  symbol: QualifyingSymbol | undefined;
}

function quotient(q: Quotient): Figure {
  const top = readValue(q.top.value, q.top.role);
  const bottom = readValue(q.bottom.value, q.bottom.role);
  const inputs: Input[] = [inputOf(q.top.role, top, q.top.source), inputOf(q.bottom.role, bottom, q.bottom.source)];
  const base = { unit: q.unit, decimals: q.decimals, inputs };
  const missing = [top, bottom].flatMap((r) => (r.kind === 'symbol' ? [r.code] : []));
  const symbol = combinedSymbol(missing);
  if (symbol !== undefined) {
    const named = [[q.top.role, top], [q.bottom.role, bottom]] as const;
    const which = named.filter(([, r]) => r.kind === 'symbol').map(([role, r]) => `the ${role} is ${inputOf(role, r, undefined).value}`);
    return { ...base, ...optional(q.per), symbol, method: `no ${q.noun}: ${which.join(' and ')}` };
  }
  const [n, d] = [top, bottom] as [Extract<ReadValue, { kind: 'number' }>, Extract<ReadValue, { kind: 'number' }>];
  const times = q.scale === 1 ? '' : ` × ${en.format(q.scale)}`;
  if (d.decimal.digits === 0n) {
    return { ...base, ...optional(q.per), symbol: 'z', method: `not applicable: the ${q.bottom.role} is 0, so there is no ${q.noun}` };
  }
  const product: Decimal = { digits: n.decimal.digits * BigInt(q.scale), scale: n.decimal.scale };
  const value = digitsToNumber(roundRatioDigits(product, d.decimal, q.decimals), q.decimals);
  const unrounded = decimalToNumber({
    digits: roundRatioDigits(product, d.decimal, UNROUNDED_DECIMALS),
    scale: UNROUNDED_DECIMALS,
  });
  return { ...base, ...optional(q.per, q.symbol), value, unrounded, method: `${n.text} ÷ ${d.text}${times}` };
}

function checkScale(per: number): void {
  if (!Number.isSafeInteger(per) || per <= 0) throw new RangeError(`A rate is per a whole number of people, such as 10000, not ${per}`);
}

/**
 * numerator ÷ denominator × 100, exactly, rounded half away from zero.
 * A zero denominator gives `z` (not applicable): there were no cases to take a percentage of, which is
 * different from a figure that exists but is not available (`x`). A symbol on an input carries through
 * (a suppressed `c` input makes the percentage `c`).
 */
export function percentage(input: PercentageInput): Figure {
  return quotient({
    unit: 'percent',
    decimals: input.decimals,
    scale: 100,
    top: { role: 'numerator', value: input.numerator, source: input.sources?.numerator },
    bottom: { role: 'denominator', value: input.denominator, source: input.sources?.denominator },
    noun: 'percentage',
    symbol: input.symbol,
  });
}

/** count ÷ population × per (e.g. children in care per 10,000 children aged 0–17); a zero population gives `z`. */
export function ratePer(input: RateInput): Figure {
  checkScale(input.per);
  return quotient({
    unit: 'rate',
    decimals: input.decimals,
    per: input.per,
    scale: input.per,
    top: { role: 'count', value: input.count, source: input.sources?.count },
    bottom: { role: 'population', value: input.population, source: input.sources?.population },
    noun: 'rate',
    symbol: input.symbol,
  });
}

/** numerator ÷ denominator, e.g. open cases per case-holding FTE (212.5 ÷ 12.5 = 17.0); a zero denominator gives `z`. */
export function ratio(input: RatioInput): Figure {
  return quotient({
    unit: 'ratio',
    decimals: input.decimals,
    scale: 1,
    top: { role: 'numerator', value: input.numerator, source: input.sources?.numerator },
    bottom: { role: 'denominator', value: input.denominator, source: input.sources?.denominator },
    noun: 'ratio',
    symbol: input.symbol,
  });
}

/**
 * A published value taken as it is (a count, or a percentage DfE has already worked out), rounded half
 * away from zero to `decimals` if it has more places. A symbol instead of a value gives a figure with that symbol.
 */
export function given(input: GivenInput): Figure {
  const read = readValue(input.value, 'value');
  const inputs = [inputOf('value', read, input.source)];
  if (read.kind === 'symbol') {
    return { unit: input.unit, decimals: input.decimals, ...optional(input.per), symbol: read.code, method: 'as published', inputs };
  }
  const value = digitsToNumber(roundRatioDigits(read.decimal, { digits: 1n, scale: 0 }, input.decimals), input.decimals);
  return {
    unit: input.unit,
    decimals: input.decimals,
    ...optional(input.per, input.symbol),
    value,
    unrounded: decimalToNumber(read.decimal),
    method: 'as published',
    inputs,
  };
}
