import { chartIds } from './chart-ids.ts';

/** A row of a table: its header, the cells as shown, and the model's figure in each cell where it is one. */
export interface TableRow {
  header: string;
  cells: string[];
  highlight?: boolean;
  /** The key of the figure in each cell, so the page can mark it and check it reads the same everywhere. */
  figures?: (string | undefined)[];
}

/**
 * The same numbers as a chart shows, as displayed strings, for a real HTML `<table>`; the figure
 * model's tables (`TableModel`) are this shape with more said about their columns.
 */
export interface ChartTable {
  caption: string;
  /** Column headings; the first heads the row headers. */
  columns: string[];
  rows: TableRow[];
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
export function tableRow(header: string, value: { display: string; figure?: string | undefined }): TableRow {
  return value.figure === undefined ? { header, cells: [value.display] } : { header, cells: [value.display], figures: [value.figure] };
}

/** What every chart builder returns: the chart drawn in its wide and its narrow layout, with its ids, words and table. */
export function bothLayouts<Spec extends { id: string }, Layout>(
  spec: Spec,
  draw: (spec: Spec, layout: Layout) => string,
  [wide, narrow]: readonly [Layout, Layout],
  words: Pick<RenderedChart, 'description' | 'table'>,
): RenderedChart {
  const ids = chartIds(spec.id);
  return { svg: draw(spec, wide), narrowSvg: draw(spec, narrow), titleId: ids.titleId, descriptionId: ids.descriptionId, ...words };
}
