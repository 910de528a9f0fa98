/**
 * Published versions' pages kept between builds (src/publish/version-cache.ts): what names a report's
 * kept pages, on small trees written here, and the cache in real astro builds of a copy of
 * test/sites/downloads (Downshire, fictional: version 1 of its March 2025 report is published; its
 * February assessments, 3 of 7, are withheld as a small numerator).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetOthers, keepReport, keptPages, ledgerLinesByReport, reportKey, restoreReport, siteInputsDigest, VERSION_CACHE_FOLDER } from '../../src/publish/version-cache.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

mkdirSync(resolve('test/.tmp'), { recursive: true });
const work = mkdtempSync(resolve('test/.tmp/version-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe("a report's key: what its kept version pages were made from", () => {
  const project = join(work, 'project');
  const site = join(work, 'key-site');
  const ledger = (...reports: string[]) => reports.map((report, i) => JSON.stringify({ report, type: 'version', version: i + 1 })).join('\n');
  beforeAll(() => {
    write(project, {
      'src/render/components/Value.astro': '<span>{figure}</span>',
      'public/favicon.svg': '<svg/>',
      'astro.config.mjs': 'export default {}',
      'package-lock.json': '{"lockfileVersion":3}',
      'node_modules/.package-lock.json': '{"packages":{"node_modules/astro":{"version":"7.3.4"}}}',
    });
    write(site, {
      'content/theme.json': '{"name":"Example"}',
      'content/councils/downshire.json': '{"suppress":{"below":5}}',
      'content/ledger.jsonl': ledger('downshire-2025-03', 'upshire-2025-03'),
      'content/reports/downshire-2025-03/versions/1/index.mdx': 'Version 1',
      'content/reports/upshire-2025-03/versions/1/index.mdx': 'Version 1',
      'data/relations.csv': 'total,part\n',
      'data/dfe/c1_referrals.csv': 'time_period,referrals\n2024,100\n',
      'data/observations/downshire.csv': 'indicator,period,value\nreferrals,2025-03,40\n',
    });
  });
  const key = () => reportKey(siteInputsDigest({ site, project }), site, 'downshire-2025-03', ledgerLinesByReport(site).get('downshire-2025-03') ?? []);
  /** The key before and after `change`, which is undone afterwards. */
  function around(root: string, path: string, text: string): [string, string] {
    const before = key();
    const old = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), text);
    const after = key();
    writeFileSync(join(root, path), old);
    expect(key()).toBe(before);
    return [before, after];
  }

  it.each([
    ['a DfE file', 'site', 'data/dfe/c1_referrals.csv', 'time_period,referrals\n2024,101\n'],
    ['the theme', 'site', 'content/theme.json', '{"name":"Example, renamed"}'],
    ["a council's policy", 'site', 'content/councils/downshire.json', '{"suppress":{"below":10}}'],
    ['the relations between figures', 'site', 'data/relations.csv', 'total,part\nreferrals,referrals-by-source\n'],
    ["a component's code", 'project', 'src/render/components/Value.astro', '<strong>{figure}</strong>'],
    ['a dependency installed at another version', 'project', 'node_modules/.package-lock.json', '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}'],
    ['the lock file', 'project', 'package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    ["the report's own frozen files", 'site', 'content/reports/downshire-2025-03/versions/1/index.mdx', 'Version 1, altered'],
  ])('changes with %s', (_what, root, path, text) => {
    const [before, after] = around(root === 'site' ? site : project, path, text);
    expect(after).not.toBe(before);
  });

  it("changes with the report's own lines in the ledger, and not with another report's", () => {
    const [, withOwn] = around(site, 'content/ledger.jsonl', ledger('downshire-2025-03', 'upshire-2025-03', 'downshire-2025-03'));
    expect(withOwn).not.toBe(key());
    const [before, withOther] = around(site, 'content/ledger.jsonl', ledger('downshire-2025-03', 'upshire-2025-03', 'upshire-2025-03'));
    expect(withOther).toBe(before);
  });

  it("does not change with data/observations (a version has its own copy) or another report's folder", () => {
    const [before, afterRows] = around(site, 'data/observations/downshire.csv', 'indicator,period,value\nreferrals,2025-03,40\nreferrals,2025-04,44\n');
    expect(afterRows).toBe(before);
    const [, afterOther] = around(site, 'content/reports/upshire-2025-03/versions/1/index.mdx', 'Version 1, amended');
    expect(afterOther).toBe(before);
  });
});

describe("keeping a report's published pages and copying them back", () => {
  const out = join(work, 'kept-out');
  const cache = join(work, 'kept-cache');
  const published = {
    'reports/downshire-2025-03/index.html': 'address',
    'reports/downshire-2025-03/v1/index.html': 'version 1',
    'reports/downshire-2025-03/v1/figures/figure-1/index.html': 'chart page',
    'reports/downshire-2025-03/v1/figures/figure-1.csv': 'chart csv',
    'reports/downshire-2025-03/v2/index.html': 'version 2',
    'data/reports/downshire-2025-03/v1/figures.csv': 'figures of version 1',
  };
  beforeAll(() => write(out, { ...published, 'reports/downshire-2025-03/draft/index.html': 'amendment in preparation', 'reports/upshire-2025-03/index.html': 'a draft, never published', 'index.html': 'home' }));

  it('keeps the address, the versions, the charts and the downloads, never the amendment in preparation, and copies them back as they were', () => {
    keepReport(cache, 'downshire-2025-03', 'key-1', out);
    keepReport(cache, 'upshire-2025-03', 'key-1', out);
    expect(readdirSync(cache).sort()).toEqual(['downshire-2025-03']);
    expect(keptPages(cache, 'downshire-2025-03', 'key-1')).toEqual(['reports/downshire-2025-03/', 'reports/downshire-2025-03/v1/', 'reports/downshire-2025-03/v2/']);
    const again = join(work, 'kept-again');
    restoreReport(cache, 'downshire-2025-03', 'key-1', again);
    expect(files(again)).toEqual(new Map(Object.entries(published).map(([path, text]) => [path, Buffer.from(text).toString('base64')])));
    // Copying over a page rendered this time is refused: one of the two would be silently lost.
    expect(() => restoreReport(cache, 'downshire-2025-03', 'key-1', again)).toThrow();
  });

  it('keeps one entry a report, and forgets reports the site no longer publishes', () => {
    keepReport(cache, 'downshire-2025-03', 'key-2', out);
    expect(readdirSync(join(cache, 'downshire-2025-03'))).toEqual(['key-2']);
    forgetOthers(cache, new Set(['downshire-2025-03']));
    expect(readdirSync(cache)).toEqual(['downshire-2025-03']);
    forgetOthers(cache, new Set());
    expect(readdirSync(cache)).toEqual([]);
  });
});

/** Every file of a built site and its bytes, by path. */
function files(outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(outDir, path), readFileSync(path).toString('base64'));
  }
  return found;
}

function expectSameFiles(actual: BuiltSite, expected: BuiltSite): void {
  const a = files(actual.outDir);
  const b = files(expected.outDir);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => b.get(path) !== bytes).map(([path]) => path);
  expect(differing).toEqual([]);
}

const pagesBuilt = (built: BuiltSite) => Number(/(\d+) page\(s\) built/.exec(built.output)?.[1]);
const copied = (built: BuiltSite) => /published reports: the pages of (\d+) of (\d+) published reports? copied/.exec(built.output)?.slice(1).map(Number);

describe('published versions kept between builds, in real astro builds', () => {
  const site = join(work, 'site');
  const cache = join(work, 'astro-cache');
  const id = 'downshire-2025-03';
  const slow = 300_000;
  const build = (name: string, env: Record<string, string> = { TABLED_VERSION_CACHE: '1' }) => buildSite(site, env, join(work, name), cache);
  const uncached = (name: string) => buildSite(site, { TABLED_VERSION_CACHE: '0' }, join(work, name));
  beforeAll(() => {
    cpSync(resolve('test/sites/downloads'), site, { recursive: true, filter: (path) => !/\/(dist|\.astro-cache)(\/|$)/.test(path) });
  });

  it('renders the versions the first time, copies them after, and gives the same bytes as a build without the cache', () => {
    const without = uncached('without');
    expect(without.ok, without.output).toBe(true);
    const cold = build('cold');
    expect(cold.ok, cold.output).toBe(true);
    expect(copied(cold)).toEqual([0, 1]);
    const warm = build('warm');
    expect(warm.ok, warm.output).toBe(true);
    expect(copied(warm)).toEqual([1, 1]);
    // The report's address and version 1's page were not rendered again (its charts' pages and downloads are endpoints).
    expect(pagesBuilt(cold) - pagesBuilt(warm)).toBe(2);
    expect(warm.file(`reports/${id}/v1/index.html`)).toContain('Downshire');
    expect(warm.file('sitemap-0.xml')).toContain(`/reports/${id}/v1/</loc>`);
    expect(warm.file('sitemap-0.xml')).toContain(`/reports/${id}/</loc>`);
    expectSameFiles(cold, without);
    expectSameFiles(warm, without);

    rmSync(join(cache, VERSION_CACHE_FOLDER), { recursive: true });
    const deleted = build('deleted');
    expect(copied(deleted)).toEqual([0, 1]);
    expectSameFiles(deleted, without);
  }, slow);

  it('renders the versions again when the theme changes, to the same bytes as a build without the cache', () => {
    expect(copied(build('before-theme'))).toEqual([1, 1]);
    const themeFile = join(site, 'content/theme.json');
    const theme = readFileSync(themeFile, 'utf8');
    writeFileSync(themeFile, theme.replace('"Tabled example site"', '"Tabled example site, renamed"'));
    try {
      const changed = build('theme');
      expect(changed.ok, changed.output).toBe(true);
      expect(copied(changed)).toEqual([0, 1]);
      expect(changed.file(`reports/${id}/v1/index.html`)).toContain('Tabled example site, renamed');
      expectSameFiles(changed, uncached('theme-without'));
    } finally {
      writeFileSync(themeFile, theme);
    }
  }, slow);

  it('still catches a withheld figure written into a kept download: the disclosure scan reads what is copied in', () => {
    const warm = build('before-leak');
    expect(warm.ok, warm.output).toBe(true);
    const keptDir = join(cache, VERSION_CACHE_FOLDER, id);
    const [key] = readdirSync(keptDir);
    const download = join(keptDir, String(key), 'files/data/reports', id, 'v1/figures.csv');
    const csv = readFileSync(download, 'utf8');
    const withheld = /^.*,assessments-on-time,.*,2025-02,.*$/m.exec(csv)?.[0];
    expect(withheld).toContain('[c],[c],[c],[c],[c]');
    // Without its figure key, so that only the scan, which trusts nothing a file says of itself, can know the row.
    const leak = String(withheld).replace('[c],[c],[c],[c],[c]', '42.9,42.9%,,3,7').replace(/,[^,]*$/, ',');
    writeFileSync(download, csv.replace(String(withheld), leak));
    const leaked = build('leak');
    expect(copied(leaked)).toEqual([1, 1]);
    expect(leaked.ok).toBe(false);
    expect(leaked.output).toMatch(new RegExp(`Disclosure check: \\d+ suppressed values? can be read or worked out[^]*data/reports/${id}/v1/figures\\.csv`));
  }, slow);

  it('still checks a copied report against data/: a revised row it used stops the build, naming the figure', () => {
    expect(copied(build('before-revision'))).toEqual([1, 1]);
    const rows = join(site, 'data/observations/downshire.csv');
    const original = readFileSync(rows, 'utf8');
    const revised = original.replace(/^(assessments-on-time,X00000007,2025-03,,)45,52,/m, '$146,52,');
    expect(revised).not.toBe(original);
    writeFileSync(rows, revised);
    try {
      const drifted = build('revision');
      expect(drifted.ok).toBe(false);
      expect(drifted.output).toContain('86.5% → 88.5%');
      expect(drifted.output).toContain(`npm run report:amend -- ${id}`);
    } finally {
      writeFileSync(rows, original);
    }
  }, slow);

  it('still stops at a changed row of a kept version’s frozen data: the key misses and the publication record names the version', () => {
    const rows = join(site, 'content/reports', id, 'versions/1/data/observations/downshire.csv');
    const original = readFileSync(rows, 'utf8');
    writeFileSync(rows, original.replace('assessments-on-time,X00000007,2025-02,,3,7', 'assessments-on-time,X00000007,2025-02,,30,70'));
    try {
      const changed = build('frozen-row');
      expect(changed.ok).toBe(false);
      expect(changed.output).toContain(`content/reports/${id}/versions/1`);
      expect(copied(changed)).toBeUndefined();
    } finally {
      writeFileSync(rows, original);
    }
  }, slow);
});
