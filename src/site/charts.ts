import { availableParallelism } from 'node:os';
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
const pool = threads > 0 ? new ChartPool(__TABLED_CHART_WORKER__, threads) : undefined;

/**
 * Charts just drawn, by their job: the latest version of a report has two pages (the report's
 * address and its own), rendered one after the other with the same charts. Enough for a few pages.
 */
const recent = new RecentlyUsed<string, Promise<RenderedChart>>(256);

/** Draws a chart on a worker thread in a production build, on this thread otherwise. */
export function renderChart(job: ChartJob): Promise<RenderedChart> {
  return recent.get(JSON.stringify(job), () => (pool ? pool.render(job) : Promise.resolve().then(() => drawChart(job))));
}
