import { z } from 'zod';
import { cell, optional, pattern, required, text, wholeNumber } from './cells.ts';

/** `data/populations.csv`: children aged 0–17 by area, from the ONS mid-year estimates. */
export const populationSchema = z.object({
  /** ONS code or DfE 3-digit code of an area in areas.csv. @example "E10000003" */
  area: cell(required('an area code', text)),
  /** Year of the mid-year (30 June) estimate. @example "2019" */
  period: cell(required('a year such as 2019', pattern(/^\d{4}$/, 'a year such as 2019 (the mid-year estimate year)'))).transform(Number),
  /** Children aged 0–17, a whole number. @example "140254" */
  population: cell(required('a whole number', wholeNumber(1))),
  /** @example "ONS mid-year estimates 2019" */
  source: cell(optional(text)),
});

export type Population = z.output<typeof populationSchema>;
export const POPULATION_COLUMNS = Object.keys(populationSchema.shape) as (keyof Population)[];
