import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCase, BASE_DIR, readCases, type BadInputCase } from './support/bad-input-case.ts';
import { limit } from './support/limit.ts';
import { runNpm, type NpmRun } from './support/run-npm.ts';

const REPORT = 'testshire-2025-04';
// A folder per run: another person's `npm test` may run this corpus at the same time.
const WORK = resolve(`test/.tmp/bad-input-${process.pid}`);
const GOOD = join(WORK, '_good');
const PUBLISHED = join(WORK, '_published');
const cases = readCases().filter((badCase) => badCase.pending === undefined);
const pending = readCases().filter((badCase) => badCase.pending !== undefined);
// One build at a time: builds of different sites from this repository share ./.astro/content-modules.mjs,
// so two at once can render each other's reports.
const slot = limit(1);

/** Runs an npm script against a site with a cold Astro cache of its own. */
async function runOn(site: string, script: string, args: readonly string[]): Promise<NpmRun> {
  const cache = mkdtempSync(join(tmpdir(), 'tabled-bad-input-cache-'));
  try {
    return await slot(() => runNpm(script, args, { TABLED_SITE: site, TABLED_CACHE_DIR: cache, TABLED_DRAFTS: '1' }));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function build(site: string): Promise<NpmRun> {
  return runOn(site, 'build', ['--outDir', join(site, 'dist')]);
}

function leftovers(site: string): string[] {
  return readdirSync(site).filter((name) => name === 'dist' || name.startsWith('.dist-building-'));
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(BASE_DIR, GOOD, { recursive: true });
  cpSync(BASE_DIR, PUBLISHED, { recursive: true });
  // A dist/ from an earlier build, which a good build must replace whole.
  mkdirSync(join(GOOD, 'dist'));
  writeFileSync(join(GOOD, 'dist', 'stale.html'), 'from an earlier build');
  const good = await build(GOOD);
  const published = await runOn(PUBLISHED, 'report:publish', [REPORT, '--date', '2025-04-10']);
  if (good.code !== 0) throw new Error(`the base site must build:\n${good.output}`);
  if (published.code !== 0) throw new Error(`the base report must publish:\n${published.output}`);
});

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds the base site and replaces an earlier dist/ whole, leaving no temporary folder', () => {
    expect(existsSync(join(GOOD, 'dist', `reports/${REPORT}/index.html`))).toBe(true);
    expect(existsSync(join(GOOD, 'dist', 'stale.html'))).toBe(false);
    expect(readdirSync(GOOD).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });
});

describe.concurrent('the bad-input corpus', () => {
  it('has at least 40 cases whose message is pinned', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const badCase of pending) it.todo(`${badCase.name}: ${badCase.about} (${badCase.pending ?? ''})`);

  it.each(cases)('$name: $about', async (badCase: BadInputCase) => {
    const site = join(WORK, badCase.name);
    applyCase(badCase, badCase.published ? PUBLISHED : BASE_DIR, site);
    if (badCase.staleDist) cpSync(join(GOOD, 'dist'), join(site, 'dist'), { recursive: true });
    const mdx = join(site, 'content/reports', REPORT, 'index.mdx');
    const mdxBefore = existsSync(mdx) ? readFileSync(mdx, 'utf8') : undefined;
    const [script = 'build', ...args] = badCase.run;
    const result = script === 'build' ? await build(site) : await runOn(site, script, args);

    expect(result.code, result.output).not.toBe(0);
    const output = result.output;
    expect(output).toContain(badCase.where);
    for (const fragment of badCase.says) expect(output).toContain(fragment);
    // One clear message: printed once, at the end, and no stack trace.
    expect(output.split(badCase.says[0] ?? '').length - 1, output).toBe(1);
    expect(output.trimEnd().split('\n').slice(-30).join('\n'), output).toContain(badCase.where);
    expect(output).not.toMatch(/^\s+at \S/m);
    expect(output).not.toContain('Stack trace:');
    // Nothing partial or stale left behind.
    expect(leftovers(site)).toEqual([]);
    for (const path of badCase.leaves) expect(existsSync(join(site, path)), path).toBe(false);
    if (script !== 'build' && mdxBefore !== undefined) expect(readFileSync(mdx, 'utf8')).toBe(mdxBefore);
  }, 300_000);
});
