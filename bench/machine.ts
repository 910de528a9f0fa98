import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  /** The 1-minute load average: above `cores`, other work is competing with the build for the CPU. */
  load: number;
  freeBytes: number;
}

export function machine(): Machine {
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown', cores: list.length, memoryBytes: totalmem(), node: process.version, load: loadavg()[0] ?? 0, freeBytes: freemem() };
}

export function isBusy(m: Machine): boolean {
  return m.load > m.cores;
}
