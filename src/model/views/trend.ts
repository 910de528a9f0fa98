import type { AreaEntry } from '../../data/dataset.ts';
import type { TrendChartSpec, TrendPoint } from '../../charts/index.ts';
import { periodAxisLabel, periodKey, periodLabel, periodsBetween, periodSpan, symbolText, type Period } from '../../engine/index.ts';
import { sameKind, type FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { hasNumber } from '../figure-node.ts';
import { comparatorsFor } from './benchmarks.ts';
import { headline } from './headline.ts';
import { sourceLine } from './source-line.ts';
import { unitWords } from './unit-words.ts';

export interface TrendRequest {
  id: string;
  indicator: string;
  area: string;
  /** The last period shown (the report's period); the series runs up to it. */
  to: Period;
  /** The first period shown; defaults to the whole series up to `to`. */
  from?: Period | undefined;
  title?: string | undefined;
  /** The report's meeting day, for the comparators of its time. */
  asOf?: string | undefined;
}

export interface TrendView {
  spec: TrendChartSpec;
  area: AreaEntry;
  /** Every figure the chart shows, by key: its points, its lines, its target. */
  nodes: Map<string, FigureNode>;
  /** The change the headline states, when it states one. */
  headline?: FigureNode;
  source: string;
}

function startDate(period: Period): Date {
  const first = periodSpan(period).first;
  return new Date(Date.UTC(Math.floor(first / 10000), (Math.floor(first / 100) % 100) - 1, first % 100));
}

function point(node: FigureNode): TrendPoint {
  return {
    key: periodKey(node.period),
    label: periodLabel(node.period),
    axisLabel: periodAxisLabel(node.period),
    x: startDate(node.period),
    display: node.cell,
    figure: node.key,
    ...(hasNumber(node) ? { value: node.figure.value! } : {}),
  };
}

/** The chart spec for one council's series, with England, region and neighbour lines and its target, from the model. */
export function trendView(model: FigureModel, request: TrendRequest): TrendView {
  const indicator = model.indicator(request.indicator);
  const area = model.area(request.area);
  const series = model
    .series({ indicator: indicator.id, area: area.code }, { from: request.from, to: request.to })
    // A line joins like with like: months with months, years with years, cumulative quarters with their own kind.
    .filter((node) => sameKind(node.period, request.to));
  if (series.length === 0) {
    throw new Error(`no figures for indicator "${indicator.id}" in ${area.name} up to ${periodLabel(request.to)}: a trend needs at least one`);
  }
  const first = series[0]!;
  const last = series.at(-1)!;
  // A regular series (months, quarters, years) with periods missing from the data shows them as gaps:
  // the line breaks there, the table and description name them, and nothing is drawn across them.
  const expected = periodsBetween(first.period, last.period) ?? series.map((node) => node.period);
  const points = expected.map((period) => {
    const node = series.find((n) => periodKey(n.period) === periodKey(period));
    if (node !== undefined) return point(node);
    return { key: periodKey(period), label: periodLabel(period), axisLabel: periodAxisLabel(period), x: startDate(period), display: symbolText('x') };
  });
  const before = series.at(-2);
  const change = before === undefined ? undefined : model.change(last, before);
  const { comparators } = comparatorsFor(model, indicator.id, area, last.period, request.asOf);
  const benchmarks = comparators.map((c) => ({
    label: c.kind === 'neighbours' ? `statistical neighbour average${c.label.slice(c.name.length)}` : `${c.label} average`,
    display: c.node.cell,
    figure: c.node.key,
    ...(hasNumber(c.node) ? { value: c.node.figure.value! } : {}),
  }));
  const inForce = model.target(indicator.id, area.code, last.period);
  const target = inForce === undefined || !hasNumber(inForce.node) ? undefined : { value: inForce.node.figure.value!, display: inForce.node.cell, figure: inForce.node.key };
  const span = series.length === 1 ? periodLabel(first.period) : `${periodLabel(first.period)} to ${periodLabel(last.period)}`;
  const words = unitWords(indicator.unit, indicator.rate_per);
  const subtitle = `${indicator.label}, ${area.name}, ${span}`;
  const title = request.title ?? headline(indicator.label, last, change, before);
  const nodes = new Map<string, FigureNode>([...series, ...comparators.map((c) => c.node), ...(target === undefined || inForce === undefined ? [] : [inForce.node])].map((node) => [node.key, node]));
  return {
    area,
    source: sourceLine([last, ...comparators.map((c) => c.node)]),
    nodes,
    ...(request.title === undefined && change?.travel !== undefined && change.travel.direction !== 'unknown' ? { headline: change } : {}),
    spec: {
      id: request.id,
      title,
      subtitle,
      measure: indicator.label,
      yLabel: words.axis,
      points,
      benchmarks,
      ...(target === undefined ? {} : { target }),
      tickDecimals: indicator.decimals,
      ...(words.after === undefined ? {} : { unitWords: words.after }),
      periodWords: first.period.kind === 'month' ? { one: 'month', other: 'months' } : first.period.kind === 'quarter' ? { one: 'quarter', other: 'quarters' } : { one: 'period', other: 'periods' },
      ...(indicator.unit === 'percent' ? { yLimits: [0, 100] as [number, number], tickSuffix: '%' } : {}),
    },
  };
}

