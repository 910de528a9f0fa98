import { directionOfTravel, formatNumber, formatFigure, periodLabel, type Period } from '../../engine/index.ts';
import type { FigureIndex } from '../figure-index.ts';
import type { TableModel } from './table-model.ts';

/**
 * Several indicators over several periods, as performance papers tabulate them: for each period the
 * number, what it is out of and the percentage the engine computes, then the direction of travel from
 * the second-last period to the last, judged by each indicator's polarity.
 */
export function indicatorTable(
  index: FigureIndex,
  request: { indicators: string[]; area: string; periods: Period[]; caption?: string | undefined },
): TableModel & { arrows: boolean } {
  const area = index.area(request.area);
  const labels = request.periods.map(periodLabel);
  const columns = ['Indicator', ...labels.flatMap((label) => [`${label}: number`, `${label}: out of`, `${label}: figure`]), 'Direction of travel'];
  const rows = request.indicators.map((id) => {
    const indicator = index.indicator(id);
    const found = request.periods.map((period) => index.at({ indicator: id, area: area.code, period }));
    const cells = found.flatMap((located) => {
      if (located === undefined) return ['[x]', '[x]', '[x]'];
      const { figure, observation } = located;
      const hidden = figure.symbol === 'c';
      const part = (n: typeof observation.numerator) => (hidden ? '[c]' : n === undefined ? '[z]' : formatNumber(n.raw));
      return [part(observation.numerator), part(observation.denominator), formatFigure(figure)];
    });
    const [before, now] = found.slice(-2);
    const travel = request.periods.length >= 2 ? directionOfTravel(now?.figure, before?.figure, indicator.polarity) : undefined;
    const words = travel === undefined ? '[z]' : `${travel.symbol} ${travel.words}`;
    return { header: indicator.label, cells: [...cells, words] };
  });
  return {
    caption: request.caption ?? `${request.indicators.length === 1 ? index.indicator(request.indicators[0]!).label : 'Performance indicators'}, ${area.name}, ${labels.join(' and ')}`,
    columns,
    rows,
    numeric: columns.slice(1, -1).map((_, i) => i),
    arrows: travelUsed(rows),
  };
}

function travelUsed(rows: { cells: string[] }[]): boolean {
  return rows.some((row) => /[▲▼↔]/.test(row.cells.at(-1) ?? ''));
}
