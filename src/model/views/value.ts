import { periodLabel, previousPeriod, SYMBOLS, symbolReplacesValue, type Period, type SymbolCode } from '../../engine/index.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';

export const VALUE_SHOWS = ['value', 'numerator', 'denominator', 'previous', 'change', 'ytd', 'rolling12', 'period', 'target'] as const;
export type ValueShow = (typeof VALUE_SHOWS)[number];

export interface ValueText {
  /** The figure shown; absent for `show="period"`, which names a period rather than showing a number. */
  node?: FigureNode;
  text: string;
  /** Set when the text is a GSS symbol standing instead of a number, so the page can explain it. */
  symbol?: SymbolCode;
  symbolMeaning?: string;
  /** A comparator a paper stated otherwise: "the paper gave 8.3%". */
  paperGave?: string;
}

function ofNode(node: FigureNode): ValueText {
  const symbol = node.figure.symbol;
  return {
    node,
    text: node.text,
    ...(symbol !== undefined && symbolReplacesValue(symbol) ? { symbol, symbolMeaning: SYMBOLS[symbol].meaning } : {}),
    ...(node.paperGave === undefined ? {} : { paperGave: `the paper gave ${node.paperGave.text}` }),
  };
}

/** The figure an inline <Value> shows, selected from the model. */
export function valueText(
  model: FigureModel,
  q: { indicator: string; area: string; period: Period; breakdown?: string | undefined; show: ValueShow; asOf?: string | undefined; from?: Period | undefined },
): ValueText {
  if (!VALUE_SHOWS.includes(q.show)) throw new Error(`show="${String(q.show)}" is not one a <Value> has: use one of ${VALUE_SHOWS.map((s) => `"${s}"`).join(', ')}`);
  if (q.from !== undefined && q.show !== 'change') throw new Error(`from="…" says what a change is from: use it with show="change", not show="${q.show}"`);
  const query = { indicator: q.indicator, area: q.area, period: q.period, breakdown: q.breakdown };
  if (q.show === 'target') {
    const target = model.target(q.indicator, q.area, q.period);
    if (target === undefined) throw new Error(`indicator "${q.indicator}" has no target for ${q.area} in data/targets.csv or data/indicators.csv`);
    return ofNode(target.node);
  }
  if (q.show === 'ytd' || q.show === 'rolling12') {
    if (q.period.kind !== 'month') throw new Error(`show="${q.show}" needs a monthly period, not ${periodLabel(q.period)}`);
    const month = { ...query, period: q.period };
    const node = q.show === 'ytd' ? model.yearToDate(month) : model.rolling12(month);
    if (node === undefined) throw new Error(`show="${q.show}" needs a count or percentage indicator; ${q.indicator} is a ${model.indicator(q.indicator).unit}`);
    return ofNode(node);
  }
  const node = model.require(query, { asOf: q.asOf });
  switch (q.show) {
    case 'value':
      return ofNode(node);
    case 'period':
      return { text: periodLabel(node.period) };
    case 'numerator':
    case 'denominator': {
      const part = model.part(node, q.show);
      if (part === undefined) throw new Error(`the data gives no ${q.show} for ${node.of} (${node.rows[0] ?? ''})`);
      return ofNode(part);
    }
    case 'previous':
      return ofNode(model.require({ ...query, period: previousPeriod(q.period) }));
    case 'change':
      // From the period before, or from the one a sentence names ("317 fewer than in July 2021").
      return ofNode(model.change(node, model.require({ ...query, period: q.from ?? previousPeriod(q.period) })));
  }
}
