/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by the report page before its MDX renders: the defaults for data-bound components. */
    report?: import('./model/views/context.ts').ReportDefaults & {
      /** On a report page: its charts, each given a figure number, a CSV and a page of its own. */
      charts?: import('./publish/report-charts.ts').ReportCharts;
    };
  }
}

// `tsc` checks the .ts files; it cannot read .astro files, so it sees them as components of any props.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

/** The chart worker's file, set by astro.config.mjs: a worker thread loads it from the source tree, not the bundle. */
declare const __TABLED_CHART_WORKER__: string;

/** Reports whose published versions' own pages this build copies from the cache, set by astro.config.mjs (src/publish/version-cache.ts). */
declare const __TABLED_REUSED_VERSIONS__: readonly string[];
