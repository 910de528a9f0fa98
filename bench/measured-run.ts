import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredRun {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  /**
   * User and system CPU seconds of the process and the children it waited for (from /usr/bin/time),
   * or undefined without it. On a busy machine this is the steadier figure: wall time includes waiting.
   */
  cpuSeconds: number | undefined;
  /**
   * CPU seconds the rest of the machine used while the command ran: every core's busy time (from
   * /proc/stat) less the command's own. Its load average cannot tell this: a build's own threads
   * raise it past the core count.
   */
  otherCpuSeconds: number | undefined;
  /** The most memory the process and its children held at once (resident set), in bytes. */
  peakBytes: number;
  /** stdout and stderr, colour codes removed. */
  output: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutSeconds?: number;
  /** How often the process tree's memory is sampled. */
  sampleMs?: number;
}

const TIME = '/usr/bin/time';

function cpuOf(timeFile: string): number | undefined {
  try {
    const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return user === undefined || system === undefined || Number.isNaN(user + system) ? undefined : user + system;
  } catch {
    return undefined;
  } finally {
    rmSync(join(timeFile, '..'), { recursive: true, force: true });
  }
}

/** CPU seconds every core has spent busy since boot (user, nice, system, irq, softirq, steal). */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  // Linux reports these in USER_HZ, which is 100 on every architecture it supports.
  return (user + nice + system + irq + softirq + steal) / 100;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** Kibibytes of a /proc status field (VmRSS, VmHWM), 0 when the process has gone. */
function statusKib(pid: number, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i += 1) all.push(...childrenOf(all[i]!));
  return all;
}

/**
 * Runs a command and measures its wall-clock time and peak memory. Memory is the larger of two
 * readings: the sum of the resident sets of the whole process tree, sampled; and the high-water mark
 * (VmHWM) of each process, which catches a peak between samples in any single process.
 */
export function measuredRun(command: string, args: readonly string[], options: RunOptions = {}): Promise<MeasuredRun> {
  if (!existsSync('/proc/self/status')) throw new Error('measuredRun reads /proc to measure memory: run the benchmark on Linux');
  const timeFile = existsSync(TIME) ? join(mkdtempSync(join(tmpdir(), 'tabled-bench-')), 'time') : undefined;
  const [program, argv] = timeFile === undefined ? [command, args] : [TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]];
  const started = performance.now();
  const busyBefore = machineBusySeconds();
  const child = spawn(program, argv, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  let peakKib = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const pids = tree(child.pid);
    const sum = pids.reduce((total, pid) => total + statusKib(pid, 'VmRSS'), 0);
    const highWater = Math.max(0, ...pids.map((pid) => statusKib(pid, 'VmHWM')));
    peakKib = Math.max(peakKib, sum, highWater);
  };
  const timer = setInterval(sample, options.sampleMs ?? 50);
  const timeout =
    options.timeoutSeconds === undefined
      ? undefined
      : setTimeout(() => {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutSeconds * 1000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (timeout !== undefined) clearTimeout(timeout);
      const output = Buffer.concat(chunks).toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
      const cpuSeconds = timeFile === undefined ? undefined : cpuOf(timeFile);
      const otherCpuSeconds = cpuSeconds === undefined ? undefined : Math.max(0, machineBusySeconds() - busyBefore - cpuSeconds);
      resolve({ ok: code === 0, exitCode: code, seconds: (performance.now() - started) / 1000, cpuSeconds, otherCpuSeconds, peakBytes: peakKib * 1024, output });
    });
  });
}

/** The run of median wall time; of an even number, the slower of the middle two. */
export function medianRun(runs: readonly MeasuredRun[]): MeasuredRun {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('medianRun: no runs');
  return middle;
}
