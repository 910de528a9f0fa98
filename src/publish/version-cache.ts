import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from './files-under.ts';

/**
 * A published version can never change, so a published report's pages and downloads (its address,
 * which shows the latest version, and each version's own), once a build has made them, are kept
 * outside the output and copied into later builds instead of being rendered again. What a report's
 * kept pages were made from is named by a key: the report's folder (every version's frozen files and
 * MDX, and the working copy), its lines of the ledger, and everything else its pages read that is not
 * frozen with them (the site's code and installed dependencies, theme, councils' policies, relations
 * and every data file but the observations, which a version has its own copy of). Any change to one of
 * those misses the cache and renders the report's pages again.
 *
 * What the cache cannot skip is still done on every build: the working copy is checked against the
 * latest version (src/render/drift-check.ts), the ledger against the versions' files, and the kept
 * pages are copied in before any check reads the output, so the disclosure scan, the consistency and
 * link checks and the page policy judge them as they judge a page rendered this time. An entry is
 * written only when a whole build has passed every check.
 */

/** The folder of kept pages, inside Astro's cache folder (safe to delete: the next build renders everything). */
export const VERSION_CACHE_FOLDER = 'tabled-versions';
const FORMAT = 'tabled version pages 1';

/**
 * A published report's pages and downloads in the output, relative to it: its address (the latest
 * version), each version's own with its charts' pages, and the versions' figures. Nothing when the
 * report has no version there; never an amendment in preparation (`draft/`), which follows data/.
 */
export function publishedOutput(outDir: string, id: string): string[] {
  const pages = join(outDir, 'reports', id);
  if (!existsSync(pages)) return [];
  const versions = readdirSync(pages).filter((name) => /^v\d+$/.test(name)).sort();
  if (versions.length === 0) return [];
  const paths = [`reports/${id}/index.html`, ...versions.map((name) => `reports/${id}/${name}`)];
  if (existsSync(join(outDir, 'data', 'reports', id))) paths.push(`data/reports/${id}`);
  return paths;
}

function digestFiles(hash: ReturnType<typeof createHash>, root: string, label: string, paths: readonly string[]): void {
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full)) continue;
    hash.update(`${label}:${path}\u0000`);
    hash.update(createHash('sha256').update(readFileSync(full)).digest('hex'));
    hash.update('\u0000');
  }
}

export interface VersionCacheRoots {
  /** The site: its content/ and data/. */
  site: string;
  /** The project: the code, its dependencies and public/. */
  project: string;
  /** Environment variables that change what a page shows. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What every version page reads that is not frozen with it, as one hash. */
export function siteInputsDigest({ site, project, env = {} }: VersionCacheRoots): string {
  const hash = createHash('sha256').update(`${FORMAT}\u0000node ${process.version}\u0000drafts ${env['TABLED_DRAFTS'] ?? ''}\u0000`);
  const code = [
    ...filesUnder(project, 'src'),
    ...filesUnder(project, 'public'),
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    // What npm actually installed, version by version: a dependency upgraded without the lock file changing still counts.
    'node_modules/.package-lock.json',
  ];
  digestFiles(hash, project, 'project', code);
  const content = [...filesUnder(site, 'content', (path) => path.startsWith('content/reports/') || path === 'content/ledger.jsonl')];
  const data = filesUnder(site, 'data', (path) => path.startsWith('data/observations/'));
  digestFiles(hash, site, 'site', [...content, ...data]);
  return hash.digest('hex');
}

/** A report's key: the site's inputs, the report's folder and its entries in the ledger. */
export function reportKey(siteDigest: string, site: string, id: string, ledgerLines: readonly string[]): string {
  const hash = createHash('sha256').update(`${siteDigest}\u0000${id}\u0000`);
  digestFiles(hash, site, 'report', filesUnder(site, `content/reports/${id}`));
  for (const line of ledgerLines) hash.update(`ledger:${line}\n`);
  return hash.digest('hex');
}

/** The ledger's lines for each report, as written (content/ledger.jsonl). */
export function ledgerLinesByReport(site: string): Map<string, string[]> {
  const byReport = new Map<string, string[]>();
  const file = join(site, 'content', 'ledger.jsonl');
  if (!existsSync(file)) return byReport;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let report: unknown;
    try {
      report = (JSON.parse(line) as { report?: unknown }).report;
    } catch {
      continue; // The publication record's own check names a malformed line and stops the build.
    }
    if (typeof report !== 'string') continue;
    byReport.set(report, [...(byReport.get(report) ?? []), line]);
  }
  return byReport;
}

/** The reports with published versions (content/reports/<id>/versions/). */
function reportsWithVersions(site: string): string[] {
  const reports = join(site, 'content', 'reports');
  if (!existsSync(reports)) return [];
  return readdirSync(reports, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(reports, entry.name, 'versions')))
    .map((entry) => entry.name)
    .sort();
}

export interface VersionCachePlan {
  /** Reports whose version pages are copied from the cache, with their keys. */
  reused: Map<string, string>;
  /** Reports whose version pages are rendered this build, with the keys to keep them under. */
  rendered: Map<string, string>;
}

/** Which reports' version pages a build can take from `cache` (a folder of VERSION_CACHE_FOLDER's shape). */
export function planVersionCache(roots: VersionCacheRoots, cache: string): VersionCachePlan {
  const digest = siteInputsDigest(roots);
  const ledger = ledgerLinesByReport(roots.site);
  const plan: VersionCachePlan = { reused: new Map(), rendered: new Map() };
  for (const id of reportsWithVersions(roots.site)) {
    const key = reportKey(digest, roots.site, id, ledger.get(id) ?? []);
    (existsSync(join(cache, id, key, 'complete')) ? plan.reused : plan.rendered).set(id, key);
  }
  return plan;
}

/** A report's kept pages, as its sitemap entries: `reports/<id>/` and each `reports/<id>/v<n>/`. */
export function keptPages(cache: string, id: string, key: string): string[] {
  const folder = join(cache, id, key, 'files', 'reports', id);
  if (!existsSync(folder)) return [];
  const versions = readdirSync(folder)
    .filter((name) => /^v\d+$/.test(name) && existsSync(join(folder, name, 'index.html')))
    .sort()
    .map((name) => `reports/${id}/${name}/`);
  return existsSync(join(folder, 'index.html')) ? [`reports/${id}/`, ...versions] : versions;
}

/** Copies a report's kept pages and downloads into the output. */
export function restoreReport(cache: string, id: string, key: string, outDir: string): void {
  cpSync(join(cache, id, key, 'files'), outDir, { recursive: true, errorOnExist: true, force: false });
}

/**
 * Keeps a report's version pages and downloads from a finished build under `key`, replacing whatever
 * was kept for the report before. Written beside and renamed into place, so a build stopped halfway
 * leaves no entry that looks whole.
 */
export function keepReport(cache: string, id: string, key: string, outDir: string): void {
  const folders = publishedOutput(outDir, id);
  if (folders.length === 0) return;
  const reportCache = join(cache, id);
  const writing = join(reportCache, `.writing-${process.pid}-${key}`);
  rmSync(writing, { recursive: true, force: true });
  for (const folder of folders) {
    mkdirSync(dirname(join(writing, 'files', folder)), { recursive: true });
    cpSync(join(outDir, folder), join(writing, 'files', folder), { recursive: true });
  }
  writeFileSync(join(writing, 'complete'), `${folders.join('\n')}\n`);
  // Another build's entry in the writing is left to it.
  for (const old of readdirSync(reportCache).filter((name) => !name.startsWith('.writing-'))) rmSync(join(reportCache, old), { recursive: true, force: true });
  renameSync(writing, join(reportCache, key));
}

/** Removes what is kept for reports the site no longer publishes. */
export function forgetOthers(cache: string, published: ReadonlySet<string>): void {
  if (!existsSync(cache)) return;
  for (const id of readdirSync(cache)) if (!published.has(id)) rmSync(join(cache, id), { recursive: true, force: true });
}
