import { RecentlyUsed } from '../../publish/recently-used.ts';
import { figureLinks, type ReportCharts, type FigureLinks, type NumberedFigure, type ReportChart } from '../../publish/report-charts.ts';
import type { ReportPage } from '../../site/reports.ts';

/** A chart of a report page, numbered as it stands on the page, with its addresses. */
export interface PageFigure extends ReportChart, NumberedFigure {
  links: FigureLinks;
  /** The report page's address (`/reports/<id>/`, `/reports/<id>/v<n>/`). */
  base: string;
  /** The folder of the figures it is drawn from, as the report page marks it (`data-figure-model`). */
  figureModel: string;
}

/** The folder of the figures a report page shows, as the page marks it (`data-figure-model`). */
export function figureModelOf({ route, report }: ReportPage): string {
  return route.kind === 'version' ? `content/reports/${report.id}/versions/${route.version}/data` : 'data';
}

/** A page's charts, with the numbers the page gave them. */
export function pageFiguresOf(charts: ReportCharts, numbered: readonly NumberedFigure[], figureModel: string, where: string): PageFigure[] {
  const byslug = new Map(charts.charts.map((chart) => [chart.slug, chart]));
  return numbered.map((figure): PageFigure => {
    const chart = byslug.get(figure.slug);
    if (chart === undefined) throw new Error(`${where}: figure "${figure.slug}" is on the page but no chart added it`);
    return { ...chart, ...figure, links: figureLinks(charts.base, figure.slug), base: charts.base, figureModel };
  });
}

/** Report pages just rendered, by address: their charts' pages are rendered right after them (pages/reports/[...id].astro). */
const justRendered = new RecentlyUsed<string, PageFigure[]>(2);

/** Called as a report page is rendered: its charts, as numbered, for its charts' pages. */
export function rememberPageFigures(figures: PageFigure[], base: string): void {
  justRendered.set(base, figures);
}

/** The charts of the report page at `base`, if it was one of the last rendered. */
export function rememberedPageFigures(base: string): PageFigure[] | undefined {
  return justRendered.peek(base);
}
