import type { AreaEntry } from '../../data/dataset.ts';
import type { ComparisonChartSpec, AreaValue as ChartArea } from '../../charts/index.ts';
import { periodLabel, type Period } from '../../engine/index.ts';
import type { AverageMethod } from '../dfe/neighbour-benchmark.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { hasNumber } from '../figure-node.ts';
import { sourceLine } from './source-line.ts';
import { figureRow, type TableModel } from './table-model.ts';
import { unitWords } from './unit-words.ts';

export type { AverageMethod };

function chartArea(label: string, node: FigureNode | undefined): ChartArea {
  if (node === undefined) return { label, display: '[x]' };
  return { label, display: node.cell, figure: node.key, ...(hasNumber(node) ? { value: node.figure.value! } : {}) };
}

/** The councils a council is compared with for one period, their average, the region and England, from the model. */
export interface ComparisonSet {
  council: AreaEntry;
  own: FigureNode | undefined;
  members: FigureNode[];
  average: FigureNode | undefined;
  region: FigureNode | undefined;
  england: FigureNode | undefined;
  /** How the neighbours were chosen, in words for the note under the chart or table. */
  note: string;
}

/**
 * With DfE's files for the indicator: the council's statistical neighbours in the model in force at the
 * meeting, each with DfE's published figure, and their average. Without: the other councils the data
 * lists for the period (a paper's own comparison table), and their average worked out here.
 */
export function comparisonSet(model: FigureModel, request: { indicator: string; area: string; period: Period; method: AverageMethod; asOf?: string | undefined }): ComparisonSet {
  const indicator = model.indicator(request.indicator);
  const council = model.area(request.area);
  const own = model.value({ indicator: indicator.id, area: council.code, period: request.period });
  const comparator = (kind: 'england' | 'region') => model.comparator(indicator.id, council.code, kind, { period: request.period, asOf: request.asOf });
  const set = model.neighbours(indicator.id, council.code, { period: request.period, asOf: request.asOf });
  if (set !== undefined) {
    const average = request.method === 'mean' ? set.mean : set.median;
    return {
      council,
      own,
      members: set.members,
      average,
      region: comparator('region'),
      england: comparator('england'),
      note: `The statistical neighbours are ${council.name}'s ten in ${set.model.name}; their ${request.method} is of the published figures of ${average.average?.used === average.average?.of ? `all ${average.average?.of}` : `${average.average?.used} of the ${average.average?.of}`}, as DfE publishes them.`,
    };
  }
  const members = model.councilsWith(indicator.id, request.period).filter((node) => node.area.code !== council.code);
  const average = members.length === 0 ? undefined : model.listedAverage(indicator.id, council.code, request.period, members, request.method);
  return {
    council,
    own,
    members,
    average,
    region: comparator('region'),
    england: comparator('england'),
    note: `The statistical neighbours' figure is the ${request.method} of the councils listed other than ${council.name}, worked out from the figures shown.`,
  };
}

export interface ComparisonView {
  spec: ComparisonChartSpec;
  nodes: Map<string, FigureNode>;
  note: string;
  source: string;
}

/** One period: the council's bar among its neighbours', with the region, England and the neighbours' average. */
export function comparisonView(
  model: FigureModel,
  request: { id: string; indicator: string; area: string; period: Period; method: AverageMethod; title?: string | undefined; asOf?: string | undefined },
): ComparisonView {
  const indicator = model.indicator(request.indicator);
  const set = comparisonSet(model, request);
  if (set.own === undefined) {
    throw new Error(`no figure for indicator "${indicator.id}" in ${set.council.name} for ${periodLabel(request.period)}, in the data or in DfE's files: add the row to data/observations/, or change the period`);
  }
  const words = unitWords(indicator.unit, indicator.rate_per);
  const when = periodLabel(request.period);
  const relation =
    !hasNumber(set.own) || set.average === undefined || !hasNumber(set.average)
      ? ''
      : set.own.figure.value! > set.average.figure.value!
        ? ' above'
        : set.own.figure.value! < set.average.figure.value!
          ? ' below'
          : ' equal to';
  const nodes = [set.own, ...set.members, set.average, set.region, set.england];
  return {
    note: set.note,
    source: sourceLine(nodes.filter((n): n is FigureNode => n !== undefined)),
    nodes: new Map(nodes.filter((n): n is FigureNode => n !== undefined).map((n) => [n.key, n])),
    spec: {
      id: request.id,
      title: request.title ?? (relation ? `${set.council.name} was${relation} the ${request.method} of its statistical neighbours in ${when}` : `${indicator.label}: ${set.council.name} and its statistical neighbours, ${when}`),
      subtitle: `${indicator.label}, ${set.council.name} and ${set.members.length} statistical neighbours, ${when}`,
      measure: indicator.label,
      periodLabel: when,
      xLabel: words.axis,
      council: chartArea(set.council.name, set.own),
      neighbours: set.members.map((node) => chartArea(node.area.name, node)),
      ...(set.region === undefined ? {} : { region: chartArea(set.region.area.name, set.region) }),
      ...(set.england === undefined ? {} : { england: chartArea('England', set.england) }),
      ...(set.average === undefined ? {} : { neighbourAverage: chartArea(`statistical neighbour ${request.method}`, set.average) }),
      tickDecimals: indicator.decimals,
      ...(indicator.unit === 'percent' ? { tickSuffix: '%' } : {}),
      ...(words.after === undefined ? {} : { unitWords: words.after }),
    },
  };
}

/**
 * Several periods side by side, as committee papers print them: one row per council (the council's row
 * marked), then the neighbours' average, the region and England.
 */
export function comparisonTable(
  model: FigureModel,
  request: { indicator: string; area: string; periods: Period[]; method: AverageMethod; caption?: string | undefined; asOf?: string | undefined },
): TableModel & { methodNote: string; source: string } {
  const indicator = model.indicator(request.indicator);
  const council = model.area(request.area);
  const sets = request.periods.map((period) => comparisonSet(model, { ...request, period }));
  const areas = new Map<string, AreaEntry>([[council.code, council]]);
  for (const set of sets) for (const member of set.members) areas.set(member.area.code, member.area);
  const cellOf = (code: string, i: number) => {
    const set = sets[i]!;
    return code === council.code ? set.own : set.members.find((n) => n.area.code === code);
  };
  const words = unitWords(indicator.unit, indicator.rate_per);
  const councilRows = [...areas.values()]
    .map((area) => figureRow(area.name, request.periods.map((_, i) => cellOf(area.code, i)), { highlight: area.code === council.code }))
    .sort((a, b) => a.header.localeCompare(b.header));
  const averageLabel = `Statistical neighbours (${request.method})`;
  const extra = (['region', 'england'] as const).flatMap((kind) => {
    const nodes = sets.map((set) => set[kind]);
    const first = nodes.find((n) => n !== undefined);
    return first === undefined ? [] : [figureRow(kind === 'england' ? 'England' : first.area.name, nodes)];
  });
  const averages = sets.map((set) => set.average);
  const all = [...sets.flatMap((set) => [set.own, ...set.members, set.average, set.region, set.england])].filter((n): n is FigureNode => n !== undefined);
  const gave = averages.filter((a) => a?.paperGave !== undefined).map((a) => `${periodLabel(a!.period)}: ${a!.paperGave!.text}`);
  return {
    caption: request.caption ?? `${indicator.label}: ${council.name} and its statistical neighbours, ${request.periods.map(periodLabel).join(', ')}`,
    columns: ['Area', ...request.periods.map((p) => `${periodLabel(p)}${words.after ? ` (${words.after})` : ''}`)],
    rows: [...councilRows, figureRow(averageLabel, averages), ...extra],
    nodes: new Map(all.map((n) => [n.key, n])),
    methodNote: `${sets[0]?.note ?? ''}${gave.length === 0 ? '' : ` The paper gave the neighbours' average as ${gave.join('; ')}.`}`,
    source: sourceLine(all),
  };
}
