import type { IndicatorEntry } from '../../data/dataset.ts';
import { targetFor } from '../../data/targetFor.ts';
import type { Figure, Period } from '../../engine/index.ts';
import type { FigureIndex } from '../figure-index.ts';

export interface TargetFigure {
  figure: Figure;
  /** Exact decimal text, for RAG's exact comparison. */
  raw: string;
  tolerance: string;
  source: string;
}

/** The council's target in force for a period (its own from targets.csv, else the catalogue's), as a figure. */
export function targetOf(index: FigureIndex, indicator: IndicatorEntry, area: string, period: Period): TargetFigure | undefined {
  const found = targetFor(index.dataset, indicator.id, area, period);
  if (found === undefined) return undefined;
  const places = Math.min(indicator.decimals, found.target.raw.split('.')[1]?.length ?? 0);
  return {
    figure: { unit: indicator.unit, decimals: places, value: found.target.value, inputs: [{ role: 'target', value: found.target.raw, source: found.source }], ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) },
    raw: found.target.raw,
    tolerance: found.tolerance?.raw ?? '0',
    source: found.source,
  };
}
