import type { IndicatorEntry, Observation } from '../data/dataset.ts';
import {
  isSmallCount,
  rollingAverage,
  suppressFigure,
  yearToDate,
  type CountRow,
  type Figure,
  type FractionRow,
  type MonthPeriod,
  type Period,
} from '../engine/index.ts';
import { policyCovers, ruleOf, type DisclosurePolicy } from './council-policy.ts';

interface MonthRow {
  period: Period;
  observation: Observation;
}

/** A figure worked out over months, and whether its sums were small counts that withhold it. */
export interface WindowFigure {
  figure: Figure;
  small: boolean;
}

/**
 * The year to date from April of a monthly series: percentages from summed numerators and denominators,
 * counts summed. The per-month inputs are dropped: some of them may be small counts a page must not show.
 */
export function yearToDateOf(policy: DisclosurePolicy, indicator: IndicatorEntry, series: readonly MonthRow[], month: MonthPeriod): WindowFigure | undefined {
  if (indicator.unit === 'percent') {
    const rows = fractionRows(series);
    const figure = yearToDate(rows, month, { measure: 'percentage', decimals: indicator.decimals });
    const sums = [
      yearToDate(rows.map((r) => ({ period: r.period, value: r.numerator })), month, { measure: 'count' }),
      yearToDate(rows.map((r) => ({ period: r.period, value: r.denominator })), month, { measure: 'count' }),
    ];
    return guard(policy, indicator, figure, sums);
  }
  if (indicator.unit === 'count') {
    const figure = yearToDate(countRows(series), month, { measure: 'count' });
    return guard(policy, indicator, figure, [figure]);
  }
  return undefined;
}

/** The mean of a monthly count over the 12 months to `month`. */
export function rolling12Of(policy: DisclosurePolicy, indicator: IndicatorEntry, series: readonly MonthRow[], month: MonthPeriod): WindowFigure | undefined {
  if (indicator.unit !== 'count') return undefined;
  const figure = rollingAverage(countRows(series), month, { months: 12, decimals: 1 });
  // The 12 months' total, which is what a small mean would reveal (counts are whole, so rounding is exact).
  const total: Figure = { ...figure, ...(figure.unrounded === undefined ? {} : { value: Math.round(figure.unrounded * 12) }) };
  return guard(policy, indicator, figure, [total]);
}

function guard(policy: DisclosurePolicy, indicator: IndicatorEntry, figure: Figure, sums: readonly Figure[]): WindowFigure {
  const withoutMonths: Figure = { ...figure, inputs: [] };
  if (!policyCovers(policy, indicator)) return { figure: withoutMonths, small: false };
  const rule = ruleOf(policy);
  const small = sums.some((sum) => sum.value !== undefined && isSmallCount(sum.value, rule));
  return small ? { figure: suppressFigure(withoutMonths, 'derived', rule), small } : { figure: withoutMonths, small };
}

function fractionRows(series: readonly MonthRow[]): FractionRow[] {
  return series.flatMap(({ period, observation }) => {
    const marker = observation.marker;
    if (marker === 'c' || marker === 'x' || marker === 'z' || marker === 'low') {
      return [{ period, numerator: marker, denominator: marker, source: observation.source }];
    }
    if (observation.numerator === undefined || observation.denominator === undefined) return [];
    return [{ period, numerator: observation.numerator.raw, denominator: observation.denominator.raw, source: observation.source }];
  });
}

function countRows(series: readonly MonthRow[]): CountRow[] {
  return series.flatMap(({ period, observation }) => {
    const raw = observation.value?.raw ?? observation.numerator?.raw ?? observation.marker;
    return raw === undefined ? [] : [{ period, value: raw, source: observation.source }];
  });
}
