import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import { comparePeriods, periodLabel, periodKey, type Period } from '../../engine/index.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import type { TableModel } from './table-model.ts';
import { unitWords } from './unit-words.ts';

export interface AreaHistory {
  area: AreaEntry;
  series: FigureNode[];
}

const KIND_ORDER: Record<string, number> = { fictional: 0, 'local-authority': 0, group: 1, region: 2, country: 3 };

/** Every area's whole series for one indicator (the whole, not breakdowns): councils first, then groups, regions, England. */
export function indicatorHistory(model: FigureModel, indicatorId: string): { indicator: IndicatorEntry; areas: AreaHistory[] } {
  const indicator = model.indicator(indicatorId);
  const codes = [...new Set(model.dataset.observations.filter((o) => o.indicator === indicator.id && (o.breakdown ?? '') === '').map((o) => o.area))];
  const areas = codes
    .map((code) => ({ area: model.area(code), series: model.series({ indicator: indicator.id, area: code }) }))
    .sort((a, b) => (KIND_ORDER[a.area.kind] ?? 9) - (KIND_ORDER[b.area.kind] ?? 9) || a.area.name.localeCompare(b.area.name));
  return { indicator, areas };
}

/** One table of the whole history: a row per period, a column per area. */
export function historyTable(indicator: IndicatorEntry, areas: readonly AreaHistory[]): TableModel {
  const periods = new Map<string, Period>();
  for (const { series } of areas) for (const { period } of series) periods.set(periodKey(period), period);
  const ordered = [...periods.values()].sort(comparePeriods);
  const words = unitWords(indicator.unit, indicator.rate_per).after;
  const nodes = new Map<string, FigureNode>();
  return {
    caption: `${indicator.label}${words ? ` (${words})` : ''}: every figure in the data, by period and area`,
    columns: ['Period', ...areas.map(({ area }) => area.name)],
    rows: ordered.map((period) => {
      const found = areas.map(({ series }) => series.find((node) => periodKey(node.period) === periodKey(period)));
      for (const node of found) if (node !== undefined) nodes.set(node.key, node);
      return { header: periodLabel(period), cells: found.map((node) => node?.cell ?? ''), figures: found.map((node) => node?.key) };
    }),
    nodes,
  };
}
