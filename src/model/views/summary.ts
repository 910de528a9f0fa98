import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import { periodLabel, previousPeriod, samePeriod, samePeriodLastYear, type NotRated, type Period, type RagRating } from '../../engine/index.ts';
import type { CompareBasis, ComparisonWith, FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { comparatorsFor, type ComparatorFigure } from './benchmarks.ts';
import { sourceLine } from './source-line.ts';

export interface Comparison {
  label: string;
  node: FigureNode;
}

/** The same period a year before, shown beside the direction of travel: its figure, or that there is none. */
export interface LastYear {
  label: string;
  node?: FigureNode;
  /** Where there is no figure: "no figure for Q3 2020/21 (Oct–Dec)". */
  missing?: string;
}

export interface IndicatorSummary {
  indicator: IndicatorEntry;
  area: AreaEntry;
  period: Period;
  latest: FigureNode;
  /** The direction of travel: the comparison asked for, or, where there is nothing to compare with, why. */
  travel: ComparisonWith;
  /** The same period a year before, when that is not the period the direction of travel compares with. */
  lastYear?: LastYear;
  yearToDate?: Comparison;
  rolling12?: Comparison;
  /** The target in force, and the figure's rating against it (a node: a published figure) with its tolerance in words. */
  target?: { node: FigureNode; rating: FigureNode; rag: RagRating | NotRated; basis: string };
  benchmarks: ComparatorFigure[];
  /** Where the card's figures come from, in a line. */
  source: string;
  /** Why the comparators are of the year they are, when they come from DfE. */
  comparisonRule?: string;
}

/**
 * Everything an indicator summary card shows for one council and period, selected from the model. The
 * direction of travel compares with `compare`: the period before (the default), the latest earlier figure
 * the data has, or the same period a year before.
 */
export function summarise(model: FigureModel, indicatorId: string, areaCode: string, period: Period, asOf?: string, compare: CompareBasis = 'previous'): IndicatorSummary {
  const indicator = model.indicator(indicatorId);
  const area = model.area(areaCode);
  const latest = model.require({ indicator: indicator.id, area: area.code, period });
  const { comparators, rule } = comparatorsFor(model, indicator.id, area, period, asOf);
  const travel = model.compareWith(latest, compare);
  const summary: IndicatorSummary = { indicator, area, period, latest, travel, benchmarks: comparators, source: '' };
  if (rule !== undefined) summary.comparisonRule = rule;

  // A year's previous period is the same period last year: said once, as the direction of travel.
  const yearBefore = samePeriodLastYear(period);
  const travelled = travel.period !== undefined && samePeriod(travel.period, yearBefore);
  if (!travelled && !samePeriod(previousPeriod(period), yearBefore)) {
    const label = `Same period last year (${periodLabel(yearBefore)})`;
    const node = model.value({ indicator: indicator.id, area: area.code, period: yearBefore });
    summary.lastYear = node === undefined ? { label, missing: `no figure for ${periodLabel(yearBefore)}` } : { label, node };
  }

  if (period.kind === 'month') {
    // Where the months behind a year to date or an average are not in the data, the card leaves it out
    // rather than showing a row of [x].
    const month = { indicator: indicator.id, area: area.code, period };
    const ytd = model.yearToDate(month);
    if (ytd !== undefined && ytd.figure.symbol !== 'x') summary.yearToDate = { label: 'Year to date (from April)', node: ytd };
    const rolling = model.rolling12(month);
    if (rolling !== undefined && rolling.figure.symbol !== 'x') summary.rolling12 = { label: '12-month average', node: rolling };
  }

  const rated = model.rating(latest);
  if (rated !== undefined) summary.target = { node: rated.target, rating: rated.node, rag: rated.rag, basis: rated.basis };
  summary.source = sourceLine([latest, ...comparators.map((c) => c.node)]);
  return summary;
}
