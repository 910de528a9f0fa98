import { daysInMonth, type Period } from './period.ts';

/** A day as a sortable integer yyyymmdd. */
function day(year: number, month: number, d: number): number {
  return year * 10000 + month * 100 + d;
}

function lastDay(year: number, month: number): number {
  return day(year, month, daysInMonth(year, month));
}

/** First and last day covered, as yyyymmdd integers. */
export function periodSpan(p: Period): { first: number; last: number } {
  switch (p.kind) {
    case 'month':
      return { first: day(p.year, p.month, 1), last: lastDay(p.year, p.month) };
    case 'financial-year':
      return { first: day(p.startYear, 4, 1), last: day(p.startYear + 1, 3, 31) };
    case 'quarter': {
      const lastMonth = ((p.quarter * 3 + 2) % 12) + 1;
      const lastYear = p.quarter === 4 ? p.startYear + 1 : p.startYear;
      const firstQuarter = p.cumulative ? 1 : p.quarter;
      const firstMonth = ((firstQuarter * 3) % 12) + 1;
      const firstYear = firstQuarter === 4 ? p.startYear + 1 : p.startYear;
      return { first: day(firstYear, firstMonth, 1), last: lastDay(lastYear, lastMonth) };
    }
    case 'calendar-year':
      return { first: day(p.year, 1, 1), last: day(p.year, 12, 31) };
    case 'date':
      return { first: day(p.year, p.month, p.day), last: day(p.year, p.month, p.day) };
  }
}

const KIND_ORDER: Record<Period['kind'], number> = {
  'calendar-year': 0,
  'financial-year': 1,
  quarter: 2,
  month: 3,
  date: 4,
};

/**
 * Orders periods by the day they end, so a series sorts oldest first whatever its kind; periods ending the
 * same day put the longer first (2013/14 Q1-Q2 before 2013/14 Q2, March 2020 before 31 March 2020).
 */
export function comparePeriods(a: Period, b: Period): number {
  const left = periodSpan(a);
  const right = periodSpan(b);
  return left.last - right.last || left.first - right.first || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && comparePeriods(a, b) === 0;
}
