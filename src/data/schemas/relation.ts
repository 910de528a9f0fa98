import { z } from 'zod';
import { cell, oneOf, optional, required, text } from './cells.ts';

/**
 * How one published figure depends on another, so that withholding one withholds whatever would give
 * it away. Each kind says how the figure (indicator, breakdown) is made from `of` (of_indicator,
 * of_breakdown) at the same area:
 * - `year-to-date`: summed or averaged over the months from April to its month;
 * - `12-months`: over the 12 months to its month (a total, an average or a percentage of them);
 * - `rate`: `of` divided by a population;
 * - `share`: `of` as a part of its whole (the row of `of_indicator` with no breakdown), same period;
 * - `leaving`: how many left the stock `of` during its month, so that the stock at the start of the
 *   month less those leaving is close to the stock at its end.
 */
export const RELATION_KINDS = ['year-to-date', '12-months', 'rate', 'share', 'leaving'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** `data/relations.csv` (optional): one row per figure that is made from another. */
export const relationSchema = z.object({
  /** The indicator that is made from another. @example "referrals-12-month-average" */
  indicator: cell(required('an indicator id from indicators.csv', text)),
  /** Its breakdown, blank for the whole. @example "Lasted 2 years or more" */
  breakdown: cell(optional(text)),
  /** @example "12-months" */
  relation: cell(required(`one of ${RELATION_KINDS.join(', ')}`, oneOf(RELATION_KINDS))),
  /** The indicator it is made from. @example "referrals" */
  of_indicator: cell(required('an indicator id from indicators.csv', text)),
  /** The breakdown of that indicator, blank for the whole. @example "On a plan for more than 2 years" */
  of_breakdown: cell(optional(text)),
  /** Why, in words. */
  note: cell(optional(text)),
});

export type RelationRow = z.output<typeof relationSchema>;
export const RELATION_OPTIONAL_COLUMNS = ['breakdown', 'of_breakdown', 'note'] as const;
