import { compareDecimals, toDecimal } from './decimal.ts';
import type { Figure, Input } from './figure.ts';
import { given } from './measures.ts';
import { readValue, type InputValue } from './measure-input.ts';

/**
 * Counts from 1 to `threshold − 1` are suppressed (the default threshold 5 suppresses 1–4). Zero is shown
 * by default, since "none" identifies nobody, but a council may choose to suppress it too.
 */
export interface SuppressionRule {
  threshold: number;
  suppressZero?: boolean;
}

export const DEFAULT_SUPPRESSION: SuppressionRule = { threshold: 5, suppressZero: false };

/** primary: a small count; secondary: hidden so a small count cannot be worked out; derived: built on a suppressed count. */
export type SuppressionReason = 'primary' | 'secondary' | 'derived';

function checkRule(rule: SuppressionRule): void {
  if (!Number.isInteger(rule.threshold) || rule.threshold < 1) {
    throw new RangeError(`A suppression threshold is a whole number of at least 1, not ${rule.threshold}`);
  }
}

/** True for a count the rule suppresses. Non-numbers (symbols) are not small counts: they have no number to hide. */
export function isSmallCount(value: InputValue, rule: SuppressionRule = DEFAULT_SUPPRESSION): boolean {
  checkRule(rule);
  const read = readValue(value, 'count');
  if (read.kind !== 'number') return false;
  const zero = compareDecimals(read.decimal, toDecimal(0));
  if (zero === 0) return rule.suppressZero === true;
  return zero > 0 && compareDecimals(read.decimal, toDecimal(rule.threshold)) < 0;
}

function why(reason: SuppressionReason, rule: SuppressionRule): string {
  const lowest = rule.suppressZero === true ? 0 : 1;
  switch (reason) {
    case 'primary':
      return `suppressed: a count from ${lowest} to ${rule.threshold - 1} could identify children`;
    case 'secondary':
      return 'suppressed so that a suppressed count cannot be worked out from the total';
    case 'derived':
      return 'suppressed: worked out from a suppressed count';
  }
}

/**
 * The figure with every number taken out: no value, no unrounded value, a method without the inputs, and
 * every input written `[c]`, so nothing a page, a chart or a download shows can reveal the count.
 */
export function suppressFigure(figure: Figure, reason: SuppressionReason, rule: SuppressionRule = DEFAULT_SUPPRESSION): Figure {
  const inputs: Input[] = figure.inputs.map((input) =>
    input.source === undefined ? { role: input.role, value: '[c]' } : { role: input.role, value: '[c]', source: input.source },
  );
  return {
    unit: figure.unit,
    decimals: figure.decimals,
    ...(figure.per === undefined ? {} : { per: figure.per }),
    symbol: 'c',
    method: why(reason, rule),
    inputs,
  };
}

/** Suppresses a count figure whose value is a small count; other figures are returned as they are. */
export function suppressPrimary(figure: Figure, rule: SuppressionRule = DEFAULT_SUPPRESSION): Figure {
  if (figure.unit !== 'count' || figure.value === undefined) return figure;
  return isSmallCount(figure.value, rule) ? suppressFigure(figure, 'primary', rule) : figure;
}

export interface DerivedOptions {
  rule?: SuppressionRule;
  /**
   * Which inputs are counts of people, whose small values must not be revealed. By default every input is;
   * narrow it where some inputs are not (caseloads divide by FTE, and 2.5 FTE identifies no child).
   */
  isCount?: (input: Input) => boolean;
}

/**
 * Suppresses a figure built on a suppressed or small count: a percentage of 3 children is as revealing as
 * the 3. Figures that already carry `c` are stripped of any number they still hold.
 */
export function suppressDerived(figure: Figure, options: DerivedOptions = {}): Figure {
  const rule = options.rule ?? DEFAULT_SUPPRESSION;
  const isCount = options.isCount ?? (() => true);
  const revealing = figure.inputs.some((input) => {
    if (input.value === '[c]' || input.value === 'c') return true;
    if (!isCount(input)) return false;
    try {
      return isSmallCount(input.value, rule);
    } catch {
      // An input that is not a number holds no count to reveal.
      return false;
    }
  });
  return revealing || figure.symbol === 'c' ? suppressFigure(figure, 'derived', rule) : figure;
}

export interface TableCellInput {
  key: string;
  value: InputValue;
  source?: string;
}

export interface SuppressedCell {
  key: string;
  figure: Figure;
  suppression?: SuppressionReason;
}

export interface SuppressTableInput {
  /** The cells of one breakdown that add up to `total`, e.g. referrals by source. */
  cells: readonly TableCellInput[];
  total?: { value: InputValue; source?: string };
  threshold?: number;
  suppressZero?: boolean;
}

export interface SuppressedTable {
  cells: SuppressedCell[];
  total?: SuppressedCell;
}

interface Working {
  key: string;
  figure: Figure;
  number: ReturnType<typeof toDecimal> | undefined;
  hiddenAs: 'c' | 'other' | undefined;
  suppression?: SuppressionReason;
}

function work(key: string, value: InputValue, source: string | undefined, rule: SuppressionRule): Working {
  const figure = given({ value, unit: 'count', decimals: 0, ...(source === undefined ? {} : { source }) });
  const read = readValue(value, `count for ${key}`);
  if (read.kind === 'symbol') {
    // A count already suppressed upstream was suppressed for being small.
    if (read.code === 'c') return { key, figure, number: undefined, hiddenAs: 'c', suppression: 'primary' };
    return { key, figure, number: undefined, hiddenAs: 'other' };
  }
  if (isSmallCount(value, rule)) {
    return { key, figure: suppressFigure(figure, 'primary', rule), number: read.decimal, hiddenAs: 'c', suppression: 'primary' };
  }
  return { key, figure, number: read.decimal, hiddenAs: undefined };
}

function hideSecondary(cell: Working, rule: SuppressionRule): void {
  cell.figure = suppressFigure(cell.figure, 'secondary', rule);
  cell.hiddenAs = 'c';
  cell.suppression = 'secondary';
}

/** The smallest shown cell, preferring one above zero: hiding a zero beside a small count narrows it down too much. */
function nextSmallest(cells: readonly Working[]): Working | undefined {
  const shown = cells.filter((c) => c.hiddenAs === undefined && c.number !== undefined);
  const byValue = (a: Working, b: Working) => compareDecimals(a.number ?? toDecimal(0), b.number ?? toDecimal(0));
  const positive = shown.filter((c) => (c.number?.digits ?? 0n) > 0n).sort(byValue);
  return positive[0] ?? shown.sort(byValue)[0];
}

/**
 * Suppresses one breakdown and its total. Primary: small counts become `[c]`. Secondary: when the total is
 * shown and exactly one cell is hidden, that cell would be the total minus the rest, so the next smallest
 * cell is hidden too (or, if no other cell is left, the total). Likewise, a hidden total with every cell
 * shown would be their sum, so the smallest cell is hidden. Cells given as `x` already count as hidden.
 * Each group is handled alone: a grid whose rows and columns both add up needs the groups checked together.
 */
export function suppressTable(input: SuppressTableInput): SuppressedTable {
  const rule: SuppressionRule = { threshold: input.threshold ?? DEFAULT_SUPPRESSION.threshold, suppressZero: input.suppressZero ?? false };
  checkRule(rule);
  const cells = input.cells.map((c) => work(c.key, c.value, c.source, rule));
  const total = input.total === undefined ? undefined : work('total', input.total.value, input.total.source, rule);

  if (total !== undefined) {
    const hidden = cells.filter((c) => c.hiddenAs !== undefined);
    const onlyOneSecret = hidden.length === 1 && hidden[0]?.hiddenAs === 'c';
    if (total.hiddenAs === undefined && onlyOneSecret) {
      const partner = nextSmallest(cells);
      hideSecondary(partner ?? total, rule);
    } else if (total.hiddenAs === 'c' && hidden.length === 0) {
      const partner = nextSmallest(cells);
      if (partner) hideSecondary(partner, rule);
    }
  }

  const out = (c: Working): SuppressedCell => ({
    key: c.key,
    figure: c.figure,
    ...(c.suppression === undefined ? {} : { suppression: c.suppression }),
  });
  return total === undefined ? { cells: cells.map(out) } : { cells: cells.map(out), total: out(total) };
}
