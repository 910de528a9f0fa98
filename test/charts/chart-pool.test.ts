import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { drawChart, type ChartJob } from '../../src/charts/chart-job.ts';
import { ChartPool } from '../../src/charts/chart-pool.ts';
import { careProceedings2020 as careProceedings } from './fixtures/care-proceedings.ts';
import { fictionalAssessments, fictionalWithGaps } from './fixtures/fictional-assessments.ts';

const WORKER = fileURLToPath(new URL('../../src/charts/chart-worker.ts', import.meta.url));
const POOL = fileURLToPath(new URL('../../src/charts/chart-pool.ts', import.meta.url));

const jobs: ChartJob[] = [
  { kind: 'trend', spec: fictionalAssessments },
  { kind: 'trend', spec: fictionalWithGaps },
  { kind: 'comparison', spec: careProceedings },
];

describe('ChartPool', () => {
  const pool = new ChartPool(WORKER, 2);
  afterAll(() => pool.close());

  it('draws on worker threads exactly what the same job draws on this thread', async () => {
    const onThreads = await Promise.all(jobs.map((job) => pool.render(job)));
    expect(onThreads).toEqual(jobs.map((job) => drawChart(job)));
  });

  it('gives many charts back in the order they were asked for', async () => {
    const many = Array.from({ length: 24 }, (_, i) => ({ kind: 'trend', spec: { ...fictionalAssessments, id: `chart-${i}` } }) as const);
    const charts = await Promise.all(many.map((job) => pool.render(job)));
    expect(charts.map((c) => c.titleId)).toEqual(many.map((job) => drawChart(job).titleId));
  });

  it("fails a chart with the chart's own message", async () => {
    await expect(pool.render({ kind: 'trend', spec: { ...fictionalAssessments, id: 'no spaces' } })).rejects.toThrow('chart: invalid id');
  });

  it('draws on this thread too, when its own threads have charts in hand and this one has nothing to do', async () => {
    const here: string[] = [];
    const helped = new ChartPool(WORKER, 1, {
      draw: (job) => {
        here.push(job.spec.id);
        return drawChart(job);
      },
    });
    try {
      const many = Array.from({ length: 24 }, (_, i) => ({ kind: 'trend', spec: { ...fictionalAssessments, id: `helped-${i}` } }) as const);
      const charts = await Promise.all(many.map((job) => helped.render(job)));
      expect(charts).toEqual(many.map((job) => drawChart(job)));
      // The thread starts with two charts in hand, so this one draws some but never all.
      expect(here.length).toBeGreaterThan(0);
      expect(here.length).toBeLessThanOrEqual(22);
    } finally {
      await helped.close();
    }
  });

  it('leaves every chart to its threads while helpWhile says no', async () => {
    const here: string[] = [];
    let asked = 0;
    const declined = new ChartPool(WORKER, 1, {
      draw: (job) => {
        here.push(job.spec.id);
        return drawChart(job);
      },
      helpWhile: () => {
        asked++;
        return false;
      },
    });
    try {
      const many = Array.from({ length: 12 }, (_, i) => ({ kind: 'trend', spec: { ...fictionalAssessments, id: `declined-${i}` } }) as const);
      const charts = await Promise.all(many.map((job) => declined.render(job)));
      expect(charts).toEqual(many.map((job) => drawChart(job)));
      expect(asked).toBeGreaterThan(0);
      expect(here).toEqual([]);
    } finally {
      await declined.close();
    }
  });

  it('refuses a pool of no threads', () => {
    expect(() => new ChartPool(WORKER, 0)).toThrow('at least 1');
  });

  it('does not keep a finished process alive once its charts are drawn', () => {
    const script = `
      import { ChartPool } from ${JSON.stringify(POOL)};
      const pool = new ChartPool(${JSON.stringify(WORKER)}, 2);
      const chart = await pool.render({ kind: 'trend', spec: ${JSON.stringify({ ...fictionalAssessments, points: [] })} });
      console.log(chart.svg.startsWith('<svg') ? 'drawn' : 'not drawn');
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('drawn');
    expect(run.status).toBe(0);
  });
});
