import { periodLabel, type Period } from '../../engine/index.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import type { TableModel } from './table-model.ts';

/**
 * Several indicators over several periods, as performance papers tabulate them: for each period the
 * number, what it is out of and the figure, then the direction of travel from the second-last period to
 * the last, judged by each indicator's polarity. A count has no "out of" ([z]); a figure given without its
 * parts has neither ([x]).
 */
export function indicatorTable(
  model: FigureModel,
  request: { indicators: string[]; area: string; periods: Period[]; caption?: string | undefined },
): TableModel & { arrows: boolean } {
  const area = model.area(request.area);
  const labels = request.periods.map(periodLabel);
  const columns = ['Indicator', ...labels.flatMap((label) => [`${label}: number`, `${label}: out of`, `${label}: figure`]), 'Direction of travel'];
  const nodes = new Map<string, FigureNode>();
  const rows = request.indicators.map((id) => {
    const indicator = model.indicator(id);
    const found = request.periods.map((period) => model.value({ indicator: id, area: area.code, period }));
    const cells: string[] = [];
    const figures: (string | undefined)[] = [];
    const put = (node: FigureNode | undefined, missing: string) => {
      if (node !== undefined) nodes.set(node.key, node);
      cells.push(node?.text ?? missing);
      figures.push(node?.key);
    };
    for (const node of found) {
      if (node === undefined) {
        for (let i = 0; i < 3; i++) put(undefined, '[x]');
        continue;
      }
      put(model.part(node, 'numerator'), node.withheld === undefined ? (indicator.unit === 'count' ? '[z]' : '[x]') : '[c]');
      put(model.part(node, 'denominator'), node.withheld === undefined ? '[z]' : '[c]');
      put(node, '[x]');
    }
    const [before, now] = found.slice(-2);
    const change = request.periods.length >= 2 && before !== undefined && now !== undefined ? model.change(now, before) : undefined;
    const travel = change?.travel;
    if (change !== undefined) nodes.set(change.key, change);
    const words = request.periods.length < 2 ? '[z]' : travel === undefined ? '? no earlier figure to compare' : `${travel.symbol} ${travel.words}`;
    return { header: indicator.label, cells: [...cells, words], figures: [...figures, undefined] };
  });
  return {
    caption: request.caption ?? `${request.indicators.length === 1 ? model.indicator(request.indicators[0]!).label : 'Performance indicators'}, ${area.name}, ${labels.join(' and ')}`,
    columns,
    rows,
    nodes,
    numeric: columns.slice(1, -1).map((_, i) => i),
    arrows: rows.some((row) => /[▲▼↔]/.test(row.cells.at(-1) ?? '')),
  };
}
