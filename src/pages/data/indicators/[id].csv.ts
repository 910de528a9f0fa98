import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFigures } from '../../../publish/downloads/dataset-figures.ts';
import { DOWNLOAD_COLUMNS, downloadRow } from '../../../publish/downloads/download-row.ts';
import { tidyCsv } from '../../../publish/downloads/tidy-csv.ts';
import { model } from '../../../site/figures.ts';
import { sitePagesHere } from '../../../site/reports.ts';

export const getStaticPaths = (() => {
  if (!sitePagesHere) return [];
  const used = new Set(model.dataset.observations.map((o) => o.indicator));
  return [...used].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** One indicator's whole history for every area in the current data, suppression applied. */
export const GET: APIRoute = ({ params }) => {
  const rows = datasetFigures(model, { indicator: params['id'] ?? '' }).map(downloadRow);
  return new Response(tidyCsv(rows, DOWNLOAD_COLUMNS));
};
