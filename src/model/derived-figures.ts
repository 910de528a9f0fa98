import type { IndicatorEntry, Observation } from '../data/dataset.ts';
import {
  comparePeriods,
  isSmallCount,
  rolling12Months,
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
import type { FigureQuery } from './figure-index.ts';
import type { FigureModel } from './figure-model.ts';
import type { FigureNode, Measure, Withholding } from './figure-node.ts';

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

/**
 * A year to date or a 12-month average of a monthly series, as a node: withheld when its sums are small
 * counts, or when a month it is worked out from is withheld.
 */
export function windowed(model: FigureModel, query: FigureQuery & { period: MonthPeriod }, measure: Measure): FigureNode | undefined {
  const indicator = model.indicator(query.indicator);
  const area = model.area(query.area);
  const breakdown = query.breakdown ?? '';
  const key = model.key(indicator, area, query.period, breakdown, measure);
  const known = model.known(key);
  if (known !== undefined) return known;
  const months = model.series({ indicator: indicator.id, area: area.code, breakdown }, { from: rolling12Months(query.period)[0], to: query.period });
  const located = months.map((node) => ({ period: node.period, observation: model.index.at({ indicator: indicator.id, area: area.code, breakdown, period: node.period })!.observation }));
  const policy = model.policyOf(area.code).disclosure;
  const computed = measure.kind === 'year-to-date' ? yearToDateOf(policy, indicator, located, query.period) : rolling12Of(policy, indicator, located, query.period);
  if (computed === undefined) return undefined;
  const first = measure.kind === 'year-to-date' ? yearToDateStart(query.period) : rolling12Months(query.period)[0]!;
  const inWindow = months.filter((node) => comparePeriods(node.period, first) >= 0);
  const secret = inWindow.find((node) => node.withheld !== undefined);
  let figure = computed.figure;
  let withheld: Withholding | undefined = computed.small ? { reason: 'small', why: figure.method ?? 'withheld' } : undefined;
  // Months missing from the data leave nothing to work out ([x]); a withheld month withholds the rest.
  if (secret !== undefined && withheld === undefined && figure.symbol !== 'x') {
    withheld = { reason: 'derived', why: `suppressed: worked out from a suppressed figure (${secret.of})` };
    figure = { ...suppressFigure(figure, 'derived', ruleOf(policy)), method: withheld.why };
  }
  return model.node({
    indicator,
    area,
    period: query.period,
    breakdown,
    measure,
    figure,
    source: { kind: 'data', words: indicator.source },
    ...(withheld === undefined ? {} : { withheld }),
    rows: inWindow.flatMap((node) => node.rows),
  });
}

function yearToDateStart(month: MonthPeriod): MonthPeriod {
  return { kind: 'month', year: month.month >= 4 ? month.year : month.year - 1, month: 4 };
}
