import { availableParallelism } from 'node:os';
import { drawChart, type ChartJob } from '../charts/chart-job.ts';
import { ChartPool } from '../charts/chart-pool.ts';
import type { RenderedChart } from '../charts/rendered-chart.ts';

/**
 * How many threads draw charts in a production build: one per core by default, since the page
 * thread mostly waits for them; TABLED_CHART_THREADS=0 draws every chart on the page thread.
 */
function threadCount(): number {
  const asked = process.env['TABLED_CHART_THREADS'];
  if (asked === undefined || asked === '') return availableParallelism();
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 0) throw new Error(`TABLED_CHART_THREADS must be a whole number (0 draws charts on the page thread), not "${asked}"`);
  return threads;
}

// The dev server draws on its own thread, so an edit to a chart module shows on the next reload.
const threads = import.meta.env.PROD ? threadCount() : 0;
const pool = threads > 0 ? new ChartPool(__TABLED_CHART_WORKER__, threads) : undefined;

/** Draws a chart on a worker thread in a production build, on this thread otherwise. */
export function renderChart(job: ChartJob): Promise<RenderedChart> {
  return pool ? pool.render(job) : Promise.resolve().then(() => drawChart(job));
}
