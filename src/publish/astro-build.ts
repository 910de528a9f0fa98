import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { filterBuildErrors } from '../adapters/astro-errors.ts';

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, without colour codes. */
  output: string;
  /** What a failed build said went wrong: its error output without stack traces (see BuildErrorFilter). */
  errors: string;
}

/** Builds the site with extra environment variables (TABLED_DRAFTS, TABLED_RECORD…). */
export type BuildRunner = (env: Record<string, string>) => BuildResult;

/**
 * A real `astro build` of the site at `root` (its content/ and data/, the project's code), into a
 * scratch folder that is removed afterwards: publishing needs what the build renders, not its pages.
 * Runs under the Node running this process, which npm scripts make the project's Node 22.
 */
export function astroBuild(root: string): BuildRunner {
  return (extra) => {
    // Inside the working directory: for an outDir outside it Astro puts its prerender chunks in the
    // shared ./.astro/, where two builds at once overwrite each other's.
    const outDir = mkdtempSync(resolve('node_modules/.tabled-build-'));
    const env: NodeJS.ProcessEnv = {};
    // Astro changes behaviour under a test runner's variables; a publishing build is a plain build.
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('VITEST') && !['NODE_ENV', 'TEST', 'MODE', 'TABLED_DRAFTS', 'TABLED_RECORD', 'TABLED_RECORD_VERSIONS'].includes(key)) env[key] = value;
    }
    try {
      const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
        env: { ...env, ...extra, TABLED_SITE: resolve(root), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      return { ok: run.status === 0, output, errors: filterBuildErrors(run.stderr ?? '', process.cwd()).trim() };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  };
}
