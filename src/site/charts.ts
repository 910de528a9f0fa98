import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { drawChart, type ChartJob } from '../charts/chart-job.ts';
import { ChartPool } from '../charts/chart-pool.ts';
import type { RenderedChart } from '../charts/rendered-chart.ts';
import { RecentlyUsed } from '../publish/recently-used.ts';
import { CHART_HELP_HEAP_BYTES, defaultChartThreads, RECENT_CHARTS } from '../adapters/build-tuning.ts';

/**
 * How many threads draw charts in a production build: TABLED_CHART_THREADS, else as build-tuning.ts
 * says. TABLED_CHART_THREADS=0 draws every chart on the page thread.
 */
function threadCount(): number {
  const asked = process.env['TABLED_CHART_THREADS'];
  if (asked === undefined || asked === '') return defaultChartThreads(availableParallelism());
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 0) throw new Error(`TABLED_CHART_THREADS must be a whole number (0 draws charts on the page thread), not "${asked}"`);
  return threads;
}

// The dev server draws on its own thread, so an edit to a chart module shows on the next reload.
const threads = import.meta.env.PROD ? threadCount() : 0;
// The page thread helps draw charts only while its heap is small: drawing makes garbage, and in a
// large heap it costs more to collect.
const help = { draw: drawChart, helpWhile: () => getHeapStatistics().used_heap_size < CHART_HELP_HEAP_BYTES };
const pool = threads > 0 ? new ChartPool(__TABLED_CHART_WORKER__, threads, help) : undefined;

/**
 * Charts just drawn, by their job: a report page's charts are asked for again by the charts' own pages
 * rendered right after it (pages/reports/[...id].astro), and the latest version of a report has two
 * pages (the report's address and its own) with the same charts.
 */
const recent = new RecentlyUsed<string, Promise<RenderedChart>>(RECENT_CHARTS);

/** Draws a chart on a worker thread in a production build, on this thread otherwise. */
export function renderChart(job: ChartJob): Promise<RenderedChart> {
  return recent.get(JSON.stringify(job), () => (pool ? pool.render(job) : Promise.resolve().then(() => drawChart(job))));
}
