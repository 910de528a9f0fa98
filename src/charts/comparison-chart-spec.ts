import type { DisplayedValue } from './shown-value.ts';

/** One area's value for the period compared. */
export interface AreaValue extends DisplayedValue {
  /** The area's name, e.g. "Hertfordshire". */
  label: string;
}

export interface ComparisonChartSpec {
  /** Used for element ids; unique on the page. */
  id: string;
  /** The headline stating the message. */
  title: string;
  /** What, where, when. */
  subtitle: string;
  /** The subject of the description's sentences, e.g. "The rate of care proceedings per 10,000 children". */
  measure: string;
  /** The period compared, as written, e.g. "2020" or "2019/20". */
  periodLabel: string;
  /** Label of the value axis and the table's value column. */
  xLabel: string;
  council: AreaValue;
  neighbours: AreaValue[];
  /** Drawn as a bar, marked "(region)". */
  region?: AreaValue;
  /** Drawn as a labelled reference line. */
  england?: AreaValue;
  /** Drawn as a labelled reference line; say in the label whether it is a mean or a median. */
  neighbourAverage?: AreaValue;
  /**
   * Decimal places of the axis ticks, written en-GB; displayed values come from each area's `display`.
   * A number, not a function, so that a spec is plain data a worker thread can be sent.
   */
  tickDecimals: number;
  /** After each tick's number, e.g. "%" for a percentage. Bars always start at zero. */
  tickSuffix?: string;
  /** Words after a number in the description, e.g. "per 10,000 children"; not used in the SVG. */
  unitWords?: string;
  /** Bars from the lowest value at the top (default, as committee tables list them) or the highest. */
  order?: 'ascending' | 'descending';
}
