import { cellText } from './cell-text.ts';
import type { AreaEntry } from '../../data/dataset.ts';
import type { TrendChartSpec, TrendPoint } from '../../charts/index.ts';
import { periodLabel, periodKey, periodSpan, symbolReplacesValue, type Period } from '../../engine/index.ts';
import type { FigureIndex } from '../figure-index.ts';
import { benchmarksFor } from './benchmarks.ts';
import { headline } from './headline.ts';
import { unitWords } from './unit-words.ts';
import { targetOf } from './target.ts';

export interface TrendRequest {
  id: string;
  indicator: string;
  area: string;
  /** The last period shown (the report's period); the series runs up to it. */
  to: Period;
  /** The first period shown; defaults to the whole series up to `to`. */
  from?: Period | undefined;
  title?: string | undefined;
}

function startDate(period: Period): Date {
  const first = periodSpan(period).first;
  return new Date(Date.UTC(Math.floor(first / 10000), (Math.floor(first / 100) % 100) - 1, first % 100));
}

/** The chart spec for one council's series, with England, region and neighbour lines and its target. */
export function trendSpec(index: FigureIndex, request: TrendRequest): TrendChartSpec & { area: AreaEntry } {
  const indicator = index.indicator(request.indicator);
  const area = index.area(request.area);
  const series = index
    .series({ indicator: indicator.id, area: area.code }, { from: request.from, to: request.to })
    // A line joins like with like: months with months, years with years, cumulative quarters with their own kind.
    .filter((entry) => sameKind(entry.period, request.to));
  if (series.length === 0) {
    throw new Error(`no figures for indicator "${indicator.id}" in ${area.name} up to ${periodLabel(request.to)}: a trend needs at least one`);
  }
  const points: TrendPoint[] = series.map(({ period, figure }) => {
    const display = cellText(figure);
    const hidden = figure.symbol !== undefined && symbolReplacesValue(figure.symbol);
    return { key: periodKey(period), label: periodLabel(period), x: startDate(period), display, ...(hidden || figure.value === undefined ? {} : { value: figure.value }) };
  });
  const first = series[0]!;
  const last = series.at(-1)!;
  const benchmarks = benchmarksFor(index, indicator.id, area, last.period).map((b) => ({
    label: b.kind === 'neighbours' ? `statistical neighbour average${b.label.slice('statistical neighbours'.length)}` : `${b.label} average`,
    display: cellText(b.figure),
    ...(b.figure.value === undefined || (b.figure.symbol !== undefined && symbolReplacesValue(b.figure.symbol)) ? {} : { value: b.figure.value }),
  }));
  const inForce = targetOf(index, indicator, area.code, last.period);
  const target = inForce?.figure.value === undefined ? undefined : { value: inForce.figure.value, display: cellText(inForce.figure) };
  const span = series.length === 1 ? periodLabel(first.period) : `${periodLabel(first.period)} to ${periodLabel(last.period)}`;
  const words = unitWords(indicator.unit, indicator.rate_per);
  return {
    id: request.id,
    area,
    title: request.title ?? headline(indicator.label, series),
    subtitle: `${indicator.label}, ${area.name}, ${span}`,
    measure: indicator.label,
    yLabel: words.axis,
    points,
    benchmarks,
    ...(target === undefined ? {} : { target }),
    tickDecimals: indicator.decimals,
    ...(words.after === undefined ? {} : { unitWords: words.after }),
    periodWords: first.period.kind === 'month' ? { one: 'month', other: 'months' } : { one: 'period', other: 'periods' },
    ...(indicator.unit === 'percent' ? { yDomain: [0, 100] as [number, number] } : {}),
  };
}

function sameKind(a: Period, b: Period): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'quarter' || b.kind !== 'quarter' || a.cumulative === b.cumulative;
}
