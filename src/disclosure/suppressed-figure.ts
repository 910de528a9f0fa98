import type { Period, SuppressionReason, Unit } from '../engine/index.ts';

/**
 * A figure the build withholds, with the numbers it withholds: what the scanner looks for in dist/.
 * Made from the data and the engine, never from what the pages say they showed.
 */
export interface SuppressedFigure {
  /** `indicator|area|period|breakdown`, for messages and de-duplication. */
  key: string;
  indicator: { id: string; label: string; unit: Unit; per?: number; decimals: number };
  area: { code: string; name: string; dfeCode?: string };
  period: Period;
  breakdown?: string;
  reason: SuppressionReason;
  /** The count of children withheld: the value of a count, the numerator of a percentage or rate. */
  count?: number;
  /** The unrounded percentage, rate or ratio built on that count, when the figure is one. */
  value?: number;
  /** What a percentage is out of, or the population a rate is per. */
  base?: number;
  /** The data row it came from. */
  source: string;
}

/**
 * A published (unsuppressed) rate or percentage of a related indicator that, multiplied by its base,
 * gives back a withheld count: children in care per 10,000 beside the population works out how many.
 */
export interface RevealingRate {
  secret: SuppressedFigure;
  /** The related indicator, its figure as shown, and the base that turns it back into the count. */
  indicator: { id: string; label: string; unit: Unit; per: number; decimals: number };
  shown: number;
  base: number;
  source: string;
}

export interface SecretList {
  figures: SuppressedFigure[];
  rates: RevealingRate[];
  /** Every indicator label and id, area name and code, and breakdown label: the words that say what a number is of. */
  indicators: { id: string; label: string }[];
  areas: { code: string; name: string; dfeCode?: string }[];
  breakdowns: Map<string, Set<string>>;
}
