import type { ReportDefaults } from '../model/views/context.ts';

/** How one MDX rendering is set up and what is done with the figures it showed. */
export interface RenderPlan {
  /** What data-bound components read from Astro.locals.report while this rendering runs. */
  context: ReportDefaults & { shown: Map<string, string> };
  /** Runs once the rendering is complete: records, compares, and throws to stop the build. */
  after: (shown: ReadonlyMap<string, string>) => Promise<void> | void;
}
