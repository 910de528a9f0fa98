import type { AreaEntry, IndicatorEntry } from '../data/dataset.ts';
import { symbolReplacesValue, type DirectionOfTravel, type Figure, type Period } from '../engine/index.ts';

/** What a figure measures of its indicator, area and period. */
export type Measure =
  /** The figure itself: a row of the data, or DfE's published figure, or its neighbours' average. */
  | { kind: 'value' }
  /** From April to the period's month. */
  | { kind: 'year-to-date' }
  /** The mean over the 12 months to the period's month. */
  | { kind: '12-month-average' }
  /** From the figure for `from` to the figure for the node's own period. */
  | { kind: 'change'; from: Period }
  /** The council's target in force for the period. */
  | { kind: 'target' }
  /** The figure's rating against that target under the council's RAG policy: a published figure like any other. */
  | { kind: 'rating' }
  /** What a percentage, rate or ratio counts, or what it is out of, as the data gives it. */
  | { kind: 'numerator' }
  | { kind: 'denominator' }
  /** Where the figure ranks among every council's for the same indicator and period. */
  | { kind: 'rank' };

/** Where a figure comes from, in words a reader can follow. */
export interface FigureSource {
  /** `data`: the publishing council's own figures; `dfe`: DfE's published files; `paper`: a comparator a paper stated. */
  kind: 'data' | 'dfe' | 'paper';
  /** For a source line: "DfE, Characteristics of children in need, 2020/21". */
  words: string;
}

/** Why a figure shows no number. */
export interface Withholding {
  /**
   * `small`: a small count about children; `in-data`: withheld in the data it came from; `derived`: made
   * from a withheld figure; `secondary`: hidden so that a withheld figure cannot be worked out from it.
   */
  reason: 'small' | 'in-data' | 'derived' | 'secondary';
  /** In words, with the figure it protects where there is one. */
  why: string;
}

/**
 * One figure of the model: every number a page, chart, table, download or search record shows is one
 * of these, so the same figure reads the same everywhere and is withheld everywhere or nowhere.
 */
export interface FigureNode {
  /** Stable and unique within a model: what the figure is, not where it is shown. */
  key: string;
  /** What it is in words, unique within a model: "Referrals, Barnsley, Jul 2022". */
  of: string;
  indicator: IndicatorEntry;
  area: AreaEntry;
  period: Period;
  /** Blank for the whole. */
  breakdown: string;
  measure: Measure;
  /** After disclosure control: a withheld figure holds no number and no input. */
  figure: Figure;
  /** As a sentence or a card shows it: "86.0%", "29.2 per 10,000", "[c]". */
  text: string;
  /** As a table cell under a heading that names the unit: rates and durations without their unit words. */
  cell: string;
  source: FigureSource;
  withheld?: Withholding;
  /** A comparator a paper stated differently from the figure derived from DfE's files: what the paper gave. */
  paperGave?: { text: string; row: string };
  /** How the figure differs from the paper it comes from, as the data says: shown where the figure is. */
  paper?: PaperDifference;
  /** A change's direction of travel, judged by the indicator's polarity. */
  travel?: DirectionOfTravel;
  /** A statistical neighbours' average: how it was taken and over whom. */
  average?: NeighbourAverageFacts;
  /** A rank: out of how many councils, the quartile, and what rank 1 means. */
  rank?: { rank: number; of: number; quartile: 1 | 2 | 3 | 4; order: 'best first' | 'lowest first' };
  /** Every row of data read to decide the figure and whether it is shown (`file:line`). */
  rows: readonly string[];
}

/**
 * A council's own figure that is not as its paper printed it: `corrected` (the paper printed another
 * figure) or `added` (the paper did not print it). Read from the data's `printed`, `not_printed` and `why`.
 */
export interface PaperDifference {
  kind: 'corrected' | 'added';
  /** For a correction, the paper's figure as a sentence shows it: "5.5%", "50 per 10,000". */
  printed?: string;
  /** One line: why the figure differs, or how a figure the paper did not print was worked out. */
  why: string;
}

export interface NeighbourAverageFacts {
  method: 'mean' | 'median';
  /** The neighbour model in words: "DfE's statistical neighbour groupings of April 2021". */
  model: string;
  /** Neighbours with a figure, and in the group. */
  used: number;
  of: number;
  leftOut: string[];
}

/** A figure a page can show as a number (not a symbol standing in for one). */
export function hasNumber(node: FigureNode): boolean {
  return node.withheld === undefined && node.figure.value !== undefined && !(node.figure.symbol !== undefined && symbolReplacesValue(node.figure.symbol));
}
