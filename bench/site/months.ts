/** A calendar month; `month` 1 is January. */
export interface Month {
  year: number;
  month: number;
}

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month `count` months after (or, when negative, before) `from`. */
export function addMonths(from: Month, count: number): Month {
  const zeroBased = from.year * 12 + (from.month - 1) + count;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

/** `2025-03`, the engine's month period. */
export function monthPeriod({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** `March 2025` */
export function monthName({ year, month }: Month): string {
  return `${NAMES[month - 1] ?? ''} ${year}`;
}

/** `2024/25`: the financial year (April to March) the month falls in. */
export function financialYear({ year, month }: Month): string {
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
