import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import type { TrendChartSpec } from '../../charts/index.ts';
import { compareDecimals, periodKey, periodLabel, periodSpan, toDecimal, type Period } from '../../engine/index.ts';
import { reportingPeriod } from '../dfe/reporting-period.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { hasNumber } from '../figure-node.ts';
import { sourceLine } from './source-line.ts';
import { unitWords } from './unit-words.ts';
import { slugOf } from '../../engine/slug.ts';

/** A council with a page on the national site. */
export interface NationalCouncil {
  area: AreaEntry;
  slug: string;
  region: AreaEntry | undefined;
}

/** A council's address on the national site, from its name (engine/slug.ts). */
export const councilSlug = slugOf;

/** The indicators DfE's files give, in catalogue order. */
export function nationalIndicators(model: FigureModel): IndicatorEntry[] {
  return [...model.dataset.indicators.values()].filter((indicator) => model.dfeYears(indicator.id).length > 0);
}

/**
 * Every council in the latest year of any of DfE's files, by region then name: the councils a
 * national page is made for. `regions` narrows them to some regions (a slice of the nation).
 */
export function nationalCouncils(model: FigureModel, regions?: readonly string[]): NationalCouncil[] {
  const found = new Map<string, AreaEntry>();
  for (const indicator of nationalIndicators(model)) {
    const latest = model.dfeYears(indicator.id).at(-1);
    if (latest === undefined) continue;
    for (const node of model.dfeCouncils(indicator.id, latest)) if (!found.has(node.area.dfe_code ?? node.area.code)) found.set(node.area.dfe_code ?? node.area.code, node.area);
  }
  return [...found.values()]
    .filter((area) => regions === undefined || (area.region_code !== undefined && regions.includes(area.region_code)))
    .map((area) => ({ area, slug: councilSlug(area.name), region: area.region_code === undefined ? undefined : model.dfeArea(area.region_code) }))
    .sort((a, b) => (a.region?.name ?? '').localeCompare(b.region?.name ?? '') || a.area.name.localeCompare(b.area.name));
}

/** One year of a council's indicator: its figure, its neighbours', its region's and England's, and its rank. */
export interface NationalYear {
  period: Period;
  council: FigureNode;
  neighbours?: FigureNode;
  region?: FigureNode;
  england?: FigureNode;
  rank?: FigureNode;
  /** Better or worse than England, in words by the indicator's polarity; higher or lower where neither is better. */
  againstEngland: string;
}

export interface NationalCouncilIndicator {
  indicator: IndicatorEntry;
  /** Latest year first. */
  years: NationalYear[];
  chart: TrendChartSpec;
  nodes: Map<string, FigureNode>;
  source: string;
}

/** How a figure compares with England's, in words that say which is better where one is. */
export function againstEngland(council: FigureNode, england: FigureNode | undefined): string {
  // A council's count beside England's total says nothing about either: only rates and shares compare.
  if (council.indicator.unit === 'count') return '[z]';
  if (england === undefined || !hasNumber(council) || !hasNumber(england)) return 'cannot be compared with England';
  const order = compareDecimals(toDecimal(council.figure.value!), toDecimal(england.figure.value!));
  if (order === 0) return 'the same as England';
  const polarity = council.indicator.polarity;
  if (polarity === 'none') return order > 0 ? 'higher than England' : 'lower than England';
  const better = (polarity === 'higher') === order > 0;
  return `${better ? 'better' : 'worse'} than England (${order > 0 ? 'higher' : 'lower'})`;
}

function startDate(period: Period): Date {
  const first = periodSpan(period).first;
  return new Date(Date.UTC(Math.floor(first / 10000), (Math.floor(first / 100) % 100) - 1, first % 100));
}

/**
 * A council's figures for one indicator in every year DfE's file covers: DfE's own, its statistical
 * neighbours' mean in the model of that year, its region's and England's as DfE published them, and
 * its rank among all councils. Undefined when the file has no year for the council.
 */
export function nationalCouncilIndicator(model: FigureModel, indicatorId: string, council: AreaEntry): NationalCouncilIndicator | undefined {
  const indicator = model.indicator(indicatorId);
  const mapping = model.dfeMapping(indicatorId)?.mapping;
  if (mapping === undefined) return undefined;
  const years: NationalYear[] = [];
  for (const year of [...model.dfeYears(indicatorId)].reverse()) {
    const own = model.dfeCouncils(indicatorId, year).find((node) => node.area.code === council.code);
    if (own === undefined) continue;
    const period = reportingPeriod(year, mapping.period);
    const neighbours = model.neighbours(indicatorId, council.code, { period })?.mean;
    const region = council.region_code === undefined ? undefined : model.comparator(indicatorId, council.code, 'region', { period });
    const england = model.comparator(indicatorId, council.code, 'england', { period });
    const rank = model.rank(own);
    years.push({ period, council: own, ...(neighbours === undefined ? {} : { neighbours }), ...(region === undefined ? {} : { region }), ...(england === undefined ? {} : { england }), ...(rank === undefined ? {} : { rank }), againstEngland: againstEngland(own, england) });
  }
  if (years.length === 0) return undefined;
  const series = [...years].reverse();
  const latest = years[0]!;
  const words = unitWords(indicator.unit, indicator.rate_per);
  const lines = [
    latest.england === undefined ? undefined : { label: `England average (${periodLabel(latest.period)})`, node: latest.england },
    latest.region === undefined ? undefined : { label: `${latest.region.area.name} average (${periodLabel(latest.period)})`, node: latest.region },
    latest.neighbours === undefined ? undefined : { label: `statistical neighbour average (${periodLabel(latest.period)})`, node: latest.neighbours },
  ].filter((line): line is { label: string; node: FigureNode } => line !== undefined);
  const nodes = [...series.flatMap((y) => [y.council, y.neighbours, y.region, y.england, y.rank])].filter((n): n is FigureNode => n !== undefined);
  const span = series.length === 1 ? periodLabel(latest.period) : `${periodLabel(series[0]!.period)} to ${periodLabel(latest.period)}`;
  return {
    indicator,
    years,
    nodes: new Map(nodes.map((n) => [n.key, n])),
    source: sourceLine([latest.council, ...lines.map((l) => l.node)]),
    chart: {
      id: `national-${indicator.id}`,
      title: `${indicator.label}, ${council.name}: ${latest.council.text} in ${periodLabel(latest.period)}, ${latest.againstEngland}`,
      subtitle: `${indicator.label}, ${council.name}, ${span}`,
      measure: indicator.label,
      yLabel: words.axis,
      points: series.map(({ council: node }) => ({
        key: periodKey(node.period),
        label: periodLabel(node.period),
        x: startDate(node.period),
        display: node.cell,
        figure: node.key,
        ...(hasNumber(node) ? { value: node.figure.value! } : {}),
      })),
      benchmarks: lines.map(({ label, node }) => ({ label, display: node.cell, figure: node.key, ...(hasNumber(node) ? { value: node.figure.value! } : {}) })),
      tickDecimals: indicator.decimals,
      ...(words.after === undefined ? {} : { unitWords: words.after }),
      periodWords: { one: 'year', other: 'years' },
      ...(indicator.unit === 'percent' ? { yDomain: [0, 100] as [number, number] } : {}),
    },
  };
}

/** Every council ranked on one indicator for DfE's latest year, with England and each region as DfE published them. */
export interface NationalRanking {
  indicator: IndicatorEntry;
  period: Period;
  /** By rank; councils without a published figure last. */
  councils: { node: FigureNode; rank?: FigureNode; region: AreaEntry | undefined }[];
  england: FigureNode | undefined;
  regions: FigureNode[];
  /** England's figure in every year, oldest first. */
  englandSeries: FigureNode[];
}

export function nationalRanking(model: FigureModel, indicatorId: string): NationalRanking | undefined {
  const indicator = model.indicator(indicatorId);
  const mapping = model.dfeMapping(indicatorId)?.mapping;
  const years = model.dfeYears(indicatorId);
  const latest = years.at(-1);
  if (mapping === undefined || latest === undefined) return undefined;
  const period = reportingPeriod(latest, mapping.period);
  const councils = model
    .dfeCouncils(indicatorId, latest)
    .map((node) => {
      const rank = model.rank(node);
      return { node, ...(rank === undefined ? {} : { rank }), region: node.area.region_code === undefined ? undefined : model.dfeArea(node.area.region_code) };
    })
    .sort((a, b) => (a.rank?.figure.value ?? Infinity) - (b.rank?.figure.value ?? Infinity) || a.node.area.name.localeCompare(b.node.area.name));
  const place = (code: string, at: Period) => {
    const area = model.dfeArea(code);
    return area === undefined ? undefined : model.value({ indicator: indicatorId, area: code, period: at });
  };
  const regionCodes = [...new Set(councils.flatMap((c) => (c.region === undefined ? [] : [c.region.code])))].sort();
  return {
    indicator,
    period,
    councils,
    england: place('E92000001', period),
    regions: regionCodes.map((code) => place(code, period)).filter((n): n is FigureNode => n !== undefined),
    englandSeries: years.map((year) => place('E92000001', reportingPeriod(year, mapping.period))).filter((n): n is FigureNode => n !== undefined),
  };
}
