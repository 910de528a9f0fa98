/** The same numbers as a chart shows, as displayed strings, for a real HTML `<table>`. */
export interface ChartTable {
  caption: string;
  /** Column headings; the first heads the row headers. */
  columns: string[];
  rows: { header: string; cells: string[]; figures?: (string | undefined)[] }[];
}

/**
 * Width of the narrow layout, in SVG units (1/16 rem at the default text size): the narrowest column
 * it is shown in, 256 CSS pixels, a 320-pixel screen less the page's padding (1rem a side) when the
 * reader has doubled the text size. Drawn no wider than its column, the chart is never scaled down, so
 * its 14-unit text is 14 CSS pixels or more wherever it shows.
 */
export const NARROW_WIDTH = 256;

/**
 * What a chart builder returns. The embedding component renders the visible caption with
 * `id={titleId}` and the description with `id={descriptionId}`: the SVG already points at both.
 */
export interface RenderedChart {
  /** The chart laid out for a column 40rem wide or more (class `tabled-chart-wide`). */
  svg: string;
  /**
   * The same chart laid out for a narrow column, NARROW_WIDTH units (class `tabled-chart-narrow`): the
   * stylesheet shows one of the two, so that chart text stays the size of small body text at any width
   * instead of shrinking with a scaled-down wide chart.
   */
  narrowSvg: string;
  titleId: string;
  descriptionId: string;
  description: string;
  table: ChartTable;
}

/** A table row of one displayed value, with the key of the figure it shows when it has one. */
export function tableRow(header: string, value: { display: string; figure?: string | undefined }): ChartTable['rows'][number] {
  return value.figure === undefined ? { header, cells: [value.display] } : { header, cells: [value.display], figures: [value.figure] };
}
