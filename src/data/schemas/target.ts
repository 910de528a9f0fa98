import { z } from 'zod';
import { cell, decimal, nonNegativeDecimal, optional, period, required, text } from './cells.ts';

/**
 * `data/targets.csv` (optional): a council's own target for an indicator, in force from `from` until
 * a later row for the same indicator and council. The catalogue's target is the default without one.
 */
export const targetSchema = z.object({
  /** Id of an indicator in indicators.csv. @example "average-caseload" */
  indicator: cell(required('an indicator id from indicators.csv', text)),
  /** ONS code or DfE 3-digit code of a council in areas.csv. @example "E10000003" */
  area: cell(required('the code of a council in areas.csv', text)),
  /** The first period the target applies to. @example "2022/23" */
  from: cell(required('a period such as 2022/23 or 2022-10', period)),
  /** In the indicator's unit. @example "15" */
  target: cell(required("a number in the indicator's unit", decimal)),
  /** Distance from the target still counted as amber, in the indicator's unit; blank for none. @example "1" */
  tolerance: cell(optional(nonNegativeDecimal)),
  /** Where the target comes from, e.g. the paper and paragraph. */
  note: cell(optional(text)),
});

export type TargetRow = z.output<typeof targetSchema>;
export const TARGET_COLUMNS = Object.keys(targetSchema.shape) as (keyof TargetRow)[];
/** Columns a file may leave out; every other column must be in the header. */
export const TARGET_OPTIONAL_COLUMNS = ['tolerance', 'note'] as const;
