import type { DfeIndicator } from './dfe-indicator.ts';
import type { Period } from '../engine/periods.ts';
import type { SymbolCode } from '../engine/symbols.ts';
import type { EesFile } from './ees.ts';
import type { NeighbourGroup } from './neighbours.ts';
import type { DataWarning } from './problems.ts';
import type { Area, ExactNumber, Indicator, Population, PrintedFigure, PrintedPart, RelationKind } from './schemas/index.ts';

/** Where a row came from: `data/observations/x.csv:14`. */
export interface Sourced {
  source: string;
}

/**
 * A catalogue row. Its `source` column is the publication the figures come from (shown to readers);
 * where the row itself is, `data/indicators.csv:12`, is its `location`.
 */
export type IndicatorEntry = Indicator & { location: string };
export type AreaEntry = Area & Sourced;
export type PopulationEntry = Population & Sourced & { areaCode: string };

/** A council's own target from targets.csv, in force from `from` until the next row for the same indicator and council. */
export interface TargetEntry extends Sourced {
  indicator: string;
  /** The council's code in areas.csv, whichever of its codes the row used. */
  area: string;
  from: Period;
  target: ExactNumber;
  tolerance?: ExactNumber;
  note?: string;
}

/** The population a rate is per, as found in populations.csv. */
export interface RatePopulation extends Sourced {
  value: number;
  /** Year of the mid-year estimate. */
  year: number;
}

export interface Observation extends Sourced {
  indicator: string;
  /** The area's code in areas.csv, whichever of its codes the row used. */
  area: string;
  period: Period;
  breakdown?: string;
  numerator?: ExactNumber;
  denominator?: ExactNumber;
  value?: ExactNumber;
  marker?: SymbolCode;
  note?: string;
  /** How the paper printed the figure, where pages would otherwise show it another way (see the data contract). */
  printed?: PrintedFigure;
  /** The row's numbers the paper did not print. */
  notPrinted?: PrintedPart[];
  /** Why the figure differs from the one printed, or how the numbers not printed were worked out. */
  why?: string;
  /** For a rate whose denominator is blank: the population it is per, from populations.csv. */
  population?: RatePopulation;
}

/** A row of relations.csv: `indicator` (its `breakdown`) is made from `of` (its `ofBreakdown`) as `kind` says. */
export interface Relation extends Sourced {
  indicator: string;
  /** Blank for the whole. */
  breakdown: string;
  kind: RelationKind;
  of: string;
  ofBreakdown: string;
}

/** Everything in the data folder, complete and checked: `loadDataset` never returns part of it. */
export interface Dataset {
  indicators: Map<string, IndicatorEntry>;
  areas: Map<string, AreaEntry>;
  areasByDfeCode: Map<string, AreaEntry>;
  /** By area code, then by mid-year estimate year. */
  populations: Map<string, Map<number, PopulationEntry>>;
  observations: Observation[];
  /** Councils' own targets from targets.csv, in file order; ask `targetFor` which one applies. */
  targets: TargetEntry[];
  /** EES tidy files under `dfe/`, by their path as named in messages. */
  dfe: Map<string, EesFile>;
  /** Statistical-neighbour models under `dfe/`, by path, each by DfE code. */
  neighbourModels: Map<string, Map<string, NeighbourGroup>>;
  /** From `dfe-indicators.csv` when the folder has one: which indicators the DfE files give (see docs/benchmarks.md). */
  dfeIndicators?: DfeIndicator[];
  /** From `relations.csv` when the folder has one: which figures are made from which (see docs/figure-model.md). */
  relations: Relation[];
  warnings: DataWarning[];
}
