/**
 * The hostile corpus: each case in cases/ is one thing an attacker, or a careless author, could put into
 * a site (code in a report, a formula in a label, a forged or dropped published version, a path that
 * leads out of the site, an impossible date…), made to a copy of the bad-input corpus's base site and
 * run through the real command, as an author types it. Each must be refused with its message pinned, or
 * built with the input neutralised in what was written. README.md says how cases are written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limit } from '../bad-input/support/limit.ts';
import { runNpm, type NpmRun } from '../bad-input/support/run-npm.ts';
import { applyHostileCase, readCases, type HostileCase } from './support/hostile-case.ts';

const BASE = resolve('test/bad-input/base');
const REPORT = 'testshire-2025-04';
// A folder per run: another person's `npm test` may run this corpus at the same time.
const WORK = resolve(`test/.tmp/hostile-${process.pid}`);
const PUBLISHED = join(WORK, '_published');
const DEPLOYED = join(WORK, '_deployed');
const OUTSIDE = join(WORK, '_outside');
const cases = readCases();
// One build at a time: the machine's two cores are shared, and each case is a real build.
const slot = limit(1);

async function runOn(site: string, script: string, args: readonly string[]): Promise<NpmRun> {
  const cache = mkdtempSync(join(tmpdir(), 'tabled-hostile-cache-'));
  try {
    return await slot(() => runNpm(script, args, { TABLED_SITE: site, TABLED_CACHE_DIR: cache, TABLED_DRAFTS: '1' }));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function leftovers(site: string): string[] {
  return readdirSync(site).filter((name) => name.startsWith('.dist-building-') || name.startsWith('.content-building-'));
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(OUTSIDE, { recursive: true });
  writeFileSync(join(OUTSIDE, 'observations.csv'), 'indicator,area,period,breakdown,numerator,denominator,value,marker,note\nassessments-on-time,X00000009,2024-12,,40,50,,,Read from outside the site\n');
  cpSync(BASE, PUBLISHED, { recursive: true });
  const published = await runOn(PUBLISHED, 'report:publish', [REPORT, '--date', '2025-04-10']);
  if (published.code !== 0) throw new Error(`the base report must publish:\n${published.output}`);
  const built = await runOn(PUBLISHED, 'build', ['--outDir', join(PUBLISHED, 'dist')]);
  if (built.code !== 0) throw new Error(`the published base must build:\n${built.output}`);
  cpSync(join(PUBLISHED, 'dist'), DEPLOYED, { recursive: true });
  rmSync(join(PUBLISHED, 'dist'), { recursive: true, force: true });
}, 600_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('has at least 30 cases, covering every item of the issue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((hostile) => hostile.item))).toEqual(new Set(['authoring', 'downloads', 'record', 'limits', 'dates']));
  });

  it.each(cases)('$name: $about', async (hostile: HostileCase) => {
    const site = join(WORK, hostile.name);
    applyHostileCase(hostile, { from: hostile.from === 'published' ? PUBLISHED : BASE, site, deployed: DEPLOYED, outside: OUTSIDE });
    const [script = 'build', ...given] = hostile.run.map((arg) => arg.replaceAll('{site}', site));
    const args = script === 'build' && !given.includes('--outDir') ? [...given, '--outDir', join(site, 'dist')] : given;
    const result = await runOn(site, script, args);
    const output = result.output;

    if (hostile.expect === 'refused') {
      expect(result.code, output).not.toBe(0);
      expect(output).toContain(hostile.where);
      // One clear message: its core printed once, at the end, and no stack trace.
      expect(output.split(hostile.says[0] ?? '').length - 1, output).toBe(1);
      expect(output.trimEnd().split('\n').slice(-40).join('\n'), output).toContain(hostile.where);
      expect(output).not.toMatch(/^\s+at \S/m);
      expect(output).not.toContain('Stack trace:');
    } else {
      expect(result.code, output).toBe(0);
    }
    for (const fragment of hostile.says) expect(output, output).toContain(fragment);
    for (const [file, { contains, lacks }] of Object.entries(hostile.files)) {
      const text = readFileSync(join(site, file), 'utf8');
      for (const fragment of contains) expect(text, file).toContain(fragment);
      for (const fragment of lacks) expect(text, file).not.toContain(fragment);
    }
    expect(leftovers(site)).toEqual([]);
    for (const path of hostile.keeps) expect(existsSync(join(site, path)), `${path} must still be there`).toBe(true);
    for (const path of hostile.leaves) expect(existsSync(join(site, path)), `${path} must not be left`).toBe(false);
  }, 300_000);
});
