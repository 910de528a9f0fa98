import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import { periodLabel, previousPeriod, ragRating, samePeriodLastYear, type NotRated, type Period, type RagRating } from '../../engine/index.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { comparatorsFor, type ComparatorFigure } from './benchmarks.ts';
import { sourceLine } from './source-line.ts';

export interface Comparison {
  label: string;
  node: FigureNode;
}

export interface IndicatorSummary {
  indicator: IndicatorEntry;
  area: AreaEntry;
  period: Period;
  latest: FigureNode;
  /** The change since the previous period, with its direction of travel. */
  previous?: { before: FigureNode; change: FigureNode };
  lastYear?: Comparison;
  yearToDate?: Comparison;
  rolling12?: Comparison;
  target?: { node: FigureNode; rag: RagRating | NotRated };
  benchmarks: ComparatorFigure[];
  /** Where the card's figures come from, in a line. */
  source: string;
  /** Why the comparators are of the year they are, when they come from DfE. */
  comparisonRule?: string;
}

/** Everything an indicator summary card shows for one council and period, selected from the model. */
export function summarise(model: FigureModel, indicatorId: string, areaCode: string, period: Period, asOf?: string): IndicatorSummary {
  const indicator = model.indicator(indicatorId);
  const area = model.area(areaCode);
  const latest = model.require({ indicator: indicator.id, area: area.code, period });
  const { comparators, rule } = comparatorsFor(model, indicator.id, area, period, asOf);
  const summary: IndicatorSummary = { indicator, area, period, latest, benchmarks: comparators, source: '' };
  if (rule !== undefined) summary.comparisonRule = rule;

  const before = model.value({ indicator: indicator.id, area: area.code, period: previousPeriod(period) });
  if (before !== undefined) summary.previous = { before, change: model.change(latest, before) };
  const lastYear = model.value({ indicator: indicator.id, area: area.code, period: samePeriodLastYear(period) });
  // A year's previous period is the same period last year: said once, as the direction of travel.
  if (lastYear !== undefined && lastYear.key !== before?.key) summary.lastYear = { label: `Same period last year (${periodLabel(lastYear.period)})`, node: lastYear };

  if (period.kind === 'month') {
    // Where the months behind a year to date or an average are not in the data, the card leaves it out
    // rather than showing a row of [x].
    const month = { indicator: indicator.id, area: area.code, period };
    const ytd = model.yearToDate(month);
    if (ytd !== undefined && ytd.figure.symbol !== 'x') summary.yearToDate = { label: 'Year to date (from April)', node: ytd };
    const rolling = model.rolling12(month);
    if (rolling !== undefined && rolling.figure.symbol !== 'x') summary.rolling12 = { label: '12-month average', node: rolling };
  }

  const target = model.target(indicator.id, area.code, period);
  if (target !== undefined) {
    summary.target = { node: target.node, rag: ragRating(latest.withheld === undefined ? latest.figure : undefined, { target: target.raw, tolerance: target.tolerance, polarity: indicator.polarity }) };
  }
  summary.source = sourceLine([latest, ...comparators.map((c) => c.node)]);
  return summary;
}
