import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { cleanEnv } from '../support/clean-env.ts';

/** Every file under `dir`, as paths relative to it written with `/`, sorted. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Where two files first differ, with a little text either side, so a failure shows the cause. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 60).toString('utf8'));
  return `byte ${at} (sizes ${a.length} and ${b.length})\n    first build:  ${show(a)}\n    second build: ${show(b)}`;
}

/** Every file that differs between two built folders, with its first difference; fails on a missing file too. */
function compareBuilds(dirA: string, dirB: string): { files: number; differences: string[] } {
  const filesA = filesUnder(dirA);
  const filesB = new Set(filesUnder(dirB));
  expect(filesA.length).toBeGreaterThan(10);
  const onlyInB = [...filesB].filter((file) => !filesA.includes(file)).map((file) => `${file}: only in the second build`);
  const differences = filesA.flatMap((file) => {
    if (!filesB.has(file)) return [`${file}: only in the first build`];
    const a = readFileSync(join(dirA, file));
    const b = readFileSync(join(dirB, file));
    return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
  });
  return { files: filesA.length, differences: [...differences, ...onlyInB] };
}

/**
 * The committed tree (git archive HEAD, so nobody's unsaved work) unpacked at `folder`, sharing this
 * checkout's node_modules, and built there with its own cache: a build on CI and on a laptop run in
 * different folders, so nothing built may depend on where the checkout is.
 */
function buildCommitIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', folder], { input: archive });
  symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'dir');
  const cache = mkdtempSync(join(tmpdir(), 'tabled-astro-cache-'));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: folder,
    env: cleanEnv({ TABLED_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' }),
    encoding: 'utf8',
    timeout: 180_000,
  });
  rmSync(cache, { recursive: true, force: true });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return join(folder, 'dist');
}

const outA = 'test/.tmp/repro-a';
const outB = 'test/.tmp/repro-b';

describe('two builds of the same commit', () => {
  afterAll(() => {
    for (const dir of [outA, outB]) rmSync(dir, { recursive: true, force: true });
  });

  it('give byte-identical dist folders, even a year apart by the clock: the same files with the same bytes', () => {
    const first = buildSite(process.cwd(), {}, outA);
    expect(first.ok, first.output).toBe(true);
    // The second build runs 400 days later by its clock: a build stamp from the clock would show.
    const second = buildSite(process.cwd(), { NODE_OPTIONS: `--import=${pathToFileURL(resolve('test/reliability/shifted-clock.mjs')).href}` }, outB);
    expect(second.ok, second.output).toBe(true);

    const { files, differences } = compareBuilds(first.outDir, second.outDir);
    expect(differences.join('\n'), `${differences.length} of ${files} files differ`).toBe('');
  }, 600_000);

  it('give the same bytes when the checkout sits in a different folder', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'tabled-repro-'));
    try {
      const near = buildCommitIn(join(scratch, 'a'));
      const far = buildCommitIn(join(scratch, 'a-much-longer-folder-name', 'tabled'));
      const { files, differences } = compareBuilds(near, far);
      expect(differences.join('\n'), `${differences.length} of ${files} files differ`).toBe('');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 600_000);
});
