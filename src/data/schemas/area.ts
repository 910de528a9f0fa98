import { z } from 'zod';
import { cell, oneOf, optional, pattern, required, text } from './cells.ts';

export const AREA_KINDS = ['local-authority', 'region', 'country', 'fictional'] as const;

/** `data/areas.csv`: every area that observations, populations and benchmarks name. */
export const areaSchema = z.object({
  /** ONS code, or `X` and 8 digits for a fictional council. @example "E10000003" */
  code: cell(required('an ONS code such as E10000003 or a fictional code such as X00000001', pattern(/^[EWSNX]\d{8}$/, 'an ONS code such as E10000003 or a fictional code such as X00000001'))),
  /** DfE's 3-digit old LA code, blank for areas without one. @example "873" */
  dfe_code: cell(optional(pattern(/^\d{3}$/, 'a 3-digit DfE LA code such as 873'))),
  /** Name as shown on pages. @example "Cambridgeshire" */
  name: cell(required('a name', text)),
  /** @example "local-authority" */
  kind: cell(required(`one of ${AREA_KINDS.join(', ')}`, oneOf(AREA_KINDS))),
  /** ONS code of the region the area is in, blank for regions and countries. @example "E12000006" */
  region_code: cell(optional(pattern(/^E12\d{6}$/, 'an ONS region code such as E12000006'))),
});

export type Area = z.output<typeof areaSchema>;
export const AREA_COLUMNS = Object.keys(areaSchema.shape) as (keyof Area)[];
