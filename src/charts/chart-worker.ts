/**
 * A worker thread that draws charts for a ChartPool. Node loads this file directly (type stripping),
 * not through the site's bundle, so its imports are the charts' own modules.
 */
import { parentPort } from 'node:worker_threads';
import { drawChart, type ChartJob } from './chart-job.ts';

export interface ChartRequest {
  id: number;
  job: ChartJob;
}

export type ChartReply = { id: number; chart: ReturnType<typeof drawChart> } | { id: number; error: string };

if (parentPort === null) throw new Error('chart-worker.ts runs as a worker thread of a ChartPool, not on its own');
const port = parentPort;
port.on('message', ({ id, job }: ChartRequest) => {
  let reply: ChartReply;
  try {
    reply = { id, chart: drawChart(job) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
