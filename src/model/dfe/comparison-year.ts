import type { DfeIndicator } from '../../data/dfe-indicator.ts';
import type { EesFile } from '../../data/ees.ts';
import { periodSpan } from '../../engine/index.ts';
import { dfeYears } from './dfe-row.ts';
import { reportingPeriod } from './reporting-period.ts';

/** The day, as YYYY-MM-DD, by which DfE has published a reporting year's figures for this mapping. */
export function releaseDay(mapping: Pick<DfeIndicator, 'period' | 'releaseMonths'>, year: number): string {
  const end = periodSpan(reportingPeriod(year, mapping.period)).last;
  const months = Math.floor(end / 10000) * 12 + (Math.floor(end / 100) % 100) - 1 + mapping.releaseMonths;
  const year_ = Math.floor(months / 12);
  const month = (months % 12) + 1;
  // The end of the month the release falls in: a figure counts as out once that month is over.
  const last = new Date(Date.UTC(year_, month, 0)).getUTCDate();
  return `${year_}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * The latest reporting year a paper tabled on `day` could compare with: the file has it and DfE had
 * published it by then. Children in need figures for the year to March 2021 came out in the autumn of
 * 2021, so a paper tabled in March 2022 compares with 2020/21.
 */
export function comparisonYear(file: EesFile, mapping: Pick<DfeIndicator, 'period' | 'releaseMonths'>, day: string): number | undefined {
  return dfeYears(file).filter((year) => releaseDay(mapping, year) <= day).at(-1);
}
