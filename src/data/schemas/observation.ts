import { z } from 'zod';
import { cell, decimal, nonNegativeDecimal, optional, period, printedFigure, printedParts, required, symbol, text } from './cells.ts';

/**
 * `data/observations/*.csv`: long format, one row per indicator × area × period × breakdown.
 * Which of numerator, denominator and value a row needs depends on the indicator's unit
 * (checked against the catalogue in `checkObservations`).
 */
export const observationSchema = z.object({
  /** Id of an indicator in indicators.csv. @example "re-referrals-12-months" */
  indicator: cell(required('an indicator id from indicators.csv', text)),
  /** ONS code or DfE 3-digit code of an area in areas.csv. @example "873" */
  area: cell(required('an area code from areas.csv', text)),
  /** A month, financial year, quarter, cumulative quarters, calendar year or date. @example "2019/20" */
  period: cell(required('a period such as 2020-10, 2019/20, 2013/14 Q2 or 2020-03-31', period)),
  /** Part of the whole, blank for the whole. @example "Under 1" */
  breakdown: cell(optional(text)),
  /** What is counted (percent, ratio), or the count a rate is built on. @example "1082" */
  numerator: cell(optional(nonNegativeDecimal)),
  /** What the numerator is out of; for rates, the population if not taken from populations.csv. @example "2285" */
  denominator: cell(optional(nonNegativeDecimal)),
  /** The figure as published, when it is not derived here. @example "47.4" */
  value: cell(optional(decimal)),
  /** GSS symbol: c, x, z, low replace the number; u, p, r, e, b qualify it. @example "[c]" */
  marker: cell(optional(symbol)),
  /** A note shown with the figure. */
  note: cell(optional(text)),
  /**
   * The figure as the paper it comes from printed it, where pages would otherwise show it another way: a
   * number in the indicator's unit, with `k` or `m` for thousands or millions of pounds. The same figure at
   * the paper's precision is shown as the paper printed it (`1.24m` shows £1.24m); another figure is a
   * correction, shown with the paper's beside it and `why`. @example "5.5"
   */
  printed: cell(optional(printedFigure)),
  /**
   * Which of the row's numbers the paper did not print (`value`, `numerator`, `denominator`, separated by
   * spaces): pages mark each as added to the web version, with `why`. @example "denominator"
   */
  not_printed: cell(optional(printedParts)),
  /** One line: why the figure differs from the one `printed`, or how the numbers `not_printed` were worked out. */
  why: cell(optional(text)),
});

export type ObservationRow = z.output<typeof observationSchema>;
export const OBSERVATION_COLUMNS = Object.keys(observationSchema.shape) as (keyof ObservationRow)[];
/** Columns a file may leave out; every other column must be in the header. */
export const OBSERVATION_OPTIONAL_COLUMNS = ['breakdown', 'note', 'printed', 'not_printed', 'why'] as const;
