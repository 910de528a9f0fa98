/**
 * Sharded builds (src/publish/shards/): `npm run build -- --shard i/n` builds a share of the councils,
 * and `npm run build:merge` joins the shards and checks the joined site whole. Real builds through
 * scripts/build.ts of a fictional site of three councils, and of the downloads site, whose February
 * assessments (3 of 7) are withheld.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAll } from '../../bench/site/publish-all.ts';
import { writeSyntheticSite, type SyntheticSite } from '../../bench/site/write-site.ts';
import { buildsCouncil, parseShard, shardOfCouncil } from '../../src/publish/shards/shard.ts';
import { shardsInOrder } from '../../src/publish/shards/merge-shards.ts';
import { writeShardRecord } from '../../src/publish/shards/shard-record.ts';
import { cleanEnv } from '../support/clean-env.ts';

const scratch = resolve('test/.tmp/shards');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  ok: boolean;
  output: string;
}

function run(script: string, site: string, args: string[]): Run {
  const cache = mkdtempSync(join(tmpdir(), 'tabled-shard-cache-'));
  const result = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', resolve(script), ...args], {
    env: cleanEnv({ TABLED_SITE: site, TABLED_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' }),
    encoding: 'utf8',
    timeout: 300_000,
  });
  rmSync(cache, { recursive: true, force: true });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

const build = (site: string, outDir: string, shard?: string) => run('scripts/build.ts', site, [...(shard === undefined ? [] : ['--shard', shard]), '--outDir', outDir]);
const merge = (site: string, outDir: string, shards: string[]) => run('scripts/build-merge.ts', site, ['--outDir', outDir, ...shards]);

function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'), readFileSync(join(entry.parentPath, entry.name))]),
  );
}

describe('a share of the councils', () => {
  it('reads --shard as the i-th of n, and says what it takes otherwise', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0', '1/65']) expect(() => parseShard(bad)).toThrow(/--shard must be i\/n/);
  });

  it('deals each council to one shard by its code alone, near-evenly across many', () => {
    const codes = Array.from({ length: 150 }, (_, at) => `X${String(at + 1).padStart(8, '0')}`);
    const shares = [1, 2, 3, 4].map((index) => codes.filter((code) => buildsCouncil({ index, count: 4 }, code)).length);
    expect(shares.reduce((a, b) => a + b)).toBe(150);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(6);
    expect(['X00000001', 'X00000002', 'X00000003'].map((code) => shardOfCouncil(code, 4))).toEqual([1, 2, 3]);
    expect(buildsCouncil(undefined, 'X00000002')).toBe(true);
  });

  it('refuses to join shards that are not every shard of one split, each once', () => {
    const dirs = ['a', 'b', 'c'].map((name) => mkdtempSync(join(tmpdir(), `tabled-shard-${name}-`)));
    try {
      const [a, b, c] = dirs as [string, string, string];
      writeShardRecord(a, { index: 1, count: 3 });
      writeShardRecord(b, { index: 1, count: 3 });
      writeShardRecord(c, { index: 2, count: 2 });
      expect(() => shardsInOrder(dirs)).toThrow(/is shard 2\/2, but [^]*shard 1\/3 is given twice[^]*shard 3\/3 is missing/);
      expect(() => shardsInOrder([scratch])).toThrow(/is not the output of a shard/);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('three councils built whole, and as four shards joined', () => {
  let site: SyntheticSite;
  // Inside the site: a build's output folder may not be elsewhere in the project's test/.
  const out = (name: string) => join(scratch, 'three', 'site', 'out', name);
  const shards = [1, 2, 3, 4].map((index) => out(`shard-${index}`));
  let whole: Run;
  let built: Run[];
  let merged: Run;

  beforeAll(async () => {
    site = writeSyntheticSite(join(scratch, 'three', 'site'), { name: 'shards', councils: 3, reports: 2, indicators: 4 });
    // One report of each council published: its pages come from its frozen version.
    await publishAll(site, site.reports.filter((_, at) => at % 2 === 0));
    whole = build(site.folder, out('whole'));
    built = shards.map((dir, at) => build(site.folder, dir, `${at + 1}/4`));
    merged = merge(site.folder, out('merged'), [...shards].reverse());
  }, 600_000);

  it('builds each shard, the fourth with no council of its own, and joins them', () => {
    expect(whole.ok, whole.output).toBe(true);
    for (const shard of built) expect(shard.ok, shard.output).toBe(true);
    expect(merged.ok, merged.output).toBe(true);
    const reports = shards.map((dir) => (existsSync(join(dir, 'reports')) ? readdirSync(join(dir, 'reports')).sort().join(' ') : ''));
    expect(reports).toEqual(['fictional-borough-001-2025-02 fictional-borough-001-2025-03', 'fictional-borough-002-2025-02 fictional-borough-002-2025-03', 'fictional-borough-003-2025-02 fictional-borough-003-2025-03', '']);
  });

  it('gives the same bytes as the whole build: pages, charts, downloads, sitemap, feed, search index', () => {
    const expected = files(out('whole'));
    const actual = files(out('merged'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected.keys()].filter((path) => /^pagefind\/|^sitemap-0\.xml$|^feed\.xml$|^data\/reports\//.test(path)).length).toBeGreaterThan(10);
    const differing = [...expected].filter(([path, bytes]) => !actual.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('runs the search index and every whole-site check on the joined site, not on a shard', () => {
    // Every page of the site: as many as the whole build read.
    const pagesRead = (output: string) => /page policy: (\d+) pages read/.exec(output)?.[1];
    expect(pagesRead(whole.output)).toBeDefined();
    expect(pagesRead(merged.output)).toBe(pagesRead(whole.output));
    for (const check of ['report pages for search', 'consistency check:', 'link check:', 'disclosure check:']) {
      expect(merged.output).toContain(check);
      for (const shard of built) expect(shard.output).not.toContain(check);
    }
  });

  it('stops when a shard is missing, and leaves no site', () => {
    const missing = merge(site.folder, out('missing'), shards.slice(0, 3));
    expect(missing.ok).toBe(false);
    expect(missing.output).toMatch(/shard 4\/4 is missing/);
    expect(readdirSync(out('.'))).not.toContain('missing');
  });
});

describe('a withheld figure written into a shard after it was built', () => {
  it('is caught by the merge, which reads every file of the joined site', () => {
    const site = join(scratch, 'downloads', 'site');
    cpSync(resolve('test/sites/downloads'), site, { recursive: true, filter: (path) => !/\/(dist|\.astro-cache)(\/|$)/.test(path) });
    const shards = [1, 2].map((index) => join(site, 'out', `shard-${index}`));
    for (const [at, dir] of shards.entries()) {
      const shard = build(site, dir, `${at + 1}/2`);
      expect(shard.ok, shard.output).toBe(true);
    }
    const clean = merge(site, join(site, 'out', 'clean'), shards);
    expect(clean.ok, clean.output).toBe(true);

    const download = join(shards[0] ?? '', 'data/reports/downshire-2025-03/v1/figures.csv');
    const csv = readFileSync(download, 'utf8');
    const withheld = /^.*,assessments-on-time,.*,2025-02,.*$/m.exec(csv)?.[0];
    expect(withheld).toContain('[c],[c],[c],[c],[c]');
    // Without its figure key, so that the one-value check does not see it first: the scan must find it alone.
    writeFileSync(download, csv.replace(String(withheld), String(withheld).replace('[c],[c],[c],[c],[c]', '42.9,42.9%,,3,7').replace(/,[^,]*$/, ',')));
    const leaked = merge(site, join(site, 'out', 'leaked'), shards);
    expect(leaked.ok).toBe(false);
    expect(leaked.output).toMatch(/Disclosure check: \d+ suppressed values? can be read or worked out[^]*data\/reports\/downshire-2025-03\/v1\/figures\.csv/);
    expect(leaked.output).toContain('The merge failed');
  }, 600_000);
});
