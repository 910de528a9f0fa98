import type { EesCell } from '../../src/data/ees.ts';
import type { Figure } from '../../src/engine/figure.ts';
import type { Explanation } from './explanations.ts';
import { isExactHalf } from './exact-half.ts';
import type { PublishedFigure } from './published-figure.ts';

/** How a published figure is recomputed: by the engine, from the cells' text as published. */
export interface Measure {
  name: string;
  /** 100 for a percentage, 10000 for a rate per 10,000. */
  scale: number;
  decimals: number;
  recompute(numerator: string, denominator: string, figure: PublishedFigure): Figure;
}

export interface Discrepancy {
  figure: PublishedFigure;
  /** Absent when an input is blank, so there was nothing to recompute from. */
  recomputed?: Figure;
}

export interface Reconciliation {
  measure: Measure;
  /** Rows that publish a number: the ones compared. */
  compared: number;
  matches: number;
  /** Matching rows whose exact value was half-way, where half-up and half-to-even differ. */
  exactHalves: PublishedFigure[];
  /** Rows that publish a marker (c, x, z, u…) instead of a number, by the marker as written. */
  notCompared: Map<string, PublishedFigure[]>;
  /** Rows that publish a number the engine did not reproduce, under the rule that accounts for it. */
  explained: Map<string, Discrepancy[]>;
  unexplained: Discrepancy[];
}

function hasNumber(cell: EesCell): boolean {
  return cell.value !== undefined;
}

function readable(cell: EesCell): boolean {
  return cell.value !== undefined || cell.symbol !== undefined;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

export function reconcile(
  figures: readonly PublishedFigure[],
  measure: Measure,
  explanations: readonly Explanation[],
): Reconciliation {
  const result: Reconciliation = {
    measure,
    compared: 0,
    matches: 0,
    exactHalves: [],
    notCompared: new Map(),
    explained: new Map(),
    unexplained: [],
  };
  for (const figure of figures) {
    const { published, numerator, denominator } = figure;
    if (published.symbol !== undefined) {
      push(result.notCompared, published.text, figure);
      continue;
    }
    result.compared += 1;
    let discrepancy: Discrepancy = { figure };
    if (hasNumber(published) && readable(numerator) && readable(denominator)) {
      const recomputed = measure.recompute(numerator.text, denominator.text, figure);
      if (recomputed.value !== undefined && recomputed.value === published.value) {
        result.matches += 1;
        if (isExactHalf(numerator.text, denominator.text, measure.scale, measure.decimals)) {
          result.exactHalves.push(figure);
        }
        continue;
      }
      discrepancy = { figure, recomputed };
    }
    const explanation = explanations.find((rule) => rule.applies(figure));
    if (explanation === undefined) result.unexplained.push(discrepancy);
    else push(result.explained, explanation.name, discrepancy);
  }
  return result;
}
