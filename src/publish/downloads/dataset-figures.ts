import { comparePeriods } from '../../engine/index.ts';
import type { FigureModel } from '../../model/figure-model.ts';
import type { DatasetFigure } from './dataset-figure.ts';

/**
 * Every figure of the data, each the model's node for its row, so that a download withholds exactly what
 * the pages withhold (a part of a breakdown hidden so that the total cannot give another away included)
 * and a comparator reads as the pages read it. In a stable order: indicator, area, breakdown, period.
 */
export function datasetFigures(model: FigureModel, only?: { indicator: string }): DatasetFigure[] {
  const found = new Map<string, DatasetFigure>();
  for (const observation of model.dataset.observations) {
    if (only !== undefined && observation.indicator !== only.indicator) continue;
    const node = model.observed(observation);
    if (found.has(node.key)) continue;
    found.set(node.key, { indicator: node.indicator, area: node.area, period: node.period, breakdown: node.breakdown, figure: node.figure, node });
  }
  return [...found.values()].sort(byKey);
}

// Code-unit order, not localeCompare: a download must be the same bytes on every machine.
function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byKey(a: DatasetFigure, b: DatasetFigure): number {
  return text(a.indicator.id, b.indicator.id) || text(a.area.code, b.area.code) || text(a.breakdown, b.breakdown) || comparePeriods(a.period, b.period);
}
