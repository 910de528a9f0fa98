import type { Period } from '../../engine/period.ts';
import type { DfePeriodKind } from '../../data/dfe-indicator-schema.ts';

const DAY: Record<Exclude<DfePeriodKind, 'financial-year'>, { month: number; day: number }> = {
  '31-march': { month: 3, day: 31 },
  '30-september': { month: 9, day: 30 },
};

/**
 * The period a DfE reporting year stands for. Reporting year 2021 of the children's social care files
 * is the year to 31 March 2021 (2020/21) or the count on that day; the workforce census's year 2021 is
 * the count on 30 September 2021 and the year to that day, which no financial year matches.
 */
export function reportingPeriod(year: number, kind: DfePeriodKind): Period {
  if (kind === 'financial-year') return { kind: 'financial-year', startYear: year - 1 };
  return { kind: 'date', year, ...DAY[kind] };
}

/**
 * The DfE reporting year a period of ours falls in, or undefined when it is not one DfE publishes for
 * this kind of figure. A financial year also names a 31 March count ("2020/21 benchmarks" quoted for
 * children in care mean 31 March 2021), never a 30 September one.
 */
export function reportingYear(period: Period, kind: DfePeriodKind): number | undefined {
  if (period.kind === 'financial-year') return kind === '30-september' ? undefined : period.startYear + 1;
  if (period.kind !== 'date' || kind === 'financial-year') return undefined;
  const { month, day } = DAY[kind];
  return period.month === month && period.day === day ? period.year : undefined;
}
