import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEnv } from '../build-tabled.ts';
import { measuredRun, type MeasuredRun } from '../measured-run.ts';

const OBSERVABLE = resolve('node_modules/@observablehq/framework/dist/bin/observable.js');

/** A cold `observable build` of a Framework project (its cache and output removed first). */
export function buildFramework(folder: string): Promise<MeasuredRun> {
  const project = resolve(folder);
  rmSync(join(project, 'src/.observablehq/cache'), { recursive: true, force: true });
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  return measuredRun(process.execPath, [OBSERVABLE, 'build'], { cwd: project, env: buildEnv({}), timeoutSeconds: 1800 });
}
