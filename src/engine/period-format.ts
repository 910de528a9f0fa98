import type { Period } from './period.ts';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function shortMonthName(month: number): string {
  return SHORT_MONTHS[month - 1] ?? `month ${month}`;
}

export function longMonthName(month: number): string {
  return LONG_MONTHS[month - 1] ?? `month ${month}`;
}

/** An ISO date in words, as an English reader writes it: `2020-12-01` is `1 December 2020`. */
export function longDate(isoDate: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (parts === null) throw new Error(`"${isoDate}" is not a date written as YYYY-MM-DD`);
  return `${Number(parts[3])} ${longMonthName(Number(parts[2]))} ${parts[1]}`;
}

/** `2019/20`: the second part is the last two digits of the following year. */
export function financialYearText(startYear: number): string {
  return `${startYear}/${two((startYear + 1) % 100)}`;
}

/** Financial quarter `q` starts in month 4, 7, 10 or 1. */
function quarterMonthSpan(firstQuarter: number, lastQuarter: number): string {
  const first = ((firstQuarter - 1) * 3 + 3) % 12;
  const last = ((lastQuarter - 1) * 3 + 5) % 12;
  return `${SHORT_MONTHS[first]}–${SHORT_MONTHS[last]}`;
}

/** The canonical text that `parsePeriod` reads back: `2020-10`, `2019/20`, `2013/14 Q1-Q2`, `2020`, `2020-03-31`. */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${two(p.month)}`;
    case 'financial-year':
      return financialYearText(p.startYear);
    case 'quarter':
      return `${financialYearText(p.startYear)} ${p.cumulative ? `Q1-Q${p.quarter}` : `Q${p.quarter}`}`;
    case 'calendar-year':
      return String(p.year);
    case 'date':
      return `${p.year}-${two(p.month)}-${two(p.day)}`;
  }
}

/** en-GB words for readers: `Oct 2020`, `2019/20`, `Q2 2013/14 (Jul–Sep)`, `Q1–Q2 2013/14 (Apr–Sep)`, `31 March 2020`. */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `${shortMonthName(p.month)} ${p.year}`;
    case 'financial-year':
      return financialYearText(p.startYear);
    case 'quarter': {
      const year = financialYearText(p.startYear);
      return p.cumulative
        ? `Q1–Q${p.quarter} ${year} (${quarterMonthSpan(1, p.quarter)})`
        : `Q${p.quarter} ${year} (${quarterMonthSpan(p.quarter, p.quarter)})`;
    }
    case 'calendar-year':
      return String(p.year);
    case 'date':
      return `${p.day} ${longMonthName(p.month)} ${p.year}`;
  }
}

/**
 * A key for maps and joins. It names the kind as well as the text so that a future kind written the
 * same way (an academic year is also "2019/20") can never collide.
 */
export function periodKey(p: Period): string {
  return `${p.kind}:${formatPeriod(p)}`;
}

/** A period as a chart's axis names it, without the months a quarter spans: `Oct 2020`, `Q2 2013/14`, `Q1–Q2 2013/14`, `2019/20`, `31 Mar 2020`. */
export function periodAxisLabel(p: Period): string {
  switch (p.kind) {
    case 'quarter':
      return `${p.cumulative ? `Q1–Q${p.quarter}` : `Q${p.quarter}`} ${financialYearText(p.startYear)}`;
    case 'date':
      return `${p.day} ${shortMonthName(p.month)} ${p.year}`;
    default:
      return periodLabel(p);
  }
}
