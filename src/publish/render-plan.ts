import type { ReportDefaults } from '../model/views/context.ts';
import type { PageRecord } from '../model/views/page-record.ts';
import type { ReportCharts } from './report-charts.ts';

/** How one MDX rendering is set up and what is done with the figures it showed. */
export interface RenderPlan {
  /** What data-bound components read from Astro.locals.report while this rendering runs. */
  context: ReportDefaults & { record: PageRecord; charts?: ReportCharts };
  /** Runs once the rendering is complete: records, compares, and throws to stop the build. */
  after: (record: PageRecord) => Promise<void> | void;
}
