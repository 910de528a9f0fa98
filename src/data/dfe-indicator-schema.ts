import { z } from 'zod';
import { cell, oneOf, optional, required, text, wholeNumber, type CellParser } from './schemas/cells.ts';
import { UNITS } from './schemas/indicator.ts';

/** How a DfE reporting year becomes one of our periods: see `reportingPeriod`. */
export const DFE_PERIOD_KINDS = ['financial-year', '31-march', '30-september'] as const;
export type DfePeriodKind = (typeof DFE_PERIOD_KINDS)[number];

/** One `column=value` condition on a row of a DfE file. */
export interface FilterPair {
  column: string;
  value: string;
}

const FILTER_EXPECTED = 'column=value pairs separated by ";", e.g. cla_group=CLA on 31 March;placement_stability=Total children';

/** `a=b;c=d`: DfE's filter labels hold commas but never `;` or `=`. */
export const filterPairs: CellParser<FilterPair[]> = (raw) => {
  const pairs: FilterPair[] = [];
  for (const part of raw.split(';')) {
    const at = part.indexOf('=');
    const column = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (at < 0 || column === '' || value === '') return { ok: false, message: `is not ${FILTER_EXPECTED}` };
    pairs.push({ column, value });
  }
  return { ok: true, value: pairs };
};

/** `agency_fte+inpost_fte`: some of DfE's denominators are the sum of two published columns. */
const columnSum: CellParser<string[]> = (raw) => {
  const columns = raw.split('+').map((name) => name.trim());
  return columns.some((name) => name === '')
    ? { ok: false, message: 'is not a column name or columns joined by "+"' }
    : { ok: true, value: columns };
};

/** `data/dfe-indicators.csv`: which of our indicators a DfE file gives, and how to read it. */
export const dfeIndicatorSchema = z.object({
  /** Id of an indicator in indicators.csv. @example "placements-3-or-more" */
  indicator: cell(required('an indicator id from indicators.csv', text)),
  /** File name under data/dfe/. @example "la_cla_placement_stability.csv" */
  file: cell(required('the name of a file in data/dfe/', text)),
  /** @example "financial-year" */
  period: cell(required(`one of ${DFE_PERIOD_KINDS.join(', ')}`, oneOf(DFE_PERIOD_KINDS))),
  /** The rows that hold the figure; blank when every row of a year and area does. */
  filter: cell(optional(filterPairs)),
  /** Column of the count. @example "children_count" */
  numerator: cell(required('a value column of the file', text)),
  /** Column (or columns joined by +) the count is out of; blank for counts. */
  denominator: cell(optional(columnSum)),
  /** Conditions that replace some of `filter` to find the row holding the denominator (a total row). */
  denominator_filter: cell(optional(filterPairs)),
  /** Column of the figure DfE published. @example "children_percent" */
  value: cell(required('a value column of the file', text)),
  /** Decimal places DfE publishes the value with. */
  decimals: cell(required('a whole number from 0 to 3', wholeNumber(0, 3))),
  /** Must be the indicator's unit in indicators.csv. */
  unit: cell(required(`one of ${UNITS.join(', ')}`, oneOf(UNITS))),
  note: cell(optional(text)),
  /** The DfE publication, as a reader would look it up. @example "Characteristics of children in need" */
  publication: cell(optional(text)),
  /**
   * How many whole months after its period ends DfE has published a year's figures: a paper can compare
   * only with a year published by its meeting date. Blank: 9 months after 31 March, 5 after 30 September.
   */
  release_months: cell(optional(wholeNumber(1, 24))),
});

export type DfeIndicatorRow = z.output<typeof dfeIndicatorSchema>;
export const DFE_INDICATOR_OPTIONAL_COLUMNS = ['filter', 'denominator', 'denominator_filter', 'note', 'publication', 'release_months'] as const;
