import type { EesFile } from '../../data/ees.ts';
import { neighbourAverage, type AreaValue } from '../../engine/benchmarks.ts';
import type { Figure } from '../../engine/figure.ts';
import { SYMBOLS } from '../../engine/symbols.ts';
import type { DfeIndicator } from '../../data/dfe-indicator.ts';
import { dfeFigure, type DfeFigure } from './dfe-figure.ts';
import type { NeighbourModelInUse } from './neighbour-model-for.ts';

export type AverageMethod = 'mean' | 'median';

export interface LeftOutNeighbour {
  dfeCode: string;
  name: string;
  /** Why it has no figure, e.g. "suppressed (c)" or "no row for 2021 in the file". */
  reason: string;
}

/** A council's statistical neighbours' figures for one year and their mean and median. */
export interface NeighbourBenchmark {
  model: NeighbourModelInUse;
  /** Each neighbour's published figure, closest first, where the file has a row. */
  neighbours: DfeFigure[];
  leftOut: LeftOutNeighbour[];
  mean: Figure;
  median: Figure;
}

/** Who uses which average, so the page can say it. */
export const METHOD_USER: Record<AverageMethod, string> = {
  mean: "as DfE's LAIT does",
  median: "as DfE's children's social care dashboard does",
};

function reasonFor(figure: DfeFigure | undefined, year: number): string {
  if (figure === undefined) return `no row for ${year} in the file`;
  const symbol = figure.figure.symbol;
  return symbol === undefined ? 'no figure' : `${SYMBOLS[symbol].meaning} (DfE published ${figure.published || symbol})`;
}

/**
 * The mean and the median of the published figures of a council's neighbours in `model`, the way
 * DfE's own tools average them: each neighbour's published (rounded) figure counts once, and a
 * neighbour without a number is left out and named. The average has the indicator's decimals, or
 * DfE's if it publishes more.
 */
export function neighbourBenchmark(
  file: EesFile,
  mapping: DfeIndicator,
  year: number,
  council: { dfeCode: string; name: string },
  model: NeighbourModelInUse,
  display: { decimals: number; per?: number },
): NeighbourBenchmark | undefined {
  const group = model.groups.get(council.dfeCode);
  if (group === undefined) return undefined;
  const neighbours: DfeFigure[] = [];
  const leftOut: LeftOutNeighbour[] = [];
  const values: AreaValue[] = [];
  for (const dfeCode of group.neighbours) {
    const figure = dfeFigure(file, mapping, year, { level: 'Local authority', dfeCode }, display.per);
    const name = figure?.name ?? model.groups.get(dfeCode)?.name ?? dfeCode;
    if (figure !== undefined) neighbours.push(figure);
    if (figure?.figure.value === undefined) {
      leftOut.push({ dfeCode, name, reason: reasonFor(figure, year) });
      values.push({ area: name });
    } else {
      values.push({ area: name, value: figure.published, source: figure.source });
    }
  }
  const decimals = Math.max(display.decimals, mapping.decimals);
  const used = values.length - leftOut.length;
  const counted = used === values.length ? `all ${used}` : `${used} of the ${values.length}`;
  const left = leftOut.map((n) => `${n.name} (${n.reason})`).join(', ');
  const average = (method: AverageMethod): Figure => {
    const options = { unit: mapping.unit, ...(display.per === undefined ? {} : { per: display.per }) };
    const figure = neighbourAverage(values, method, decimals, options);
    const method_ =
      `${method} of the published figures of ${counted} statistical neighbours of ${council.name} in ${model.name}, ${METHOD_USER[method]}` +
      (left === '' ? '' : `; left out: ${left}`);
    return { ...figure, method: method_ };
  };
  return { model, neighbours, leftOut, mean: average('mean'), median: average('median') };
}
