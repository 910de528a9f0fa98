import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import { periodKey } from '../../engine/index.ts';
import type { DatasetFigure } from './dataset-figure.ts';
import { WHOLE } from './download-row.ts';
import { eesColumn } from './ees-column.ts';
import { EES_GEOGRAPHY_COLUMNS, eesGeography } from './ees-geography.ts';
import { eesTime } from './ees-time.ts';
import { eesValue } from './ees-value.ts';

/** The filter column: which part of the whole a row is for. */
export const EES_BREAKDOWN = 'breakdown';

export interface EesTable {
  columns: string[];
  rows: Record<string, string>[];
  /** The indicators with a column, in column order. */
  indicators: IndicatorEntry[];
  /** Figures left out because EES cannot say their period or area (counts at a date, groups of councils). */
  left: DatasetFigure[];
}

/**
 * The figures in DfE's EES tidy layout: one row per period, area and breakdown; one column per
 * indicator. A cell with no figure in the data holds x (not available), as EES allows no blank values.
 */
export function eesTable(figures: readonly DatasetFigure[], areas: ReadonlyMap<string, AreaEntry>): EesTable {
  const rows = new Map<string, Record<string, string>>();
  const indicators = new Map<string, IndicatorEntry>();
  const left: DatasetFigure[] = [];
  for (const entry of figures) {
    const time = eesTime(entry.period);
    const geography = eesGeography(entry.area, areas);
    if (time === undefined || geography === undefined) {
      left.push(entry);
      continue;
    }
    const breakdown = entry.breakdown === '' ? WHOLE : entry.breakdown;
    const key = `${periodKey(entry.period)}\u0000${entry.area.code}\u0000${breakdown}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = { ...time, ...geography, [EES_BREAKDOWN]: breakdown };
      rows.set(key, row);
    }
    row[eesColumn(entry.indicator.id)] = eesValue(entry.figure);
    indicators.set(entry.indicator.id, entry.indicator);
  }
  const ordered = [...indicators.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const valueColumns = ordered.map((indicator) => eesColumn(indicator.id));
  const columns = ['time_period', 'time_identifier', ...EES_GEOGRAPHY_COLUMNS, EES_BREAKDOWN, ...valueColumns];
  const clash = valueColumns.find((name, i) => columns.indexOf(name) !== 2 + EES_GEOGRAPHY_COLUMNS.length + 1 + i);
  if (clash !== undefined) throw new Error(`indicator column "${clash}" in the EES export clashes with another column: rename the indicator in data/indicators.csv`);
  const filled = [...rows.values()].map((row) => {
    for (const name of valueColumns) row[name] ??= 'x';
    return row;
  });
  return { columns, rows: filled, indicators: ordered, left };
}
