import { comparePeriods, periodKey, suppressFigure, symbolText, type Period } from '../engine/index.ts';
import type { FigureIndex, LocatedFigure } from '../model/figure-index.ts';
import { breakdownTable } from '../model/views/breakdown-table.ts';
import type { DatasetFigure } from './dataset-figure.ts';

/**
 * Every figure in the index, each through the same FigureIndex and suppression the pages use, in a
 * stable order (indicator, area, breakdown, period). Breakdowns take the hiding the page's breakdown
 * table applies, so a total minus the other parts cannot reveal a suppressed part in a download either.
 */
export function datasetFigures(index: FigureIndex, only?: { indicator: string }): DatasetFigure[] {
  const observations = index.dataset.observations.filter((o) => only === undefined || o.indicator === only.indicator);
  const secondary = new Set<string>();
  const tables = new Set<string>();
  for (const { indicator, area, period, breakdown } of observations) {
    const code = index.area(area).code;
    const table = keyOf(indicator, code, '', period);
    if ((breakdown ?? '') === '' || tables.has(table)) continue;
    tables.add(table);
    for (const key of hiddenByTable(index, indicator, code, period)) secondary.add(key);
  }
  const found: DatasetFigure[] = [];
  const seen = new Set<string>();
  for (const observation of observations) {
    const breakdown = observation.breakdown ?? '';
    const series = `${observation.indicator}\u0000${observation.area}\u0000${breakdown}`;
    if (seen.has(series)) continue;
    seen.add(series);
    const indicator = index.indicator(observation.indicator);
    const area = index.area(observation.area);
    for (const located of index.series({ indicator: indicator.id, area: area.code, breakdown })) {
      const entry: DatasetFigure = { indicator, area, period: located.period, breakdown, figure: located.figure };
      found.push(secondary.has(keyOf(indicator.id, area.code, breakdown, located.period)) ? hide(entry, index) : entry);
    }
  }
  return found.sort(byKey);
}

function keyOf(indicator: string, area: string, breakdown: string, period: Period): string {
  return `${indicator}\u0000${area}\u0000${breakdown}\u0000${periodKey(period)}`;
}

/**
 * Asks the page's breakdown table which cells it shows as [c] and returns those whose own figure has a
 * number: they are hidden only so that the rest cannot give a small count away (secondary suppression).
 * The table lists the parts in the order `breakdowns` gives them, then the whole when there is one.
 */
function hiddenByTable(index: FigureIndex, indicator: string, area: string, period: Period): string[] {
  const table = breakdownTable(index, { indicator, area, period });
  const parts: (LocatedFigure | undefined)[] = [...index.breakdowns({ indicator, area, period }), index.at({ indicator, area, period })];
  const confidential = symbolText('c');
  return table.rows.flatMap((row, i) => {
    const located = parts[i];
    if (row.cells[0] !== confidential || located === undefined || located.figure.value === undefined) return [];
    return [keyOf(indicator, area, located.observation.breakdown ?? '', period)];
  });
}

function hide(entry: DatasetFigure, index: FigureIndex): DatasetFigure {
  return { ...entry, figure: suppressFigure(entry.figure, 'secondary', index.rule) };
}

// Code-unit order, not localeCompare: a download must be the same bytes on every machine.
function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byKey(a: DatasetFigure, b: DatasetFigure): number {
  return text(a.indicator.id, b.indicator.id) || text(a.area.code, b.area.code) || text(a.breakdown, b.breakdown) || comparePeriods(a.period, b.period);
}
