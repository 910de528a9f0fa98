import type { APIRoute, GetStaticPaths } from 'astro';
import { chartListing } from '../../../../render/report-figures.ts';
import { renderedReportPages } from '../../../../site/reports.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  // One page at a time: each may load a version's frozen data, and a build keeps only a few at once.
  for (const page of await renderedReportPages()) {
    for (const { slug, csv } of await chartListing(page)) paths.push({ params: { id: page.route.path, figure: slug }, props: { csv } });
  }
  return paths;
}) satisfies GetStaticPaths;

interface Props {
  csv: string;
}

/** A report chart's table as CSV, at /reports/<id>/figures/<slug>.csv beside the chart's own page. */
export const GET: APIRoute<Props> = ({ props: { csv } }) => new Response(csv);
