import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readPublishedVersions, type PublishedVersion } from '../publish/published-versions.ts';
import { reportRoutes, type ReportRoute } from '../publish/report-routes.ts';
import { buildsCouncil, buildsSiteWide, shardOfBuild } from '../publish/shards/shard.ts';
import { model } from './figures.ts';
import { contentDir } from './paths.ts';

export type Report = CollectionEntry<'reports'>;
/** A published version's frozen MDX: an entry of the same collection, under <id>/versions/<n>. */
export type VersionEntry = CollectionEntry<'reports'>;

const VERSION_ID = /\/versions\/\d+$/;

function reportDir(id: string): string {
  return join(contentDir, 'reports', id);
}

let cached: Promise<Report[]> | undefined;

/**
 * Every report the build publishes, newest meeting first, read once per build.
 * Drafts are left out of production builds unless TABLED_DRAFTS=1.
 */
export function allReports(): Promise<Report[]> {
  cached ??= getCollection('reports').then((entries) =>
    entries
      .filter((entry) => !VERSION_ID.test(entry.id))
      .filter((entry) => entry.data.status === 'published' || process.env['TABLED_DRAFTS'] === '1' || existsSync(join(reportDir(entry.id), 'versions')))
      .sort((a, b) => b.data.meetingDate.localeCompare(a.data.meetingDate) || a.id.localeCompare(b.id)),
  );
  return cached;
}

/** One page of a report: what it renders, and the report's published versions. */
export interface ReportPage {
  route: ReportRoute;
  /** The report's working copy (content/reports/<id>/index.mdx). */
  report: Report;
  /** What the page renders: the working copy, or a published version's frozen MDX. */
  entry: Report | VersionEntry;
  versions: PublishedVersion[];
}

let pages: Promise<ReportPage[]> | undefined;

/**
 * Every report page the build makes: each report's address (its latest version, or its draft),
 * each version's permanent address, and with TABLED_DRAFTS=1 the amendment in preparation.
 */
export function reportPages(): Promise<ReportPage[]> {
  pages ??= (async () => {
    const drafts = process.env['TABLED_DRAFTS'] === '1';
    const entries = await getCollection('reports');
    const reports = entries.filter((entry) => !VERSION_ID.test(entry.id));
    const frozen = new Map(entries.filter((entry) => VERSION_ID.test(entry.id)).map((entry) => [entry.id, entry]));
    const found: ReportPage[] = [];
    for (const report of reports) {
      // Said here, where the report is known: a component finding the area missing would not say which file.
      if (model.findArea(report.data.authority) === undefined) {
        throw new Error(
          `content/reports/${report.id}/index.mdx: front matter authority "${report.data.authority}" is not in data/areas.csv. Use the council's ONS code as listed there (e.g. E10000003), or add the council to data/areas.csv.`,
        );
      }
      const versions = await readPublishedVersions(reportDir(report.id));
      const routes = reportRoutes(report.id, { versions: versions.map((v) => v.version), status: report.data.status, drafts });
      for (const route of routes) {
        if (route.kind === 'working') {
          found.push({ route, report, entry: report, versions });
          continue;
        }
        const entry = frozen.get(`${report.id}/versions/${route.version}`);
        if (entry === undefined) {
          throw new Error(`content/reports/${report.id}/versions/${route.version}/index.mdx is missing or unreadable: a published version must keep its MDX. Restore it with git checkout -- content/reports/${report.id}/versions/${route.version}`);
        }
        found.push({ route, report, entry, versions });
      }
    }
    return found;
  })();
  return pages;
}

const reused = new Set<string>(typeof __TABLED_REUSED_VERSIONS__ === 'undefined' ? [] : __TABLED_REUSED_VERSIONS__);

/** Whether a report's published pages (its address and each version's) are copied from the cache this build. */
export function isReused(id: string): boolean {
  return reused.has(id);
}

const shard = shardOfBuild();

/** Whether this build makes the site-wide pages: always, unless it is a shard other than the site shard. */
export const sitePagesHere = buildsSiteWide(shard);

/** The report pages of the councils this build is for: all of them, or a shard's share (src/publish/shards/shard.ts). */
export async function reportPagesHere(): Promise<ReportPage[]> {
  const all = await reportPages();
  return shard === undefined ? all : all.filter((page) => buildsCouncil(shard, page.report.data.authority));
}

/**
 * The report pages this build renders: those of its councils but the published ones that a previous
 * build made from the same inputs, which are copied in instead (src/publish/version-cache.ts). A draft
 * or an amendment in preparation is rendered from data/ every time.
 */
export async function renderedReportPages(): Promise<ReportPage[]> {
  const here = await reportPagesHere();
  return reused.size === 0 ? here : here.filter((page) => !(page.route.kind === 'version' && reused.has(page.report.id)));
}

export function reportPath(report: Report): string {
  return `/reports/${report.id}/`;
}
