import { monthsIn, parsePeriod, daysInMonth, type MonthPeriod } from '../../engine/index.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const firstDay = (m: MonthPeriod): string => `${m.year}-${pad(m.month)}-01`;
const lastDay = (m: MonthPeriod): string => `${m.year}-${pad(m.month)}-${pad(daysInMonth(m.year, m.month))}`;

/**
 * A report's period as schema.org's temporalCoverage expects it: an ISO 8601 interval of whole days
 * (`2020-10-01/2020-10-31`, `2013-04-01/2013-09-30` for 2013/14 Q1-Q2), or the single day of a
 * snapshot (`2020-03-31`).
 */
export function temporalCoverage(periodText: string): string {
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) throw new Error(parsed.reason);
  const period = parsed.period;
  if (period.kind === 'date') return `${period.year}-${pad(period.month)}-${pad(period.day)}`;
  const months = monthsIn(period);
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) throw new Error(`period "${periodText}" covers no months`);
  return `${firstDay(first)}/${lastDay(last)}`;
}
