import type { AreaEntry } from '../data/dataset.ts';
import { decimalToString, neighbourAverage, periodLabel, toDecimal, type Period } from '../engine/index.ts';
import { dfePlace, paperGave, statedComparator } from './comparators.ts';
import { METHOD_USER, neighbourBenchmark, type AverageMethod } from './dfe/neighbour-benchmark.ts';
import { neighbourModelAt, neighbourModelFor, type NeighbourModelInUse } from './dfe/neighbour-model-for.ts';
import { reportingPeriod, reportingYear } from './dfe/reporting-period.ts';
import type { FigureModel } from './figure-model.ts';
import { hasNumber, type FigureNode } from './figure-node.ts';

/*
 * A council's statistical neighbours as nodes: each neighbour's DfE figure, and their mean and median;
 * or the average of the councils a paper's own table lists.
 */

export interface NeighbourSet {
  council: AreaEntry;
  model: NeighbourModelInUse;
  period: Period;
  /** Each neighbour's own figure, closest first. */
  members: FigureNode[];
  mean: FigureNode;
  median: FigureNode;
}

/** A council's statistical neighbours for a DfE year: each one's figure, their mean and their median. */
export function neighbours(figures: FigureModel, indicatorId: string, councilCode: string, { period, asOf }: { period: Period; asOf?: string | undefined }): NeighbourSet | undefined {
  const found = figures.dfeMapping(indicatorId);
  const council = figures.index.findArea(councilCode) ?? figures.dfeArea(councilCode);
  if (found === undefined || council?.dfe_code === undefined) return undefined;
  const year = reportingYear(period, found.mapping.period);
  if (year === undefined) return undefined;
  const model = (asOf === undefined ? undefined : neighbourModelAt(figures.dataset, asOf)) ?? neighbourModelFor(figures.dataset, year);
  if (model === undefined) return undefined;
  const indicator = figures.indicator(indicatorId);
  const display = { decimals: indicator.decimals, ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) };
  const benchmark = neighbourBenchmark(found.file, found.mapping, year, { dfeCode: council.dfe_code, name: council.name }, model, display);
  if (benchmark === undefined) return undefined;
  const at = reportingPeriod(year, found.mapping.period);
  const group = figures.areas.neighbourArea(council);
  const members = model.groups.get(council.dfe_code)!.neighbours.flatMap((dfeCode) => {
    const area = figures.areas.dfeCouncilArea(found.file, year, dfeCode);
    const node = area === undefined ? undefined : dfePlace(figures, indicator, area, at, true);
    return node === undefined ? [] : [node];
  });
  const rows = [found.mapping.source, ...benchmark.neighbours.map((n) => n.source)];
  const average = (method: AverageMethod): FigureNode => {
    const figure = benchmark[method];
    const used = benchmark.neighbours.filter((n) => n.figure.value !== undefined).length;
    const total = used + benchmark.leftOut.length;
    const facts = { method, model: model.name, used, of: total, leftOut: benchmark.leftOut.map((n) => `${n.name} (${n.reason})`) };
    const stated = method === 'mean' ? statedComparator(figures, indicator, group.code, found.mapping, year) : undefined;
    const gave = stated === undefined ? undefined : paperGave(stated, figure);
    return figures.node({
      indicator,
      area: group,
      period: at,
      breakdown: '',
      measure: { kind: 'value' },
      figure: { ...figure, method: `${method} of ${used === total ? `all ${total}` : `${used} of ${total}`} statistical neighbours' published figures (${METHOD_USER[method]}), ${model.name}` },
      source: { kind: 'dfe', words: `DfE, ${found.mapping.publication}, ${periodLabel(at)}; statistical neighbours: ${method} of ${used === total ? total : `${used} of ${total}`}, ${model.name}` },
      average: facts,
      ...(gave === undefined ? {} : { paperGave: gave }),
      rows: [...rows, ...(stated === undefined ? [] : [stated.source])],
    });
  };
  return { council, model, period: at, members, mean: average('mean'), median: average('median') };
}

/**
 * The mean or median of councils listed in the data beside a council (a paper's own comparison table),
 * for indicators DfE's files do not give; the paper's stated average, where it has one, beside it.
 */
export function listedAverage(model: FigureModel, indicatorId: string, councilCode: string, period: Period, members: readonly FigureNode[], method: AverageMethod): FigureNode {
  const indicator = model.indicator(indicatorId);
  const council = model.area(councilCode);
  const group = model.areas.neighbourArea(council);
  const values = members.map((node) => (hasNumber(node) ? { area: node.area.name, value: decimalToString(toDecimal(node.figure.value!)) } : { area: node.area.name }));
  const figure = neighbourAverage(values, method, indicator.decimals, { unit: indicator.unit, ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) });
  const used = members.filter(hasNumber).length;
  const stated = model.index.findArea(group.code) === undefined ? undefined : model.index.at({ indicator: indicator.id, area: group.code, period })?.observation;
  const gave = stated === undefined || method !== 'mean' ? undefined : paperGave(stated, figure);
  return model.node({
    indicator,
    area: group,
    period,
    breakdown: '',
    measure: { kind: 'value' },
    figure: { ...figure, inputs: [] },
    source: { kind: 'data', words: `${method} of the councils listed` },
    average: { method, model: 'the councils listed', used, of: members.length, leftOut: members.filter((n) => !hasNumber(n)).map((n) => n.area.name) },
    ...(gave === undefined ? {} : { paperGave: gave }),
    rows: [...members.flatMap((n) => n.rows), ...(stated === undefined ? [] : [stated.source])],
  });
}

