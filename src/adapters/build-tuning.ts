/**
 * Every setting that tunes how a build uses the machine's memory and cores, in one place. Each was
 * chosen by measurement: docs/performance.md, "Build tuning", gives the measurement behind each one
 * by the name it has here. Change one only with a measurement before and after, on the same machine
 * in the same run, and record it there.
 */

/** Old-generation heap ceiling of the build process, in MB (`--max-old-space-size`, scripts/build.ts). */
export const BUILD_HEAP_MB = 1536;

/** Young-generation semi-space of the build process, in MB (`--max-semi-space-size`, scripts/build.ts). */
export const BUILD_YOUNG_SEMI_SPACE_MB = 32;

/** Old-generation heap of a chart-drawing thread, in MB (charts/chart-pool.ts). */
export const CHART_THREAD_HEAP_MB = 384;

/**
 * Charts a drawing thread holds at once: one to draw and one waiting, so it never idles for a message,
 * while the rest wait for whichever thread, or the page thread, is free first (charts/chart-pool.ts).
 */
export const CHARTS_IN_A_THREADS_HAND = 2;

/**
 * Chart-drawing threads when TABLED_CHART_THREADS does not say: one for each core but the one the
 * page thread keeps busy (site/charts.ts).
 */
export function defaultChartThreads(cores: number): number {
  return cores - 1;
}

/** The page thread helps draw charts only while its heap in use is under this many bytes (site/charts.ts). */
export const CHART_HELP_HEAP_BYTES = 320 * 1024 * 1024;

/** Charts kept, by job, for the next page that draws the same ones (site/charts.ts). */
export const RECENT_CHARTS = 256;

/** Published versions whose figure model is kept once built (publish/version-model.ts). */
export const RECENT_VERSION_MODELS = 8;

/** Old-generation heap of a disclosure-scan thread, in MB: as much as the build's own (disclosure/scan-dist.ts). */
export const SCAN_THREAD_HEAP_MB = BUILD_HEAP_MB;

/** Fewest files worth a disclosure-scan thread of their own (disclosure/scan-dist.ts). */
export const SCAN_FILES_PER_THREAD = 100;

/** Most data rows one CSV file may hold, and most characters one cell may hold (data/csv.ts). */
export const DATA_FILE_LIMITS = { maxRows: 250_000, maxFieldCharacters: 10_000 } as const;

/** Most rows all the CSV files of a data folder may hold together, since the build keeps every row (data/csv.ts). */
export const DATA_FOLDER_ROWS = 300_000;

/** Most bytes a data file may be: larger than any file a council keeps, far below what Node can hold as text (data/checkCsvBytes.ts). */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;
