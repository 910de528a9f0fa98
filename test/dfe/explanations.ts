import type { PublishedFigure } from './published-figure.ts';

/**
 * A reason, checked on the row's own cells, why a published number could not be reproduced.
 * Rules are code rather than lists of rows, so a new DfE release is judged by the same test.
 */
export interface Explanation {
  name: string;
  applies(figure: PublishedFigure): boolean;
}

/**
 * DfE publishes 0% next to a suppressed denominator when the numerator is 0: 0 ÷ d is 0 for every
 * positive d, so the percentage reveals nothing and is left in. (A zero denominator is published `z`.)
 */
export const zeroOverSuppressedDenominator: Explanation = {
  name: 'numerator 0 and denominator suppressed: 0 for any positive denominator',
  applies: ({ published, numerator, denominator }) =>
    published.value === 0 && numerator.value === 0 && denominator.symbol !== undefined,
};

export const DFE_EXPLANATIONS: readonly Explanation[] = [zeroOverSuppressedDenominator];
