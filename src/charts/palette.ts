/**
 * Every colour a chart draws with, in one place so that a test can check each against white.
 * Colours are from the GOV.UK palette because council readers know it; none is needed to tell
 * marks apart, since lines also differ by dash pattern and every reference line carries a text label.
 */
export const PALETTE = {
  /** Axis text and labels; also the chart's `color`, so `currentColor` is never the page's choice. */
  text: '#0b0c0c',
  /** Symbols such as [c] written where a value is missing. */
  mutedText: '#505a5f',
  /** The council's own series and bar. */
  council: '#1d70b8',
  /** Outline of the council's bar, so that it stands out without colour. */
  councilOutline: '#0b0c0c',
  /** Other areas' bars. */
  otherArea: '#6f777b',
  target: '#d4351c',
  /** Background of the chart and of the council bar's hatching. */
  background: '#ffffff',
} as const;

export interface LineStyle {
  stroke: string;
  strokeDasharray: string;
}

/** Reference lines in the order their benchmarks are given; dash patterns differ as well as colours. */
export const REFERENCE_LINE_STYLES: readonly LineStyle[] = [
  { stroke: '#0b0c0c', strokeDasharray: '6,4' },
  { stroke: '#912b88', strokeDasharray: '2,3' },
  { stroke: '#00703c', strokeDasharray: '10,3,2,3' },
  { stroke: '#505a5f', strokeDasharray: '12,4' },
];

export const TARGET_LINE_STYLE: LineStyle = { stroke: PALETTE.target, strokeDasharray: '14,3,3,3,3,3' };

/** Style for the nth reference line; cycles when there are more benchmarks than styles. */
export function referenceLineStyle(index: number): LineStyle {
  const style = REFERENCE_LINE_STYLES[index % REFERENCE_LINE_STYLES.length];
  if (!style) throw new Error('palette: REFERENCE_LINE_STYLES is empty');
  return style;
}
