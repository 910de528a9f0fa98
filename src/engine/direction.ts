import { compareDecimals, toDecimal } from './decimal.ts';
import type { Figure, Polarity } from './figure.ts';
import { roundHalfAway } from './rounding.ts';

export interface DirectionOfTravel {
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** Whether the change is an improvement, given the indicator's polarity. */
  judgement: 'better' | 'worse' | 'no change' | 'not judged';
  /** ▲ ▼ ↔ as the seed papers draw them (↔ for no change); ? when there is nothing to compare. */
  symbol: '▲' | '▼' | '↔' | '?';
  /** Direction and judgement in words, so the arrow is never the only signal, e.g. "up, worse". */
  words: string;
}

type Comparable = number | Figure | undefined;

function shown(value: Comparable, decimals: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') return value.value;
  return decimals === undefined ? value : roundHalfAway(value, decimals);
}

/**
 * Compares the current value with the previous one as readers see them: a figure's rounded `value`, or a
 * number rounded to `decimals` when given, so that 81.04 and 81.0 shown as "81.0%" both read "no change".
 * Polarity turns the direction into a judgement: up on a "lower is better" indicator is worse; on a
 * polarity `none` indicator (numbers in care) a change is reported but not judged.
 */
export function directionOfTravel(
  current: Comparable,
  previous: Comparable,
  polarity: Polarity,
  decimals?: number,
): DirectionOfTravel {
  const now = shown(current, decimals);
  const before = shown(previous, decimals);
  if (now === undefined || before === undefined) {
    return {
      direction: 'unknown',
      judgement: 'not judged',
      symbol: '?',
      words: now === undefined ? 'no current figure to compare' : 'no earlier figure to compare',
    };
  }
  const order = compareDecimals(toDecimal(now), toDecimal(before));
  if (order === 0) return { direction: 'same', judgement: 'no change', symbol: '↔', words: 'no change' };
  const direction = order > 0 ? 'up' : 'down';
  const symbol = order > 0 ? '▲' : '▼';
  if (polarity === 'none') return { direction, judgement: 'not judged', symbol, words: direction };
  const better = (polarity === 'higher') === (order > 0);
  const judgement = better ? 'better' : 'worse';
  return { direction, judgement, symbol, words: `${direction}, ${judgement}` };
}
