import {
  comparePeriods,
  decimalToString,
  directionOfTravel,
  formatChange,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
  subtractDecimals,
  toDecimal,
  type Figure,
  type Period,
} from '../engine/index.ts';
import type { FigureModel } from './figure-model.ts';
import { hasNumber, type FigureNode, type Measure } from './figure-node.ts';

/*
 * A figure compared with an earlier one of its series: the change between them, with its direction of
 * travel, and which earlier figure a comparison takes.
 */

/**
 * What a figure is compared with: the period just before (`previous`), the latest earlier figure the
 * data has (`latest`, which steps over missing quarters), or the same period a year before (`last-year`).
 */
export const COMPARE_BASES = ['previous', 'latest', 'last-year'] as const;
export type CompareBasis = (typeof COMPARE_BASES)[number];

/** A figure's comparison with an earlier one, or why there is none, in words either way. */
export interface ComparisonWith {
  basis: CompareBasis;
  /** The period compared with, where there is one to name. */
  period?: Period;
  before?: FigureNode;
  /** The change from `before`, with its direction of travel. */
  change?: FigureNode;
  /** "compared with Q1 2020/21 (Apr–Jun)", or why nothing is compared: "no figure for Q4 2020/21 (Jan–Mar) to compare with". */
  words: string;
}

/** The change from one figure of a series to another, with its direction of travel judged by polarity. */
export function change(model: FigureModel, now: FigureNode, before: FigureNode): FigureNode {
  const measure: Measure = { kind: 'change', from: before.period };
  const key = model.key(now.indicator, now.area, now.period, now.breakdown, measure);
  const known = model.known(key);
  if (known !== undefined) return known;
  const travel = directionOfTravel(hasNumber(now) ? now.figure : undefined, hasNumber(before) ? before.figure : undefined, now.indicator.polarity);
  const secret = [now, before].find((node) => node.withheld !== undefined);
  const base = { unit: now.figure.unit, decimals: Math.max(now.figure.decimals, before.figure.decimals), ...(now.figure.per === undefined ? {} : { per: now.figure.per }) };
  let figure: Figure;
  let text: string | undefined;
  if (secret !== undefined) figure = { ...base, symbol: 'c', method: `suppressed: worked out from a suppressed figure (${secret.of})`, inputs: [] };
  else if (!hasNumber(now) || !hasNumber(before)) figure = { ...base, symbol: 'x', method: `no change: ${hasNumber(now) ? before.of : now.of} has no figure`, inputs: [] };
  else {
    const difference = decimalToString(subtractDecimals(toDecimal(now.figure.value!), toDecimal(before.figure.value!)));
    figure = { ...base, value: Number(difference), method: `${now.text} less ${before.text}`, inputs: [] };
    text = formatChange(now.figure, before.figure);
  }
  return model.node(
    {
      indicator: now.indicator,
      area: now.area,
      period: now.period,
      breakdown: now.breakdown,
      measure,
      figure,
      source: now.source,
      travel,
      ...(secret === undefined ? {} : { withheld: { reason: 'derived', why: figure.method ?? '' } }),
      rows: [...now.rows, ...before.rows],
    },
    text,
    // A sentence that says the direction itself ("reduced by 69") shows the change without it.
    text?.replace(/^(?:up|down) /, ''),
  );
}

/**
 * The figure's comparison with an earlier one of the same series: the period before, the latest earlier
 * figure the data has, or the same period a year before. A missing comparison says so in words; it is
 * never silently left out.
 */
export function compareWith(model: FigureModel, latest: FigureNode, basis: CompareBasis): ComparisonWith {
  const query = { indicator: latest.indicator.id, area: latest.area.code, breakdown: latest.breakdown };
  if (basis === 'latest') {
    const earlier = model.series(query, { to: latest.period }).filter((node) => comparePeriods(node.period, latest.period) < 0 && sameKind(node.period, latest.period));
    const before = earlier.at(-1);
    if (before === undefined) return { basis, words: 'no earlier figure to compare with' };
    return { basis, period: before.period, before, change: change(model, latest, before), words: `compared with ${periodLabel(before.period)}` };
  }
  const period = basis === 'previous' ? previousPeriod(latest.period) : samePeriodLastYear(latest.period);
  const before = model.value({ ...query, period });
  if (before === undefined) return { basis, period, words: `no figure for ${periodLabel(period)} to compare with` };
  return { basis, period, before, change: change(model, latest, before), words: `compared with ${periodLabel(period)}` };
}

/** Whether two periods are of a kind to compare: months with months, a quarter alone with a quarter alone, quarters to date with quarters to date. */
export function sameKind(a: Period, b: Period): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'quarter' || b.kind !== 'quarter' || a.cumulative === b.cumulative;
}
