import { formatFigure, periodLabel, symbolReplacesValue, type Figure, type Period } from '../../engine/index.ts';

interface Point {
  period: Period;
  figure: Figure;
}

function shown(figure: Figure): number | undefined {
  return figure.symbol !== undefined && symbolReplacesValue(figure.symbol) ? undefined : figure.value;
}

/**
 * A chart headline that states the message, e.g. "Assessments within 45 working days rose to 86.0% in
 * Oct 2020". Compares the latest shown figure with the first shown one; neutral words only.
 */
export function headline(label: string, series: readonly Point[]): string {
  const visible = series.filter((point) => shown(point.figure) !== undefined);
  const last = visible.at(-1);
  if (last === undefined) return `${label}: no figures can be shown`;
  const at = `${formatFigure(last.figure)} in ${periodLabel(last.period)}`;
  const first = visible[0]!;
  if (visible.length === 1 || first === last) return `${label}: ${at}`;
  const change = Math.sign(shown(last.figure)! - shown(first.figure)!);
  const verb = change > 0 ? 'rose to' : change < 0 ? 'fell to' : 'was unchanged at';
  return `${label} ${verb} ${at}`;
}
