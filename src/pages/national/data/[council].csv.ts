import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_COLUMNS, downloadRow } from '../../../publish/downloads/download-row.ts';
import { tidyCsv } from '../../../publish/downloads/tidy-csv.ts';
import type { FigureNode } from '../../../model/figure-node.ts';
import { nationalCouncilIndicator, type NationalCouncil } from '../../../model/views/national.ts';
import { model } from '../../../site/figures.ts';
import { sitePagesHere } from '../../../site/reports.ts';
import { nationalIndicatorList, nationalPages } from '../../../site/national.ts';

export const getStaticPaths = (() => (sitePagesHere ? nationalPages.map((page) => ({ params: { council: page.slug }, props: { page } })) : [])) satisfies GetStaticPaths;

const COLUMNS = [...DOWNLOAD_COLUMNS, 'rank', 'rank_of', 'quartile'] as const;

/** A council's national page as a tidy CSV: each figure a row, the council's own with its rank among councils. */
export const GET: APIRoute<{ page: NationalCouncil }> = ({ props: { page } }) => {
  const rows: Record<(typeof COLUMNS)[number], string>[] = [];
  const add = (node: FigureNode | undefined, rank?: FigureNode) => {
    if (node === undefined) return;
    const ranked = rank?.rank;
    rows.push({ ...downloadRow({ indicator: node.indicator, area: node.area, period: node.period, breakdown: '', figure: node.figure, node }), rank: ranked === undefined ? '' : String(ranked.rank), rank_of: ranked === undefined ? '' : String(ranked.of), quartile: ranked === undefined ? '' : String(ranked.quartile) });
  };
  for (const indicator of nationalIndicatorList) {
    for (const year of nationalCouncilIndicator(model, indicator.id, page.area)?.years ?? []) {
      add(year.council, year.rank);
      add(year.neighbours);
      add(year.region);
      add(year.england);
    }
  }
  return new Response(tidyCsv(rows, COLUMNS));
};
