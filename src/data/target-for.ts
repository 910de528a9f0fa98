import type { Period } from '../engine/period.ts';
import { periodSpan } from '../engine/periods.ts';
import type { Dataset, TargetEntry } from './dataset.ts';
import { isCouncilKind, type ExactNumber } from './schemas/index.ts';

export interface TargetInForce {
  target: ExactNumber;
  tolerance?: ExactNumber;
  /** The row it came from: `data/targets.csv:3`, or the catalogue's `data/indicators.csv:21`. */
  source: string;
}

export type TargetSources = Pick<Dataset, 'targets' | 'indicators' | 'areas' | 'areasByDfeCode'>;

/**
 * The target a council's figure for `period` is judged against: the targets.csv row for that
 * indicator and council with the latest `from` starting on or before the period starts, otherwise the
 * catalogue's target. A row's blank tolerance means none: it does not borrow the catalogue's, which
 * was set for a different target. Regions, countries and groups have no targets of their own.
 */
export function targetFor(dataset: TargetSources, indicatorId: string, areaCode: string, period: Period): TargetInForce | undefined {
  const area = dataset.areas.get(areaCode) ?? dataset.areasByDfeCode.get(areaCode);
  const indicator = dataset.indicators.get(indicatorId);
  if (area === undefined || indicator === undefined || !isCouncilKind(area.kind)) return undefined;
  const start = periodSpan(period).first;
  let inForce: TargetEntry | undefined;
  for (const row of dataset.targets) {
    if (row.indicator !== indicator.id || row.area !== area.code) continue;
    const from = periodSpan(row.from).first;
    if (from <= start && (inForce === undefined || from > periodSpan(inForce.from).first)) inForce = row;
  }
  if (inForce !== undefined) {
    return { target: inForce.target, ...(inForce.tolerance === undefined ? {} : { tolerance: inForce.tolerance }), source: inForce.source };
  }
  if (indicator.target === undefined) return undefined;
  return { target: indicator.target, ...(indicator.tolerance === undefined ? {} : { tolerance: indicator.tolerance }), source: indicator.location };
}
