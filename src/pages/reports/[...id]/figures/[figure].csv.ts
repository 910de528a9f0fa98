import type { APIRoute, GetStaticPaths } from 'astro';
import { chartTable } from '../../../../charts/chart-job.ts';
import { chartCsv } from '../../../../publish/downloads/chart-csv.ts';
import { pageFigures, type PageFigure } from '../../../../render/report-figures.ts';
import { renderedReportPages } from '../../../../site/reports.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  // One page at a time: each may load a version's frozen data, and a build keeps only a few at once.
  for (const page of await renderedReportPages()) {
    for (const figure of await pageFigures(page)) paths.push({ params: { id: page.route.path, figure: figure.slug }, props: { figure } });
  }
  return paths;
}) satisfies GetStaticPaths;

interface Props {
  figure: PageFigure;
}

/** A report chart's table as CSV, at /reports/<id>/figures/<slug>.csv beside the chart's own page. */
export const GET: APIRoute<Props> = ({ props: { figure } }) => new Response(chartCsv(chartTable(figure.job)));
