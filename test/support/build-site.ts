import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanEnv } from './clean-env.ts';

export interface BuiltSite {
  ok: boolean;
  /** stdout and stderr together, with colour codes removed. */
  output: string;
  outDir: string;
  /** Reads a built file, e.g. page('reports/x/index.html'). */
  file(path: string): string;
  exists(path: string): boolean;
}

const astroBin = resolve('node_modules/astro/bin/astro.mjs');

/**
 * Runs a real `astro build` of a scenario folder (its own content/ and data/) with the project's
 * code, under the same Node that runs the tests. Output goes to the scenario's own dist/, or to
 * `outDir` when given (the example site is the repository itself, whose dist/ is the author's own).
 */
export function buildSite(scenario: string, env: Record<string, string> = {}, outDirOverride?: string, keptCacheDir?: string): BuiltSite {
  const site = resolve(scenario);
  const outDir = outDirOverride === undefined ? join(site, 'dist') : resolve(outDirOverride);
  rmSync(outDir, { recursive: true, force: true });
  // A cold cache of its own, unless the caller keeps one between builds: builds of the same site
  // running side by side must not share one.
  const cacheDir = keptCacheDir ?? mkdtempSync(join(tmpdir(), 'tabled-astro-cache-'));
  const run = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    env: cleanEnv({ ...env, TABLED_SITE: site, TABLED_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' }),
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (keptCacheDir === undefined) rmSync(cacheDir, { recursive: true, force: true });
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return {
    ok: run.status === 0,
    output,
    outDir,
    file: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}
