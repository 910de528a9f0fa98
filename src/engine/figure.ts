import type { SymbolCode } from './symbols.ts';

/** How a figure is measured; decides how it is computed, rounded and formatted. */
export type Unit = 'count' | 'percent' | 'rate' | 'ratio' | 'days' | 'weeks' | 'months' | 'currency';

/** Which direction is better. `none` where no direction is better (e.g. numbers in care). */
export type Polarity = 'higher' | 'lower' | 'none';

/** One input a figure was computed from, so that every figure can be traced. */
export interface Input {
  /** What the input is, e.g. "numerator", "population", "Hertfordshire 2020". */
  role: string;
  /** The exact value as read (a decimal string keeps what was published). */
  value: string;
  /** Where it came from, e.g. "data/observations/cambridgeshire.csv:14". */
  source?: string;
}

/**
 * A number ready to show, or the reason there is none.
 * Missing, suppressed and zero are different: `value` is undefined unless a number may be shown,
 * and a `replaces` symbol (c, x, z, low) is then set in `symbol`.
 */
export interface Figure {
  unit: Unit;
  /** The value rounded half away from zero to `decimals` places, from the exact inputs. */
  value?: number;
  /** The unrounded value (for positioning marks and ranking, never for display). */
  unrounded?: number;
  decimals: number;
  /** Why there is no number (c, x, z, low), or a qualifier on the number shown (p, r, e, u, b). */
  symbol?: SymbolCode;
  /** For rates: per how many of the population, e.g. 10000. */
  per?: number;
  /** How it was worked out, in words, e.g. "1082 ÷ 2285 × 100". */
  method?: string;
  inputs: Input[];
}
