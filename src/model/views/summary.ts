import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import {
  directionOfTravel,
  formatChange,
  formatFigure,
  periodLabel,
  previousPeriod,
  ragRating,
  samePeriodLastYear,
  symbolReplacesValue,
  type DirectionOfTravel,
  type Figure,
  type NotRated,
  type Period,
  type RagRating,
} from '../../engine/index.ts';
import type { FigureIndex, LocatedFigure } from '../figure-index.ts';
import { benchmarksFor, type BenchmarkFigure } from './benchmarks.ts';
import { derivedWindow, rolling12Of, yearToDateOf } from './derived.ts';
import { targetOf } from './target.ts';

export interface Comparison {
  label: string;
  period: Period;
  display: string;
}

export interface IndicatorSummary {
  indicator: IndicatorEntry;
  area: AreaEntry;
  period: Period;
  figure: Figure;
  display: string;
  previous?: Comparison & { travel: DirectionOfTravel; change?: string };
  lastYear?: Comparison;
  yearToDate?: Comparison;
  rolling12?: Comparison;
  target?: { display: string; rag: RagRating | NotRated };
  benchmarks: BenchmarkFigure[];
}

function hasNumber(figure: Figure): boolean {
  return figure.value !== undefined && !(figure.symbol !== undefined && symbolReplacesValue(figure.symbol));
}

/** Everything an indicator summary card shows for one council and period, computed by the engine. */
export function summarise(index: FigureIndex, indicatorId: string, areaCode: string, period: Period): IndicatorSummary {
  const indicator = index.indicator(indicatorId);
  const area = index.area(areaCode);
  const current = index.require({ indicator: indicator.id, area: area.code, period });
  const summary: IndicatorSummary = { indicator, area, period, figure: current.figure, display: formatFigure(current.figure), benchmarks: benchmarksFor(index, indicator.id, area, period) };

  const before = index.at({ indicator: indicator.id, area: area.code, period: previousPeriod(period) });
  if (before !== undefined) {
    const travel = directionOfTravel(current.figure, before.figure, indicator.polarity);
    const change = hasNumber(current.figure) && hasNumber(before.figure) ? formatChange(current.figure, before.figure) : undefined;
    summary.previous = { ...comparison('Previous period', before), travel, ...(change === undefined ? {} : { change }) };
  }
  const lastYear = index.at({ indicator: indicator.id, area: area.code, period: samePeriodLastYear(period) });
  if (lastYear !== undefined) summary.lastYear = comparison('Same period last year', lastYear);

  if (period.kind === 'month') {
    // Where the months behind a year to date or an average are not in the data, the card leaves it out
    // rather than showing a row of [x].
    const series = index.series({ indicator: indicator.id, area: area.code }, derivedWindow(period));
    const ytd = yearToDateOf(index, indicator, series, period);
    if (ytd !== undefined && ytd.symbol !== 'x') summary.yearToDate = { label: 'Year to date (from April)', period, display: formatFigure(ytd) };
    const rolling = rolling12Of(index, indicator, series, period);
    if (rolling !== undefined && rolling.symbol !== 'x') summary.rolling12 = { label: '12-month average', period, display: formatFigure(rolling) };
  }

  const target = targetOf(index, indicator, area.code, period);
  if (target !== undefined) {
    summary.target = {
      display: formatFigure(target.figure),
      rag: ragRating(current.figure, { target: target.raw, tolerance: target.tolerance, polarity: indicator.polarity }),
    };
  }
  return summary;
}

function comparison(label: string, located: LocatedFigure): Comparison {
  return { label: `${label} (${periodLabel(located.period)})`, period: located.period, display: formatFigure(located.figure) };
}
