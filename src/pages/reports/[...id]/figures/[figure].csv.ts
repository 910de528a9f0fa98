import type { APIRoute, GetStaticPaths } from 'astro';
import { chartTable } from '../../../../charts/chart-job.ts';
import { chartCsv } from '../../../../downloads/chart-csv.ts';
import { pageFigures, type PageFigure } from '../../../../site/report-figures.ts';
import { reportPages } from '../../../../site/reports.ts';

export const getStaticPaths = (async () => {
  const pages = await reportPages();
  const paths = await Promise.all(pages.map(async (page) => (await pageFigures(page)).map((figure) => ({ params: { id: page.route.path, figure: figure.slug }, props: { figure } }))));
  return paths.flat();
}) satisfies GetStaticPaths;

interface Props {
  figure: PageFigure;
}

/** A report chart's table as CSV, at /reports/<id>/figures/<slug>.csv beside the chart's own page. */
export const GET: APIRoute<Props> = ({ props: { figure } }) => new Response(chartCsv(chartTable(figure.job)));
