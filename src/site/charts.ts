import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { drawChart, type ChartJob } from '../charts/chart-job.ts';
import { ChartPool } from '../charts/chart-pool.ts';
import type { RenderedChart } from '../charts/rendered-chart.ts';
import { RecentlyUsed } from '../publish/recently-used.ts';

/**
 * How many threads draw charts in a production build. By default one for each core but the one the
 * page thread keeps busy: on two cores one chart thread built the council benchmark in 13.8 s against
 * 17.9 s with none, and two were slower than one (docs/performance.md). TABLED_CHART_THREADS=0 draws
 * every chart on the page thread.
 */
function threadCount(): number {
  const asked = process.env['TABLED_CHART_THREADS'];
  if (asked === undefined || asked === '') return availableParallelism() - 1;
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 0) throw new Error(`TABLED_CHART_THREADS must be a whole number (0 draws charts on the page thread), not "${asked}"`);
  return threads;
}

// The dev server draws on its own thread, so an edit to a chart module shows on the next reload.
const threads = import.meta.env.PROD ? threadCount() : 0;
/**
 * The page thread helps draw charts only while its heap is small. Drawing makes garbage, and in a large
 * heap it costs more to collect: rendering 480 reports (heap about 210 MB in use) took 33.2 s with
 * help against 37.0 s without, but 1,920 reports (about 485 MB) took 173 s with help against 149 s
 * without (docs/performance.md).
 */
const HELP_HEAP_BYTES = 320 * 1024 * 1024;
const help = { draw: drawChart, helpWhile: () => getHeapStatistics().used_heap_size < HELP_HEAP_BYTES };
const pool = threads > 0 ? new ChartPool(__TABLED_CHART_WORKER__, threads, help) : undefined;

/**
 * Charts just drawn, by their job: the latest version of a report has two pages (the report's
 * address and its own), rendered one after the other with the same charts. Enough for a few pages.
 */
const recent = new RecentlyUsed<string, Promise<RenderedChart>>(256);

/** Draws a chart on a worker thread in a production build, on this thread otherwise. */
export function renderChart(job: ChartJob): Promise<RenderedChart> {
  return recent.get(JSON.stringify(job), () => (pool ? pool.render(job) : Promise.resolve().then(() => drawChart(job))));
}
