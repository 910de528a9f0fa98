import {
  daysInMonth,
  financialYear,
  monthPeriod,
  type CalendarYearPeriod,
  type DatePeriod,
  type FinancialYearPeriod,
  type MonthPeriod,
  type Period,
  type QuarterPeriod,
} from './period.ts';

/** The month `offset` months after (or before, if negative) `month`. */
export function addMonths(month: MonthPeriod, offset: number): MonthPeriod {
  const index = month.year * 12 + (month.month - 1) + offset;
  return monthPeriod(Math.floor(index / 12), (index % 12) + 1);
}

function dateOneYearEarlier(p: DatePeriod): DatePeriod {
  // 29 February has no twin in the year before; the last day of that February stands in for it.
  const day = Math.min(p.day, daysInMonth(p.year - 1, p.month));
  return { kind: 'date', year: p.year - 1, month: p.month, day };
}

/**
 * The period just before, of the same kind: the previous month, financial year, quarter or calendar year.
 * Quarters to date step back one quarter within the year (Q1-Q3 → Q1-Q2 → Q1 alone); Q1 steps back to the
 * previous year's Q4. A snapshot date steps back one year, because national snapshots are taken once a
 * year (31 March); model monthly snapshots ("at the end of October") as months.
 */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'month':
      return addMonths(p, -1);
    case 'financial-year':
      return financialYear(p.startYear - 1);
    case 'quarter':
      if (p.quarter === 1) return { kind: 'quarter', startYear: p.startYear - 1, quarter: 4, cumulative: false };
      return {
        kind: 'quarter',
        startYear: p.startYear,
        quarter: (p.quarter - 1) as 1 | 2 | 3,
        cumulative: p.cumulative && p.quarter > 2,
      };
    case 'calendar-year':
      return { kind: 'calendar-year', year: p.year - 1 };
    case 'date':
      return dateOneYearEarlier(p);
  }
}

/** The same period one year earlier: Oct 2019 for Oct 2020, 2012/13 Q1-Q2 for 2013/14 Q1-Q2. */
export function samePeriodLastYear(p: Period): Period {
  switch (p.kind) {
    case 'month':
      return addMonths(p, -12);
    case 'financial-year':
      return financialYear(p.startYear - 1);
    case 'quarter':
      return { ...p, startYear: p.startYear - 1 };
    case 'calendar-year':
      return { kind: 'calendar-year', year: p.year - 1 };
    case 'date':
      return dateOneYearEarlier(p);
  }
}

/** The financial year (April–March) a month, quarter or date falls in; a calendar year spans two, so is not accepted. */
export function financialYearOf(p: MonthPeriod | QuarterPeriod | FinancialYearPeriod | DatePeriod): FinancialYearPeriod {
  switch (p.kind) {
    case 'financial-year':
      return p;
    case 'quarter':
      return financialYear(p.startYear);
    case 'month':
    case 'date':
      return financialYear(p.month >= 4 ? p.year : p.year - 1);
  }
}

/** `count` months ending with `month`, oldest first. */
export function monthsEnding(month: MonthPeriod, count: number): MonthPeriod[] {
  return Array.from({ length: count }, (_, i) => addMonths(month, i - count + 1));
}

/** April of the month's financial year up to and including the month, oldest first. */
export function yearToDateMonths(month: MonthPeriod): MonthPeriod[] {
  const april = monthPeriod(financialYearOf(month).startYear, 4);
  return monthsEnding(month, (month.year - april.year) * 12 + month.month - april.month + 1);
}

/** The month and the 11 before it, oldest first. */
export function rolling12Months(month: MonthPeriod): MonthPeriod[] {
  return monthsEnding(month, 12);
}

/** The months a period covers, oldest first. A quarter to date covers April to the quarter's end. */
export function monthsIn(p: MonthPeriod | FinancialYearPeriod | QuarterPeriod | CalendarYearPeriod): MonthPeriod[] {
  switch (p.kind) {
    case 'month':
      return [p];
    case 'financial-year':
      return monthsEnding(monthPeriod(p.startYear + 1, 3), 12);
    case 'quarter': {
      const end = addMonths(monthPeriod(p.startYear, 4), p.quarter * 3 - 1);
      return monthsEnding(end, p.cumulative ? p.quarter * 3 : 3);
    }
    case 'calendar-year':
      return monthsEnding(monthPeriod(p.year, 12), 12);
  }
}

/** The period after `p`, of the same kind; undefined for quarters to date, which do not follow each other evenly. */
function nextPeriod(p: Period): Period | undefined {
  switch (p.kind) {
    case 'month':
      return addMonths(p, 1);
    case 'financial-year':
      return financialYear(p.startYear + 1);
    case 'quarter':
      if (p.cumulative) return undefined;
      return p.quarter === 4 ? { kind: 'quarter', startYear: p.startYear + 1, quarter: 1, cumulative: false } : { ...p, quarter: (p.quarter + 1) as 1 | 2 | 3 | 4 };
    case 'calendar-year':
      return { kind: 'calendar-year', year: p.year + 1 };
    case 'date': {
      // Snapshots a year apart (31 March each year); 29 February falls back to 28 in other years.
      const year = p.year + 1;
      return { kind: 'date', year, month: p.month, day: Math.min(p.day, daysInMonth(year, p.month)) };
    }
  }
}

/**
 * Every period from `first` to `last` inclusive, of their kind, in order: the periods a regular series
 * should have, so that a missing one can be named. Undefined where the two are of different kinds or the
 * kind has no regular step (quarters to date), or for more than `limit` periods.
 */
export function periodsBetween(first: Period, last: Period, limit = 600): Period[] | undefined {
  if (first.kind !== last.kind) return undefined;
  if (first.kind === 'date' && last.kind === 'date' && (first.month !== last.month || first.day !== last.day)) return undefined;
  const key = (p: Period) => JSON.stringify(p);
  const periods: Period[] = [first];
  let current: Period | undefined = first;
  while (key(current) !== key(last)) {
    current = nextPeriod(current);
    if (current === undefined || periods.length >= limit) return undefined;
    periods.push(current);
  }
  return periods;
}
