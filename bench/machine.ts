import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  /** The 1-minute load average, for the record; whether other work competed with a build is measured per build (MeasuredRun.otherCpuSeconds). */
  load: number;
  freeBytes: number;
}

export function machine(): Machine {
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown', cores: list.length, memoryBytes: totalmem(), node: process.version, load: loadavg()[0] ?? 0, freeBytes: freemem() };
}
