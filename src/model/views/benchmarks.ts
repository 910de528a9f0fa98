import type { AreaEntry } from '../../data/dataset.ts';
import { periodLabel, periodSpan, samePeriod, type Period } from '../../engine/index.ts';
import type { ComparatorKind, FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';

export interface ComparatorFigure {
  kind: ComparatorKind;
  /** Who it is, as written mid-sentence: "England", "Yorkshire and The Humber", "statistical neighbours". */
  name: string;
  /** The name with its period when that is not the report's: "England (2020/21)". */
  label: string;
  node: FigureNode;
}

/** The last day of a period as YYYY-MM-DD: what was published by then is what a page outside a report compares with. */
function endOf(period: Period): string {
  const last = String(periodSpan(period).last);
  return `${last.slice(0, 4)}-${last.slice(4, 6)}-${last.slice(6, 8)}`;
}

/**
 * England, the council's region and its statistical neighbours (their mean) to compare a council's
 * figure for `period` with, from the model: DfE's figures for the latest year published by the meeting
 * day where DfE's files give the indicator, otherwise what a paper stated. Each says its period when it
 * is not the report's own. Counts have none: a country's or a region's total is no yardstick for a council's.
 */
export function comparatorsFor(model: FigureModel, indicatorId: string, council: AreaEntry, period: Period, asOf: string | undefined): { comparators: ComparatorFigure[]; rule?: string } {
  const day = asOf ?? endOf(period);
  const found: ComparatorFigure[] = [];
  // England's count of referrals says nothing about one council's: only rates, percentages and the like compare.
  if (model.indicator(indicatorId).unit === 'count') return { comparators: found };
  for (const kind of ['england', 'region', 'neighbours'] as const) {
    const node = model.comparator(indicatorId, council.code, kind, { period, asOf: day });
    if (node === undefined) continue;
    const name = kind === 'neighbours' ? 'statistical neighbours' : node.area.name;
    found.push({ kind, name, label: samePeriod(node.period, period) ? name : `${name} (${periodLabel(node.period)})`, node });
  }
  const rule = found.some((c) => c.node.source.kind === 'dfe') ? model.comparisonRule(indicatorId, day)?.words : undefined;
  return rule === undefined ? { comparators: found } : { comparators: found, rule };
}
