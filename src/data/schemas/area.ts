import { z } from 'zod';
import { cell, oneOf, optional, pattern, required, text } from './cells.ts';

export const AREA_KINDS = ['local-authority', 'region', 'country', 'fictional', 'group'] as const;

/** Kinds of area that are a council, so may have comparator groups and targets of their own. */
export const COUNCIL_KINDS = ['local-authority', 'fictional'] as const satisfies readonly (typeof AREA_KINDS)[number][];

const CODE_EXPECTED = 'an ONS code such as E10000003, a fictional code such as X00000001, or a group code such as E10000003-SN';

/** `data/areas.csv`: every area that observations, populations and benchmarks name. */
export const areaSchema = z.object({
  /**
   * ONS code, `X` and 8 digits for a fictional council, or for a comparator group the council's code,
   * a hyphen and an upper-case suffix. @example "E10000003"
   */
  code: cell(required(CODE_EXPECTED, pattern(/^[EWSNX]\d{8}(?:-[A-Z][A-Z0-9]*)?$/, CODE_EXPECTED))),
  /** DfE's 3-digit old LA code, blank for areas without one and for groups. @example "873" */
  dfe_code: cell(optional(pattern(/^\d{3}$/, 'a 3-digit DfE LA code such as 873'))),
  /** Name as shown on pages. @example "Cambridgeshire" */
  name: cell(required('a name', text)),
  /** @example "local-authority" */
  kind: cell(required(`one of ${AREA_KINDS.join(', ')}`, oneOf(AREA_KINDS))),
  /** ONS code of the region the area is in, blank for regions, countries and groups. @example "E12000006" */
  region_code: cell(optional(pattern(/^E12\d{6}$/, 'an ONS region code such as E12000006'))),
});

export type Area = z.output<typeof areaSchema>;
export const AREA_COLUMNS = Object.keys(areaSchema.shape) as (keyof Area)[];

export type AreaKind = Area['kind'];

/** A council (real or fictional) rather than a region, a country or a group of councils. */
export function isCouncilKind(kind: AreaKind): kind is (typeof COUNCIL_KINDS)[number] {
  return (COUNCIL_KINDS as readonly AreaKind[]).includes(kind);
}
