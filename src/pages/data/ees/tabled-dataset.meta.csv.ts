import type { APIRoute } from 'astro';
import { datasetFigures } from '../../../publish/downloads/dataset-figures.ts';
import { EES_META_COLUMNS, eesMeta } from '../../../publish/downloads/ees-meta.ts';
import { eesTable } from '../../../publish/downloads/ees-table.ts';
import { tidyCsv } from '../../../publish/downloads/tidy-csv.ts';
import { model } from '../../../site/figures.ts';

/** The EES metadata file: what each filter and indicator column of the EES export holds. */
export const GET: APIRoute = () => {
  const table = eesTable(datasetFigures(model), model.dataset.areas);
  return new Response(tidyCsv(eesMeta(table.indicators), EES_META_COLUMNS));
};
