/** A calendar month, e.g. October 2020 (text `2020-10`). `month` runs 1–12. */
export interface MonthPeriod {
  readonly kind: 'month';
  readonly year: number;
  readonly month: number;
}

/** A financial year April–March, named by the year it starts: 2019/20 has `startYear` 2019. */
export interface FinancialYearPeriod {
  readonly kind: 'financial-year';
  readonly startYear: number;
}

/**
 * A financial quarter (Q1 = April–June). `cumulative` means from 1 April to the end of the quarter
 * (`2013/14 Q1-Q2`, April–September), as papers report the year so far; otherwise the quarter alone.
 */
export interface QuarterPeriod {
  readonly kind: 'quarter';
  readonly startYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly cumulative: boolean;
}

/** A calendar year January–December (text `2020`). */
export interface CalendarYearPeriod {
  readonly kind: 'calendar-year';
  readonly year: number;
}

/** A snapshot "at" a date, e.g. children looked after at 31 March 2020 (text `2020-03-31`). */
export interface DatePeriod {
  readonly kind: 'date';
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type Period = MonthPeriod | FinancialYearPeriod | QuarterPeriod | CalendarYearPeriod | DatePeriod;

export type PeriodResult = { ok: true; period: Period } | { ok: false; reason: string };

export function monthPeriod(year: number, month: number): MonthPeriod {
  return { kind: 'month', year, month };
}

export function financialYear(startYear: number): FinancialYearPeriod {
  return { kind: 'financial-year', startYear };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
