import type { Unit } from '../engine/figure.ts';
import type { DfePeriodKind, FilterPair } from './dfe-indicator-schema.ts';

/** A checked row of `data/dfe-indicators.csv`: where a DfE file gives one of our indicators. */
export interface DfeIndicator {
  indicator: string;
  /** The file's path as the dataset names it, e.g. `data/dfe/la_cla_placement_stability.csv`. */
  file: string;
  period: DfePeriodKind;
  filter: FilterPair[];
  numerator: string;
  /** Columns added together for the denominator; empty for counts. */
  denominator: string[];
  /** Conditions replacing some of `filter` to find the denominator's row; empty for the same row. */
  denominatorFilter: FilterPair[];
  value: string;
  decimals: number;
  unit: Unit;
  /** Line of dfe-indicators.csv: `data/dfe-indicators.csv:8`. */
  source: string;
  note?: string;
  /** The DfE publication's name, for source lines. */
  publication: string;
  /** Months after the period ends by which DfE has published the figures. */
  releaseMonths: number;
}
