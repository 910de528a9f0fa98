import { render } from 'astro:content';
import { reportComponents } from './components/index.ts';
import { PageRecord } from '../model/views/page-record.ts';
import { renderOffstage } from '../publish/render-offstage.ts';
import { figureLinks, numberFigures, ReportCharts, type FigureLinks, type NumberedFigure, type ReportChart } from '../publish/report-charts.ts';
import { versionModel } from '../publish/version-model.ts';
import { model, policies } from '../site/figures.ts';
import { siteRoot } from '../site/paths.ts';
import type { ReportPage } from '../site/reports.ts';

/** A chart of a report page, numbered as it stands on the page, with its addresses. */
export interface PageFigure extends ReportChart, NumberedFigure {
  links: FigureLinks;
  /** The report page's address (`/reports/<id>/`, `/reports/<id>/v<n>/`). */
  base: string;
  /** The folder of the figures it is drawn from, as the report page marks it (`data-figure-model`). */
  figureModel: string;
}

const found = new Map<string, Promise<PageFigure[]>>();

/**
 * The charts a report page shows, found by rendering its MDX as the page does, from the same figures
 * (a version's frozen data, or data/): the CSV and embed routes need them before the page is built.
 * Charts are not drawn here; each figure's page draws its own.
 */
export function pageFigures(page: ReportPage): Promise<PageFigure[]> {
  const { route, entry, versions, report } = page;
  const known = found.get(route.path);
  if (known !== undefined) return known;
  const figures = (async () => {
    const version = route.kind === 'version' ? versions.find((v) => v.version === route.version) : undefined;
    const figureModel = version === undefined ? model : await versionModel(version, siteRoot, { relations: model.dataset.relations, policies });
    const base = `/reports/${route.path}/`;
    const charts = new ReportCharts(base);
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
    const byslug = new Map(charts.charts.map((chart) => [chart.slug, chart]));
    return numberFigures(html).figures.map((numbered): PageFigure => {
      const chart = byslug.get(numbered.slug);
      if (chart === undefined) throw new Error(`content/reports/${report.id}: figure "${numbered.slug}" is on the page but no chart added it`);
      return {
        ...chart,
        ...numbered,
        links: figureLinks(base, numbered.slug),
        base,
        figureModel: version === undefined ? 'data' : `content/reports/${report.id}/versions/${version.version}/data`,
      };
    });
  })();
  found.set(route.path, figures);
  return figures;
}
