import { rankAmong, type Period } from '../engine/index.ts';
import { dfePlace } from './comparators.ts';
import { dfeCouncilCodes, dfeYears as yearsIn } from './dfe/dfe-row.ts';
import { reportingPeriod, reportingYear } from './dfe/reporting-period.ts';
import type { FigureModel } from './figure-model.ts';
import { hasNumber, type FigureNode } from './figure-node.ts';

/*
 * Every council's figure for an indicator and period (DfE's, or the data's own rows), and where a
 * council ranks among them.
 */

/** Each model's councils of a DfE year, by `indicator|year`: made once, as every page ranking among them asks again. */
const COUNCILS = new WeakMap<FigureModel, Map<string, FigureNode[]>>();

/** The reporting years DfE's file for an indicator covers, oldest first; none without a file. */
export function dfeYears(model: FigureModel, indicatorId: string): number[] {
  const found = model.dfeMapping(indicatorId);
  return found === undefined ? [] : yearsIn(found.file);
}

/** Every council DfE's file has a figure for in a reporting year, with DfE's figure for each. */
export function dfeCouncils(model: FigureModel, indicatorId: string, year: number): FigureNode[] {
  const id = `${indicatorId}|${year}`;
  let cache = COUNCILS.get(model);
  if (cache === undefined) COUNCILS.set(model, (cache = new Map()));
  const known = cache.get(id);
  if (known !== undefined) return known;
  const found = model.dfeMapping(indicatorId);
  if (found === undefined) return [];
  const indicator = model.indicator(indicatorId);
  const period = reportingPeriod(year, found.mapping.period);
  const nodes = dfeCouncilCodes(found.file, year, found.mapping.filter).flatMap((code) => {
    const area = model.areas.dfeCouncilArea(found.file, year, code);
    const node = area === undefined ? undefined : dfePlace(model, indicator, area, period, true);
    return node === undefined ? [] : [node];
  });
  cache.set(id, nodes);
  return nodes;
}

/**
 * Where a council's figure ranks among every council's for the same indicator and period, DfE's
 * published figures compared as published: 1 is the best (the lowest where no direction is better).
 */
export function rank(model: FigureModel, node: FigureNode): FigureNode | undefined {
  const found = model.dfeMapping(node.indicator.id);
  const year = found === undefined ? undefined : reportingYear(node.period, found.mapping.period);
  if (year === undefined || !hasNumber(node)) return undefined;
  const values = model.dfeCouncils(node.indicator.id, year).map((n) => (hasNumber(n) ? { area: n.area.code, value: n.figure.value! } : { area: n.area.code }));
  const ranked = rankAmong(values, node.area.code, node.indicator.polarity);
  if (ranked === undefined) return undefined;
  const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
  return model.node(
    {
      indicator: node.indicator,
      area: node.area,
      period: node.period,
      breakdown: '',
      measure: { kind: 'rank' },
      figure: { unit: 'count', decimals: 0, value: ranked.rank, method: `rank of ${node.text} among the ${ranked.of} councils with a published figure, ${ranked.order}`, inputs: [] },
      source: node.source,
      rank: ranked,
      rows: node.rows,
    },
    `${ordinal(ranked.rank)} of ${ranked.of}`,
  );
}

/** Every council with a row of its own for an indicator and period, for comparisons the DfE files do not cover. */
export function councilsWith(model: FigureModel, indicatorId: string, period: Period): FigureNode[] {
  return model.index
    .allAreas(indicatorId, period)
    .filter((entry) => entry.area.kind === 'local-authority')
    .map((entry) => model.observed(entry.observation));
}

