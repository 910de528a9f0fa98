import type { APIRoute } from 'astro';
import { datasetFigures } from '../../../publish/downloads/dataset-figures.ts';
import { eesTable } from '../../../publish/downloads/ees-table.ts';
import { tidyCsv } from '../../../publish/downloads/tidy-csv.ts';
import { model } from '../../../site/figures.ts';

/** The current data in DfE's EES tidy layout, for the tools that read DfE's files. */
export const GET: APIRoute = () => {
  const table = eesTable(datasetFigures(model), model.dataset.areas);
  return new Response(tidyCsv(table.rows, table.columns));
};
