import type { DisplayedValue } from './shown-value.ts';

/** One period of a trend. */
export interface TrendPoint extends DisplayedValue {
  /** Unique within the series, e.g. "2020-10". */
  key: string;
  /** How the period is written, e.g. "Oct 2020", "2019/20", "Q2 2020/21 (Jul–Sep)". */
  label: string;
  /** Shorter, for the x axis, e.g. "Q2 2020/21"; the label where absent. */
  axisLabel?: string;
  /** Start of the period, for positioning only. */
  x: Date;
  /** Undefined where there is no number (suppressed or missing): a gap is drawn, never a zero. */
  value?: number;
  /** The formatted value, or the symbol shown instead, e.g. "86.0%" or "[c]". */
  display: string;
}

/** A single comparison value drawn as a labelled horizontal line. */
export interface Benchmark extends DisplayedValue {
  /** Written mid-sentence in the description ("above the England average"), so use the case it needs there. */
  label: string;
}

export interface Target {
  value: number;
  display: string;
  figure?: string;
}

/** How to name the periods in sentences, e.g. { one: "month", other: "months" }. */
export interface PeriodWords {
  one: string;
  other: string;
}

export interface TrendChartSpec {
  /** Used for element ids; unique on the page. */
  id: string;
  /** The headline stating the message, e.g. "Assessments on time rose to 86%". */
  title: string;
  /** What, where, when, e.g. "Assessments completed within 45 working days, Fictional Borough Council, Nov 2019 to Oct 2020". */
  subtitle: string;
  /** The subject of the description's sentences, e.g. "Assessments completed within 45 working days". */
  measure: string;
  /** Label of the value axis and the table's value column. */
  yLabel: string;
  points: TrendPoint[];
  benchmarks?: Benchmark[];
  target?: Target;
  /**
   * Decimal places of the axis ticks, written en-GB; displayed values come from each point's `display`.
   * A number, not a function, so that a spec is plain data a worker thread can be sent.
   */
  tickDecimals: number;
  /** Words after a number in the description, e.g. "per 10,000 children"; not used in the SVG. */
  unitWords?: string;
  /** Defaults to { one: "period", other: "periods" }. */
  periodWords?: PeriodWords;
  /** Fixes the value axis; otherwise it fits the data, benchmarks and target (a line need not start at zero; the axis says where it starts). */
  yDomain?: [number, number];
  /** Limits the value axis a fitted scale may reach, e.g. [0, 100] for a percentage. */
  yLimits?: [number, number];
  /** After each tick's number on the value axis, e.g. "%" for a percentage. */
  tickSuffix?: string;
}
