import {
  formatChange,
  formatFigure,
  formatNumber,
  periodLabel,
  previousPeriod,
  SYMBOLS,
  symbolReplacesValue,
  type Figure,
  type Period,
  type SymbolCode,
} from '../../engine/index.ts';
import type { FigureIndex } from '../figure-index.ts';
import { derivedWindow, rolling12Of, yearToDateOf } from './derived.ts';
import { targetOf } from './target.ts';

export const VALUE_SHOWS = ['value', 'numerator', 'denominator', 'previous', 'change', 'ytd', 'rolling12', 'period', 'target'] as const;
export type ValueShow = (typeof VALUE_SHOWS)[number];

export interface ValueText {
  text: string;
  /** Set when the text is a GSS symbol standing instead of a number, so the page can explain it. */
  symbol?: SymbolCode;
  symbolMeaning?: string;
}

function ofFigure(figure: Figure): ValueText {
  const text = formatFigure(figure);
  if (figure.symbol !== undefined && symbolReplacesValue(figure.symbol)) {
    return { text, symbol: figure.symbol, symbolMeaning: SYMBOLS[figure.symbol].meaning };
  }
  return { text };
}

/** The words an inline <Value> shows, all from the data and the engine. */
export function valueText(
  index: FigureIndex,
  q: { indicator: string; area: string; period: Period; breakdown?: string | undefined; show: ValueShow },
): ValueText {
  if (!VALUE_SHOWS.includes(q.show)) throw new Error(`show="${String(q.show)}" is not one a <Value> has: use one of ${VALUE_SHOWS.map((s) => `"${s}"`).join(', ')}`);
  if (q.show === 'target') return targetText(index, q);
  const located = index.require(q);
  const { figure, observation } = located;
  switch (q.show) {
    case 'value':
      return ofFigure(figure);
    case 'period':
      return { text: periodLabel(located.period) };
    case 'numerator':
    case 'denominator': {
      // A suppressed figure hides its counts too: a numerator of 3 is as revealing as 3%.
      if (figure.symbol === 'c') return ofFigure(figure);
      const part = observation[q.show];
      if (part === undefined) throw new Error(`the data gives no ${q.show} for ${formatFigure(figure)} (${observation.source})`);
      return { text: formatNumber(part.raw) };
    }
    case 'previous':
      return ofFigure(index.require({ ...q, period: previousPeriod(q.period) }).figure);
    case 'change': {
      const before = index.require({ ...q, period: previousPeriod(q.period) }).figure;
      for (const f of [figure, before]) if (f.value === undefined || (f.symbol !== undefined && symbolReplacesValue(f.symbol))) return ofFigure(f);
      return { text: formatChange(figure, before) };
    }
    case 'ytd':
    case 'rolling12': {
      if (q.period.kind !== 'month') throw new Error(`show="${q.show}" needs a monthly period, not ${periodLabel(q.period)}`);
      const indicator = index.indicator(q.indicator);
      const series = index.series(q, derivedWindow(q.period));
      const derived = q.show === 'ytd' ? yearToDateOf(index, indicator, series, q.period) : rolling12Of(index, indicator, series, q.period);
      if (derived === undefined) throw new Error(`show="${q.show}" needs a count or percentage indicator; ${indicator.id} is a ${indicator.unit}`);
      return ofFigure(derived);
    }
  }
}

function targetText(index: FigureIndex, q: { indicator: string; area: string; period: Period }): ValueText {
  const indicator = index.indicator(q.indicator);
  const target = targetOf(index, indicator, index.area(q.area).code, q.period);
  if (target === undefined) throw new Error(`indicator "${indicator.id}" has no target for ${q.area} in data/targets.csv or data/indicators.csv`);
  return ofFigure(target.figure);
}
