import { render } from 'astro:content';
import { reportComponents } from './components/index.ts';
import { figureModelOf, pageFiguresOf, rememberedPageFigures, rememberPageFigures, type PageFigure } from './components/page-figures.ts';
import { chartTable } from '../charts/chart-job.ts';
import { PageRecord } from '../model/views/page-record.ts';
import { chartCsv } from '../publish/downloads/chart-csv.ts';
import { renderOffstage } from '../publish/render-offstage.ts';
import { numberFigures, ReportCharts } from '../publish/report-charts.ts';
import { chartsBase, hasChartPages } from '../publish/report-routes.ts';
import { versionModel } from '../publish/version-model.ts';
import { model, policies } from '../site/figures.ts';
import { siteRoot } from '../site/paths.ts';
import type { ReportPage } from '../site/reports.ts';

/** What a chart's CSV route needs of each chart of a page, kept for the whole build: its slug and its table as CSV. */
export interface ChartListing {
  slug: string;
  csv: string;
}

/**
 * The charts a report page shows, found by rendering its MDX as the page does, from the same figures
 * (a version's frozen data, or data/). Charts are not drawn here.
 */
async function renderFigures(page: ReportPage): Promise<PageFigure[]> {
  const { route, entry, versions, report } = page;
  const version = route.kind === 'version' ? versions.find((v) => v.version === route.version) : undefined;
  const figureModel = version === undefined ? model : await versionModel(version, siteRoot, { relations: model.dataset.relations, policies });
  const charts = new ReportCharts(chartsBase(report.id, route));
  const { Content } = await render(entry);
  const context = {
    authority: entry.data.authority,
    period: entry.data.period,
    meetingDate: entry.data.meetingDate,
    id: report.id,
    model: figureModel,
    record: new PageRecord(`content/reports/${report.id}`),
    figuresOnly: true,
    charts,
  };
  const html = await renderOffstage(Content, { components: reportComponents }, { context, after: () => undefined });
  return pageFiguresOf(charts, numberFigures(html).figures, figureModelOf(page), `content/reports/${report.id}`);
}

const listings = new Map<string, Promise<ChartListing[]>>();

/**
 * Each chart of a report page by slug, with its table as CSV: for the routes that list the charts'
 * pages and CSVs before the page is built. Only these are kept for the whole build: a chart's full
 * description is drawn from again only while its page is rendered.
 */
export function chartListing(page: ReportPage): Promise<ChartListing[]> {
  if (!hasChartPages(page.route)) return Promise.resolve([]);
  const known = listings.get(page.route.path);
  if (known !== undefined) return known;
  const listing = renderFigures(page).then((figures) => figures.map((figure) => ({ slug: figure.slug, csv: chartCsv(chartTable(figure.job)) })));
  listings.set(page.route.path, listing);
  return listing;
}

/** The charts of a report page for their own pages: as the page just rendered them, or found again if it was not the last. */
export async function chartPageFigures(page: ReportPage): Promise<PageFigure[]> {
  const base = chartsBase(page.report.id, page.route);
  const remembered = rememberedPageFigures(base);
  if (remembered !== undefined) return remembered;
  const figures = await renderFigures(page);
  rememberPageFigures(figures, base);
  return figures;
}
