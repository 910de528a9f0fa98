import type { AreaEntry, IndicatorEntry } from '../../data/dataset.ts';
import type { Figure, Period } from '../../engine/index.ts';
import type { FigureNode } from '../../model/figure-node.ts';

/** One figure of the data as a page would show it: what it is of, and the figure after suppression. */
export interface DatasetFigure {
  indicator: IndicatorEntry;
  area: AreaEntry;
  period: Period;
  /** Blank for the whole; otherwise the part, e.g. a referral source. */
  breakdown: string;
  figure: Figure;
  /** The model's figure: the same node pages show. */
  node: FigureNode;
}
