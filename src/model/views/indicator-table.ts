import { periodLabel, samePeriod, type Period } from '../../engine/index.ts';
import type { CompareBasis, ComparisonWith, FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { missingPart } from '../part-symbol.ts';
import type { TableModel } from './table-model.ts';

/**
 * Several indicators over several periods, as performance papers tabulate them: for each period the
 * number, what it is out of and the figure, then the direction of travel of the last period, judged by
 * each indicator's polarity: from the second-last period listed (the default), or with `compare`, from the
 * latest earlier figure the data has or the same period a year before. Which period it compares with is
 * said in words, and so is a missing comparison. A count has no "out of" ([z]); a figure given without
 * its parts has neither ([x]).
 */
export function indicatorTable(
  model: FigureModel,
  request: { indicators: string[]; area: string; periods: Period[]; caption?: string | undefined; compare?: CompareBasis | undefined },
): TableModel & { arrows: boolean } {
  const area = model.area(request.area);
  const labels = request.periods.map(periodLabel);
  const columns = ['Indicator', ...labels.flatMap((label) => [`${label}: number`, `${label}: out of`, `${label}: figure`]), 'Direction of travel'];
  const comparisons: string[] = [];
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
      put(model.part(node, 'numerator'), missingPart(indicator.unit, node.withheld !== undefined));
      put(model.part(node, 'denominator'), missingPart(indicator.unit, node.withheld !== undefined));
      put(node, '[x]');
    }
    const last = request.periods.at(-1)!;
    const now = found.at(-1);
    const compared: ComparisonWith | undefined =
      now === undefined
        ? undefined
        : request.compare !== undefined
          ? model.compareWith(now, request.compare)
          : listedComparison(model, now, request.periods.at(-2), found.at(-2));
    const change = compared?.change;
    const travel = change?.travel;
    if (change !== undefined) nodes.set(change.key, change);
    if (compared !== undefined) comparisons.push(compared.words);
    const words =
      request.periods.length < 2 && request.compare === undefined
        ? '[z]'
        : now === undefined
          ? `? no figure for ${periodLabel(last)}`
          : travel === undefined
            ? `? ${compared!.words}`
            : `${travel.symbol} ${travel.words}${request.compare === undefined ? '' : `, ${compared!.words}`}`;
    return { header: indicator.label, cells: [...cells, words], figures: [...figures, undefined] };
  });
  // The period compared with, named once in the heading when every row compares with the same one.
  const named = new Set(comparisons.filter((c) => c.startsWith('compared with')));
  if (request.compare === undefined && named.size === 1) columns[columns.length - 1] = `Direction of travel (${[...named][0]})`;
  return {
    caption: request.caption ?? `${request.indicators.length === 1 ? model.indicator(request.indicators[0]!).label : 'Performance indicators'}, ${area.name}, ${labels.join(' and ')}`,
    columns,
    rows,
    nodes,
    numeric: columns.slice(1, -1).map((_, i) => i),
    arrows: rows.some((row) => /[▲▼↔]/.test(row.cells.at(-1) ?? '')),
  };
}

/** The comparison of the last period listed with the one listed before it, or why there is none. */
function listedComparison(model: FigureModel, now: FigureNode, period: Period | undefined, before: FigureNode | undefined): ComparisonWith | undefined {
  if (period === undefined) return undefined;
  if (before === undefined) return { basis: 'previous', period, words: `no figure for ${periodLabel(period)} to compare with` };
  return { basis: 'previous', period, before, change: model.change(now, before), words: samePeriod(period, before.period) ? `compared with ${periodLabel(period)}` : `compared with ${periodLabel(before.period)}` };
}
