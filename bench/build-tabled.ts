import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measuredRun, type MeasuredRun } from './measured-run.ts';

const BUILD = resolve('scripts/build.ts');

/** The environment of a clean build: no test-runner variables, no colours, no telemetry. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key.startsWith('npm_') || key === 'NODE_ENV') continue;
    env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

/**
 * A real `npm run build` (scripts/build.ts, which runs `astro build`) of a site folder with the
 * project's code (TABLED_SITE), under the Node running the benchmark. Cold unless `warm`: the site's
 * Astro cache, published reports' kept pages included, is removed first, as a CI build starts without one.
 */
export function buildTabled(site: string, outDir = join(site, 'dist'), env: Record<string, string> = {}, { warm = false } = {}): Promise<MeasuredRun> {
  const folder = resolve(site);
  if (!warm) rmSync(join(folder, '.astro-cache'), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return measuredRun(process.execPath, [BUILD, '--outDir', resolve(outDir)], { env: buildEnv({ ...env, TABLED_SITE: folder }), timeoutSeconds: 3600 });
}
