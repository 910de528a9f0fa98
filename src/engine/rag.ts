import { compareDecimals, subtractDecimals, toDecimal, addDecimals, multiplyDecimals, type Decimal } from './decimal.ts';
import type { Figure, Polarity } from './figure.ts';

export interface RagRating {
  rated: true;
  status: 'green' | 'amber' | 'red';
  label: 'On target' | 'Near target' | 'Off target';
  /** A distinct shape for each status so colour is never the only signal (and none is an arrow). */
  shape: '●' | '◆' | '✖';
}

export interface NotRated {
  rated: false;
  /** Why there is no rating, in words for the page. */
  reason: string;
}

export interface RagTarget {
  target: number | string | undefined;
  /**
   * How far on the wrong side of the target is within the tolerance: in the indicator's unit
   * (percentage points for a percentage), or, with `toleranceOf: 'target'`, as a percentage of the target.
   */
  tolerance: number | string;
  polarity: Polarity;
  /** `unit` (the default): the tolerance is in the indicator's unit; `target`: it is a percentage of the target. */
  toleranceOf?: 'unit' | 'target';
  /** What a figure short of the target but within the tolerance is rated: amber (the default) or green. */
  within?: 'amber' | 'green';
}

const GREEN: RagRating = { rated: true, status: 'green', label: 'On target', shape: '●' };
const AMBER: RagRating = { rated: true, status: 'amber', label: 'Near target', shape: '◆' };
// Not ■: papers print ■ where a number was removed (seed 002), and a reader must not confuse the two.
const RED: RagRating = { rated: true, status: 'red', label: 'Off target', shape: '✖' };

/**
 * Green at or better than the target, amber on the wrong side but within the tolerance (inclusive), red
 * beyond it. Works on the shown value of a figure (its rounded `value`) and compares exactly, so that
 * 90.1 against a target of 95 with a tolerance of 4.9 is amber, as a reader would work it out.
 * An indicator with polarity `none` has no better side, so it is not rated; nor is a missing value or target.
 */
export function ragRating(value: number | Figure | undefined, { target, tolerance, polarity, toleranceOf = 'unit', within = 'amber' }: RagTarget): RagRating | NotRated {
  if (polarity === 'none') return { rated: false, reason: 'not rated: no direction is better for this indicator' };
  if (target === undefined) return { rated: false, reason: 'not rated: there is no target' };
  const shown = typeof value === 'object' ? value.value : value;
  if (shown === undefined) return { rated: false, reason: 'not rated: there is no figure' };
  const actual = toDecimal(shown);
  const goal = toDecimal(target);
  const sign = polarity === 'higher' ? 1 : -1;
  if (compareDecimals(actual, goal) * sign >= 0) return GREEN;
  const edge = toleranceEdge({ target, tolerance, polarity, toleranceOf });
  const inside = compareDecimals(actual, edge) * sign >= 0;
  return inside ? (within === 'green' ? GREEN : AMBER) : RED;
}

/**
 * The last value on the wrong side of the target that is still within the tolerance: 90 − 1 = 89 for a
 * target of 90% with 1 percentage point; 80 − 10% of 80 = 72 for a tolerance of 10% of the target.
 */
export function toleranceEdge({ target, tolerance, polarity, toleranceOf = 'unit' }: Pick<RagTarget, 'target' | 'tolerance' | 'polarity' | 'toleranceOf'>): Decimal {
  const goal = toDecimal(target ?? 0);
  const given = toDecimal(tolerance);
  if (given.digits < 0n) throw new RangeError(`A tolerance cannot be negative: ${tolerance}`);
  const absolute = goal.digits < 0n ? { digits: -goal.digits, scale: goal.scale } : goal;
  const slack = toleranceOf === 'target' ? multiplyDecimals(absolute, { digits: given.digits, scale: given.scale + 2 }) : given;
  return polarity === 'lower' ? addDecimals(goal, slack) : subtractDecimals(goal, slack);
}
