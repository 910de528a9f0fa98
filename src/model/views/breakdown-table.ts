import { cellText } from './cell-text.ts';
import { unitWords } from './unit-words.ts';
import { periodLabel, suppressTable, type Figure, type Period } from '../../engine/index.ts';
import type { FigureIndex, LocatedFigure } from '../figure-index.ts';
import { suppressionApplies } from '../suppression-policy.ts';
import type { TableModel } from './table-model.ts';

/**
 * One indicator broken down (caseload by service, referrals by source, staff by role) for one period,
 * with the whole as a total row when the data has it. Counts about children get secondary suppression:
 * when one cell is hidden, another is too, so the total minus the rest cannot reveal it.
 */
export function breakdownTable(
  index: FigureIndex,
  request: { indicator: string; area: string; period: Period; caption?: string | undefined; totalLabel?: string | undefined },
): TableModel {
  const indicator = index.indicator(request.indicator);
  const area = index.area(request.area);
  const parts = index.breakdowns({ indicator: indicator.id, area: area.code, period: request.period });
  if (parts.length === 0) {
    throw new Error(`no breakdown rows for indicator "${indicator.id}" in ${area.name} for ${periodLabel(request.period)}: give rows with a breakdown in data/observations/`);
  }
  const whole = index.at({ indicator: indicator.id, area: area.code, period: request.period });
  const shown = indicator.unit === 'count' && suppressionApplies(indicator) ? withSecondarySuppression(index, parts, whole) : { parts: parts.map((p) => p.figure), total: whole?.figure };
  return {
    caption: request.caption ?? `${indicator.label}, ${area.name}, ${periodLabel(request.period)}`,
    columns: ['', `${indicator.label}${unitWords(indicator.unit, indicator.rate_per).after ? ` (${unitWords(indicator.unit, indicator.rate_per).after})` : ''}`],
    rows: [
      ...parts.map((part, i) => ({ header: part.breakdown, cells: [cellText(shown.parts[i]!)] })),
      ...(shown.total === undefined ? [] : [{ header: request.totalLabel ?? 'Total', cells: [cellText(shown.total)], highlight: true }]),
    ],
  };
}

function rawCount(located: LocatedFigure): string {
  // Cells already suppressed as small stay hidden; the rest go in with their published counts.
  if (located.figure.symbol !== undefined && located.figure.value === undefined) return located.figure.symbol;
  const { value, numerator } = located.observation;
  return (value ?? numerator)?.raw ?? 'x';
}

function withSecondarySuppression(index: FigureIndex, parts: readonly (LocatedFigure & { breakdown: string })[], whole: LocatedFigure | undefined): { parts: Figure[]; total: Figure | undefined } {
  const table = suppressTable({
    cells: parts.map((part) => ({ key: part.breakdown, value: rawCount(part), source: part.observation.source })),
    ...(whole === undefined ? {} : { total: { value: rawCount(whole), source: whole.observation.source } }),
    threshold: index.rule.threshold,
    ...(index.rule.suppressZero === undefined ? {} : { suppressZero: index.rule.suppressZero }),
  });
  return { parts: table.cells.map((cell) => cell.figure), total: table.total?.figure };
}
