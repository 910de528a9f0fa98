import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { measuredRun, medianRun, type MeasuredRun } from '../../bench/measured-run.ts';

describe('measuredRun', () => {
  it('measures the peak memory of a process that holds 200 MB', async () => {
    const run = await measuredRun(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 300);']);
    expect(run.ok).toBe(true);
    expect(run.output.trim()).toBe('1');
    expect(run.peakBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(run.peakBytes).toBeLessThan(1024 * 1024 * 1024);
    expect(run.seconds).toBeGreaterThan(0.3);
  });

  it('counts the memory of children the process starts', async () => {
    const child = 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => b[0], 600);';
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}]);`;
    const run = await measuredRun(process.execPath, ['-e', parent]);
    expect(run.ok).toBe(true);
    expect(run.peakBytes).toBeGreaterThan(150 * 1024 * 1024);
  });

  it('counts the CPU time other work on the machine took while the command ran', async () => {
    // A second process keeps a core busy for the whole of a command that itself only waits.
    const burner = spawn(process.execPath, ['-e', 'const end = Date.now() + 1500; while (Date.now() < end);']);
    const run = await measuredRun(process.execPath, ['-e', 'setTimeout(() => {}, 1000)']);
    await new Promise((done) => burner.on('close', done));
    expect(run.ok).toBe(true);
    expect(run.cpuSeconds).toBeLessThan(0.5);
    expect(run.otherCpuSeconds).toBeGreaterThan(0.7);
  });

  it('reports a failing command with its exit code and output', async () => {
    const run = await measuredRun(process.execPath, ['-e', 'console.error("no such site"); process.exit(3)']);
    expect(run).toMatchObject({ ok: false, exitCode: 3 });
    expect(run.output).toContain('no such site');
  });
});

describe('medianRun', () => {
  const run = (seconds: number): MeasuredRun => ({ ok: true, exitCode: 0, seconds, cpuSeconds: seconds * 1.4, otherCpuSeconds: 0.5, peakBytes: seconds * 1e6, output: `${seconds}` });

  it('takes the run of median wall time, whole, whatever the order', () => {
    expect(medianRun([run(23.8), run(17.7), run(19.0)]).output).toBe('19');
    expect(medianRun([run(19.0), run(23.8), run(17.7)])).toEqual(run(19.0));
  });

  it('takes the slower middle run of an even number, and refuses none', () => {
    expect(medianRun([run(18), run(20), run(19), run(30)]).seconds).toBe(20);
    expect(() => medianRun([])).toThrow('no runs');
  });
});
