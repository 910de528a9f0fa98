import { compareDecimals, subtractDecimals, toDecimal, addDecimals } from './decimal.ts';
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
  /** How far on the wrong side of the target still counts as amber, in the indicator's unit. */
  tolerance: number | string;
  polarity: Polarity;
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
export function ragRating(value: number | Figure | undefined, { target, tolerance, polarity }: RagTarget): RagRating | NotRated {
  if (polarity === 'none') return { rated: false, reason: 'not rated: no direction is better for this indicator' };
  if (target === undefined) return { rated: false, reason: 'not rated: there is no target' };
  const shown = typeof value === 'object' ? value.value : value;
  if (shown === undefined) return { rated: false, reason: 'not rated: there is no figure' };
  const slack = toDecimal(tolerance);
  if (slack.digits < 0n) throw new RangeError(`A tolerance cannot be negative: ${tolerance}`);
  const actual = toDecimal(shown);
  const goal = toDecimal(target);
  const sign = polarity === 'higher' ? 1 : -1;
  if (compareDecimals(actual, goal) * sign >= 0) return GREEN;
  const edge = polarity === 'higher' ? subtractDecimals(goal, slack) : addDecimals(goal, slack);
  return compareDecimals(actual, edge) * sign >= 0 ? AMBER : RED;
}
