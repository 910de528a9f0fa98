import { z } from 'zod';
import type { Polarity, Unit } from '../../engine/figure.ts';
import { cell, decimal, nonNegativeDecimal, oneOf, optional, pattern, required, text, wholeNumber } from './cells.ts';

export const UNITS = ['count', 'percent', 'rate', 'ratio', 'days', 'weeks', 'months', 'currency'] as const satisfies readonly Unit[];
export const POLARITIES = ['higher', 'lower', 'none'] as const satisfies readonly Polarity[];

/** `data/indicators.csv`: the indicator catalogue, one row per indicator. */
export const indicatorSchema = z.object({
  /** Kebab-case key used by observation rows and report pages. @example "re-referrals-12-months" */
  id: cell(required('a kebab-case id such as re-referrals-12-months', pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case (lower-case letters, digits and single hyphens)'))),
  /** The report section it belongs to. @example "Front door" */
  section: cell(required('a section name', text)),
  /** Short name shown in tables and charts. @example "Re-referrals within 12 months" */
  label: cell(required('a label', text)),
  /** What is counted, in plain words, as published with every chart. */
  definition: cell(required('a definition', text)),
  /** How the figure is measured; decides the checks on observation rows. @example "percent" */
  unit: cell(required(`one of ${UNITS.join(', ')}`, oneOf(UNITS))),
  /** Rates only: per how many of the population aged 0–17; blank for other units. @example "10000" */
  rate_per: cell(optional(wholeNumber(1))),
  /** Which direction is better. @example "lower" */
  polarity: cell(required(`one of ${POLARITIES.join(', ')}`, oneOf(POLARITIES))),
  /** Decimal places shown, 0 to 3. @example "1" */
  decimals: cell(required('a whole number from 0 to 3', wholeNumber(0, 3))),
  /** Optional local target, in the indicator's unit. @example "22" */
  target: cell(optional(decimal)),
  /** Optional distance from the target still counted as amber, in the indicator's unit. @example "2" */
  tolerance: cell(optional(nonNegativeDecimal)),
  /** Where the definition and figures come from. @example "DfE children in need census" */
  source: cell(required('a source', text)),
});

export type Indicator = z.output<typeof indicatorSchema>;
export const INDICATOR_COLUMNS = Object.keys(indicatorSchema.shape) as (keyof Indicator)[];
