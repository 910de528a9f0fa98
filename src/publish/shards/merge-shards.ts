import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../files-under.ts';
import { BUILD_MARKER } from '../out-dir.ts';
import { readShardRecord, SHARD_RECORD } from './shard-record.ts';
import { shardName, SITE_SHARD, type Shard } from './shard.ts';

/** Files a shard writes for one report alone: its pages, its charts' pages and CSVs, and its versions' downloads. */
const REPORT_FILE = /^(?:reports|data\/reports)\/[^/]+\//;
/** The sitemap's pages: each shard lists its own, and the merge lists them all. */
const SITEMAP_PAGES = /^sitemap-\d+\.xml$/;
/** A shard's bookkeeping, which is not part of the site. */
const NOT_SITE = new Set([SHARD_RECORD, BUILD_MARKER]);

/** The shards given, in order, after checking that they are every shard of one split, each once. */
export function shardsInOrder(dirs: readonly string[]): { dir: string; shard: Shard }[] {
  const shards = dirs.map((dir) => ({ dir, shard: readShardRecord(dir) }));
  const count = shards[0]?.shard.count;
  if (count === undefined) throw new Error('npm run build:merge needs the output folders of the shards to join');
  const problems: string[] = [];
  for (const { dir, shard } of shards) {
    if (shard.count !== count) problems.push(`${dir} is shard ${shardName(shard)}, but ${shards[0]?.dir} is of ${count} shards`);
  }
  for (let index = 1; index <= count; index += 1) {
    const found = shards.filter((s) => s.shard.index === index);
    if (found.length === 0) problems.push(`shard ${index}/${count} is missing`);
    if (found.length > 1) problems.push(`shard ${index}/${count} is given twice (${found.map((s) => s.dir).join(', ')})`);
  }
  if (problems.length > 0) throw new Error(`These shards do not make one site:\n${problems.map((p) => `  ${p}`).join('\n')}\nGive each shard's output folder once, all built with the same --shard …/${count}.`);
  return shards.sort((a, b) => a.shard.index - b.shard.index);
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A sitemap file's `<url>` entries by their address, and the text around them. */
function sitemapEntries(xml: string): { head: string; tail: string; entries: Map<string, string> } {
  const first = xml.indexOf('<url>');
  const last = xml.lastIndexOf('</urlset>');
  const entries = new Map<string, string>();
  for (const entry of xml.matchAll(/<url>[\s\S]*?<\/url>/g)) {
    const loc = /<loc>([\s\S]*?)<\/loc>/.exec(entry[0])?.[1];
    if (loc !== undefined) entries.set(decode(loc), entry[0]);
  }
  return { head: first === -1 ? xml.slice(0, last) : xml.slice(0, first), tail: xml.slice(last), entries };
}

/**
 * One sitemap of every shard's pages, in the order the sitemap integration writes them (by address,
 * numbers read as numbers), so that the joined site's sitemap is the one a whole build writes.
 */
function joinSitemaps(shardDirs: readonly string[], into: string): void {
  const files = shardDirs.flatMap((dir) => readdirSync(dir).filter((name) => SITEMAP_PAGES.test(name)).map((name) => join(dir, name)));
  if (files.length === 0) return;
  if (files.some((file) => !file.endsWith('sitemap-0.xml'))) throw new Error('A shard wrote its sitemap in more than one file: joining sitemaps of more than 45,000 pages is not supported; build the site whole.');
  const read = files.map((file) => sitemapEntries(readFileSync(file, 'utf8')));
  const entries = new Map<string, string>();
  for (const sitemap of read) for (const [loc, entry] of sitemap.entries) entries.set(loc, entry);
  const locs = [...entries.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const { head, tail } = read[0] ?? { head: '', tail: '' };
  writeFileSync(join(into, 'sitemap-0.xml'), `${head}${locs.map((loc) => entries.get(loc)).join('')}${tail}`);
}

/**
 * Joins the shards' outputs into `into` (empty): the site shard's site-wide pages, and from every shard
 * the files of its own reports. Two shards writing the same report's file means they were split
 * differently, and stops the merge. The joined site has not been checked: run the whole-site checks on it.
 */
export function joinShards(dirs: readonly string[], into: string): { shards: number; files: number } {
  const shards = shardsInOrder(dirs);
  const from = new Map<string, string>();
  for (const { dir, shard } of shards) {
    for (const file of filesUnder(dir)) {
      if (NOT_SITE.has(file) || SITEMAP_PAGES.test(file)) continue;
      const own = REPORT_FILE.test(file);
      if (!own && shard.index !== SITE_SHARD) continue;
      const earlier = from.get(file);
      if (earlier !== undefined) throw new Error(`${file} was built by two shards (${earlier} and ${dir}): were they all built from the same content with the same --shard …/${shards.length}?`);
      from.set(file, dir);
      const target = join(into, file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(dir, file), target);
    }
  }
  joinSitemaps(shards.map((s) => s.dir), into);
  if (!existsSync(join(into, 'index.html'))) throw new Error(`${shards[0]?.dir}, the site shard (${SITE_SHARD}/${shards.length}), has no home page: it must be a complete shard build`);
  return { shards: shards.length, files: from.size };
}
