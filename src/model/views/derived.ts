import type { IndicatorEntry } from '../../data/dataset.ts';
import {
  isSmallCount,
  rollingAverage,
  suppressFigure,
  yearToDate,
  type CountRow,
  type Figure,
  type FractionRow,
  type MonthPeriod,
  rolling12Months,
} from '../../engine/index.ts';
import type { FigureIndex, LocatedFigure, SeriesWindow } from '../figure-index.ts';
import { suppressionApplies } from '../suppression-policy.ts';

/**
 * Year to date from April for a monthly series: percentages from summed numerators and denominators,
 * counts summed. A sum below the threshold is suppressed like any other count about children.
 * The per-month inputs are dropped from the result: some of them are small counts a page must not show.
 */
/**
 * The part of a monthly series a year to date or 12-month average to `month` reads: the 12 months
 * ending with it, which take in the April its financial year starts with.
 */
export function derivedWindow(month: MonthPeriod): SeriesWindow {
  return { from: rolling12Months(month)[0], to: month };
}

export function yearToDateOf(index: FigureIndex, indicator: IndicatorEntry, series: readonly LocatedFigure[], month: MonthPeriod): Figure | undefined {
  if (indicator.unit === 'percent') {
    const rows = fractionRows(series);
    const figure = yearToDate(rows, month, { measure: 'percentage', decimals: indicator.decimals });
    const sums = [
      yearToDate(rows.map((r) => ({ period: r.period, value: r.numerator })), month, { measure: 'count' }),
      yearToDate(rows.map((r) => ({ period: r.period, value: r.denominator })), month, { measure: 'count' }),
    ];
    return guard(index, indicator, figure, sums);
  }
  if (indicator.unit === 'count') {
    const figure = yearToDate(countRows(series), month, { measure: 'count' });
    return guard(index, indicator, figure, [figure]);
  }
  return undefined;
}

/** The mean of a monthly count over the 12 months to `month`. */
export function rolling12Of(index: FigureIndex, indicator: IndicatorEntry, series: readonly LocatedFigure[], month: MonthPeriod): Figure | undefined {
  if (indicator.unit !== 'count') return undefined;
  const figure = rollingAverage(countRows(series), month, { months: 12, decimals: 1 });
  // The 12 months' total, which is what a small mean would reveal (counts are whole, so rounding is exact).
  const total: Figure = { ...figure, ...(figure.unrounded === undefined ? {} : { value: Math.round(figure.unrounded * 12) }) };
  return guard(index, indicator, figure, [total]);
}

function guard(index: FigureIndex, indicator: IndicatorEntry, figure: Figure, sums: readonly Figure[]): Figure {
  const withoutMonths: Figure = { ...figure, inputs: [] };
  if (!suppressionApplies(indicator)) return withoutMonths;
  const small = sums.some((sum) => sum.value !== undefined && isSmallCount(sum.value, index.rule));
  return small ? suppressFigure(withoutMonths, 'derived', index.rule) : withoutMonths;
}

function fractionRows(series: readonly LocatedFigure[]): FractionRow[] {
  return series.flatMap(({ period, observation }) => {
    const marker = observation.marker;
    if (marker === 'c' || marker === 'x' || marker === 'z' || marker === 'low') {
      return [{ period, numerator: marker, denominator: marker, source: observation.source }];
    }
    if (observation.numerator === undefined || observation.denominator === undefined) return [];
    return [{ period, numerator: observation.numerator.raw, denominator: observation.denominator.raw, source: observation.source }];
  });
}

function countRows(series: readonly LocatedFigure[]): CountRow[] {
  return series.flatMap(({ period, observation }) => {
    const raw = observation.value?.raw ?? observation.numerator?.raw ?? observation.marker;
    return raw === undefined ? [] : [{ period, value: raw, source: observation.source }];
  });
}
