import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import { comparePeriods, periodLabel, periodKey, type Period } from '../../engine/index.ts';
import type { FigureIndex, LocatedFigure } from '../figure-index.ts';
import { cellText } from './cell-text.ts';
import type { TableModel } from './table-model.ts';
import { unitWords } from './unit-words.ts';

export interface AreaHistory {
  area: AreaEntry;
  series: LocatedFigure[];
}

const KIND_ORDER: Record<string, number> = { fictional: 0, 'local-authority': 0, group: 1, region: 2, country: 3 };

/** Every area's whole series for one indicator (the whole, not breakdowns): councils first, then groups, regions, England. */
export function indicatorHistory(index: FigureIndex, indicatorId: string): { indicator: IndicatorEntry; areas: AreaHistory[] } {
  const indicator = index.indicator(indicatorId);
  const codes = [...new Set(index.dataset.observations.filter((o) => o.indicator === indicator.id && (o.breakdown ?? '') === '').map((o) => o.area))];
  const areas = codes
    .map((code) => ({ area: index.area(code), series: index.series({ indicator: indicator.id, area: code }) }))
    .sort((a, b) => (KIND_ORDER[a.area.kind] ?? 9) - (KIND_ORDER[b.area.kind] ?? 9) || a.area.name.localeCompare(b.area.name));
  return { indicator, areas };
}

/** One table of the whole history: a row per period, a column per area. */
export function historyTable(indicator: IndicatorEntry, areas: readonly AreaHistory[]): TableModel {
  const periods = new Map<string, Period>();
  for (const { series } of areas) for (const { period } of series) periods.set(periodKey(period), period);
  const ordered = [...periods.values()].sort(comparePeriods);
  const words = unitWords(indicator.unit, indicator.rate_per).after;
  return {
    caption: `${indicator.label}${words ? ` (${words})` : ''}: every figure in the data, by period and area`,
    columns: ['Period', ...areas.map(({ area }) => area.name)],
    rows: ordered.map((period) => ({
      header: periodLabel(period),
      cells: areas.map(({ series }) => {
        const found = series.find((entry) => periodKey(entry.period) === periodKey(period));
        return found === undefined ? '' : cellText(found.figure);
      }),
    })),
  };
}
