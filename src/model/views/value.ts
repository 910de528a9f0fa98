import { periodLabel, SYMBOLS, symbolReplacesValue, type Period, type SymbolCode } from '../../engine/index.ts';
import type { CompareBasis, FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';
import { PropError } from './where.ts';

export const VALUE_SHOWS = ['value', 'numerator', 'denominator', 'previous', 'change', 'ytd', 'rolling12', 'period', 'target'] as const;
export type ValueShow = (typeof VALUE_SHOWS)[number];

export interface ValueText {
  /** The figure shown; absent for `show="period"`, which names a period rather than showing a number, and where there is nothing to compare with. */
  node?: FigureNode;
  text: string;
  /** Words after the figure: which period it compares with (" compared with Q1 2020/21"). */
  after?: string;
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

/** Units whose figures a table shows bare under a heading naming the unit, and changes, whose sentence says which way: `unit="none"` shows them so in a sentence too. */
const BARE_UNITS = new Set(['rate', 'days', 'weeks', 'months', 'change']);

function bare(text: ValueText, unit: string, indicator: string): ValueText {
  if (text.node === undefined) return text;
  if (!BARE_UNITS.has(unit)) {
    throw new PropError('unit', `unit="none" is for a rate or a duration in a sentence that names the unit itself; "${indicator}" is a ${unit}, whose figure keeps its unit: leave unit out`);
  }
  return { ...text, text: text.node.cell };
}

/** The figure an inline <Value> shows, selected from the model. */
export function valueText(
  model: FigureModel,
  q: {
    indicator: string;
    area: string;
    period: Period;
    breakdown?: string | undefined;
    show: ValueShow;
    asOf?: string | undefined;
    /** What `show="previous"` and `show="change"` compare with; given, the words name the period. */
    compare?: CompareBasis | undefined;
    /** With show="change", the period a sentence names as the one the change is from ("317 fewer than in July 2021"). */
    from?: Period | undefined;
    /** `none`: a rate or duration without its unit words, for a sentence that says them ("110.6 per 10,000 children in care"); a change without "up" or "down" ("reduced by 69"). */
    unit?: 'none' | undefined;
  },
): ValueText {
  const text = selectValue(model, q);
  return q.unit === 'none' ? bare(text, q.show === 'change' ? 'change' : model.indicator(q.indicator).unit, q.indicator) : text;
}

function selectValue(
  model: FigureModel,
  q: { indicator: string; area: string; period: Period; breakdown?: string | undefined; show: ValueShow; asOf?: string | undefined; compare?: CompareBasis | undefined; from?: Period | undefined },
): ValueText {
  if (!VALUE_SHOWS.includes(q.show)) throw new PropError('show', `show="${String(q.show)}" is not one a <Value> has: use one of ${VALUE_SHOWS.map((s) => `"${s}"`).join(', ')}`);
  if (q.from !== undefined && q.show !== 'change') throw new PropError('from', `from="…" says what a change is from: use it with show="change", not show="${q.show}"`);
  if (q.from !== undefined && q.compare !== undefined) throw new PropError('from', 'from="…" names the period a change is from, and compare="…" chooses one: give one of them, not both');
  const query = { indicator: q.indicator, area: q.area, period: q.period, breakdown: q.breakdown };
  if (q.show === 'target') {
    const target = model.target(q.indicator, q.area, q.period);
    if (target === undefined) throw new PropError('show', `indicator "${q.indicator}" has no target for ${q.area} in data/targets.csv or data/indicators.csv`);
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
    case 'change': {
      if (q.from !== undefined) return ofNode(model.change(node, model.require({ ...query, period: q.from })));
      const compared = model.compareWith(node, q.compare ?? 'previous');
      const shown = q.show === 'previous' ? compared.before : compared.change;
      // Nothing to compare with is said in words where the figure would be; it is never left out silently.
      if (shown === undefined) return { text: compared.words };
      return { ...ofNode(shown), ...(q.compare === undefined ? {} : { after: ` ${compared.words}` }) };
    }
  }
}
