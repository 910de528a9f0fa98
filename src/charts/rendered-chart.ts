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
 * What a chart builder returns. The embedding component renders the visible caption with
 * `id={titleId}` and the description with `id={descriptionId}`: the SVG already points at both.
 */
export interface RenderedChart {
  /** The chart laid out for a column 40rem wide or more (class `tabled-chart-wide`). */
  svg: string;
  /**
   * The same chart laid out for a narrow column, 18rem (a 320-pixel screen) upwards (class
   * `tabled-chart-narrow`): the stylesheet shows one of the two, so that chart text stays the size of
   * small body text at any width instead of shrinking with a scaled-down wide chart.
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
