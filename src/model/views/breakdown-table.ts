import { periodLabel, type Period } from '../../engine/index.ts';
import type { FigureModel } from '../figure-model.ts';
import { figureRow, type TableModel } from './table-model.ts';
import { unitWords } from './unit-words.ts';

/**
 * One indicator broken down (caseload by service, referrals by source, staff by role) for one period,
 * with the whole as a total row when the data has it. What is withheld was decided by the model for
 * the whole site, so the table and every other place show the same cells as [c].
 */
export function breakdownTable(
  model: FigureModel,
  request: { indicator: string; area: string; period: Period; caption?: string | undefined; totalLabel?: string | undefined },
): TableModel {
  const indicator = model.indicator(request.indicator);
  const area = model.area(request.area);
  const parts = model.breakdowns({ indicator: indicator.id, area: area.code, period: request.period });
  if (parts.length === 0) {
    throw new Error(`no breakdown rows for indicator "${indicator.id}" in ${area.name} for ${periodLabel(request.period)}: give rows with a breakdown in data/observations/`);
  }
  const whole = model.value({ indicator: indicator.id, area: area.code, period: request.period });
  const after = unitWords(indicator.unit, indicator.rate_per).after;
  return {
    caption: request.caption ?? `${indicator.label}, ${area.name}, ${periodLabel(request.period)}`,
    columns: ['', `${indicator.label}${after ? ` (${after})` : ''}`],
    rows: [
      ...parts.map((part) => figureRow(part.breakdown, [part])),
      ...(whole === undefined ? [] : [figureRow(request.totalLabel ?? 'Total', [whole], { highlight: true })]),
    ],
    nodes: new Map([...parts, ...(whole === undefined ? [] : [whole])].map((node) => [node.key, node])),
  };
}
