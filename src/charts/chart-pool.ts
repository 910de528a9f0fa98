import { Worker } from 'node:worker_threads';
import type { ChartJob } from './chart-job.ts';
import type { ChartReply, ChartRequest } from './chart-worker.ts';
import type { RenderedChart } from './rendered-chart.ts';
import { CHART_THREAD_HEAP_MB, CHARTS_IN_A_THREADS_HAND as IN_HAND } from '../adapters/build-tuning.ts';


interface Pending {
  resolve: (chart: RenderedChart) => void;
  reject: (error: Error) => void;
}

interface Queued extends Pending {
  job: ChartJob;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Why the thread stopped, once it has. */
  stopped?: Error;
}

export interface ChartPoolHelp {
  /** Draws a chart on this thread. */
  draw: (job: ChartJob) => RenderedChart;
  /** Asked before each chart this thread would draw; false leaves the chart to the pool's threads. */
  helpWhile?: () => boolean;
}

/**
 * Draws charts on worker threads. Astro renders pages on one thread, and drawing charts (Plot on a
 * DOM) is most of a report's cost, so handing them to other threads lets a build use every core.
 * Given a drawer of its own (`help`), the pool also draws on this thread whenever this thread has
 * nothing else to do but wait for charts, and `helpWhile` (if given) says it still may. A thread
 * holds the process open only while it has charts in hand, so an idle pool never keeps a finished
 * build from exiting.
 */
export class ChartPool {
  readonly #threads: Thread[];
  readonly #help: ChartPoolHelp | undefined;
  readonly #queue: Queued[] = [];
  #helping = false;
  #nextId = 0;

  constructor(workerFile: string | URL, size: number, help?: ChartPoolHelp) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`ChartPool: size must be a whole number of threads, at least 1, not ${size}`);
    this.#help = help;
    this.#threads = Array.from({ length: size }, () => this.#startThread(workerFile));
  }

  get size(): number {
    return this.#threads.length;
  }

  render(job: ChartJob): Promise<RenderedChart> {
    return new Promise<RenderedChart>((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
  }

  /** Hands waiting charts to threads with room, then, if charts still wait, offers this thread's help. */
  #dispatch(): void {
    const live = this.#threads.filter((t) => t.stopped === undefined);
    if (live.length === 0) {
      const error = this.#threads[0]?.stopped ?? new Error('ChartPool: no threads');
      for (const queued of this.#queue.splice(0)) queued.reject(error);
      return;
    }
    for (;;) {
      const queued = this.#queue[0];
      // The thread with the fewest charts in hand: charts differ little in cost, so this keeps all busy.
      const thread = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (queued === undefined || thread.pending.size >= IN_HAND) break;
      this.#queue.shift();
      const id = this.#nextId++;
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(id, queued);
      const request: ChartRequest = { id, job: queued.job };
      thread.worker.postMessage(request);
    }
    if (this.#help !== undefined && this.#queue.length > 0 && !this.#helping && (this.#help.helpWhile?.() ?? true)) {
      this.#helping = true;
      // setImmediate runs once this thread has run everything it can (its promise jobs and the
      // messages that arrived), that is when it would otherwise sit waiting for a chart.
      setImmediate(() => this.#helpOne());
    }
  }

  #helpOne(): void {
    this.#helping = false;
    const queued = this.#queue.pop();
    if (queued !== undefined && this.#help !== undefined) {
      try {
        queued.resolve(this.#help.draw(queued.job));
      } catch (error) {
        queued.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    this.#dispatch();
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
  }

  #startThread(workerFile: string | URL): Thread {
    // Not the host's flags: a test runner's loaders and conditions are not meant for a bare worker.
    // A ceiling of its own, as the build's heap has: a thread holds one chart at a time, but V8 would
    // otherwise size its heap from the machine's memory and let Plot's garbage pile up.
    const worker = new Worker(workerFile, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: CHART_THREAD_HEAP_MB } });
    const thread: Thread = { worker, pending: new Map() };
    worker.unref();
    // A thread that comes online holds the process again; let go of it unless charts are in hand.
    worker.on('online', () => {
      if (thread.pending.size === 0) worker.unref();
    });
    worker.on('message', (reply: ChartReply) => {
      const pending = thread.pending.get(reply.id);
      if (pending === undefined) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) worker.unref();
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply.chart);
      this.#dispatch();
    });
    // A thread that dies takes its charts with it: fail them all rather than wait for ever.
    const failAll = (error: Error) => {
      thread.stopped ??= error;
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
      this.#dispatch();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a chart worker thread stopped (exit code ${code}) with charts still to draw`)));
    return thread;
  }
}
