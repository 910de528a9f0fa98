import type { APIRoute } from 'astro';
import { datasetFigures } from '../../publish/downloads/dataset-figures.ts';
import { DOWNLOAD_COLUMNS, downloadRow } from '../../publish/downloads/download-row.ts';
import { tidyCsv } from '../../publish/downloads/tidy-csv.ts';
import { model } from '../../site/figures.ts';

/** Every figure in the current data: every indicator, area, breakdown and period, suppression applied. */
export const GET: APIRoute = () => new Response(tidyCsv(datasetFigures(model).map(downloadRow), DOWNLOAD_COLUMNS));
