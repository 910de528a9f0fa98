import { longMonthName, type Period } from '../../engine/index.ts';

export interface EesTime {
  time_period: string;
  time_identifier: string;
}

/**
 * A period in EES's time columns, or undefined where EES has no time identifier that reads back as
 * the same period: a count at a date, and quarters to date (EES's "Reporting year" means 31 March in
 * DfE's files, which our reader takes as the financial year, and its halves are April–September only).
 */
export function eesTime(period: Period): EesTime | undefined {
  switch (period.kind) {
    case 'month':
      return { time_period: String(period.year), time_identifier: longMonthName(period.month) };
    case 'financial-year':
      return { time_period: financialYear(period.startYear), time_identifier: 'Financial year' };
    case 'quarter':
      return period.cumulative ? undefined : { time_period: financialYear(period.startYear), time_identifier: `Financial year Q${period.quarter}` };
    case 'calendar-year':
      return { time_period: String(period.year), time_identifier: 'Calendar year' };
    case 'date':
      return undefined;
  }
}

/** EES writes 2019/20 as 201920. */
function financialYear(startYear: number): string {
  return `${startYear}${String((startYear + 1) % 100).padStart(2, '0')}`;
}
