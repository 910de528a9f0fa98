import type { APIRoute, GetStaticPaths } from 'astro';
import { versionDownloadPath } from '../../../publish/downloads/download-paths.ts';
import { tidyCsv } from '../../../publish/downloads/tidy-csv.ts';
import { versionJson } from '../../../publish/downloads/version-json.ts';
import { VERSION_COLUMNS, versionRows, type VersionRow } from '../../../publish/downloads/version-rows.ts';
import { RecentlyUsed } from '../../../publish/recently-used.ts';
import { versionModel } from '../../../publish/version-model.ts';
import { model, policies } from '../../../site/figures.ts';
import { siteRoot } from '../../../site/paths.ts';
import { renderedReportPages, type ReportPage } from '../../../site/reports.ts';

export const getStaticPaths = (async () => {
  const pages = await renderedReportPages();
  return pages.flatMap((page) => {
    const { route } = page;
    if (route.kind !== 'version' || route.current) return [];
    return (['csv', 'json'] as const).map((format) => ({
      params: { file: versionDownloadPath(page.report.id, route.version, format).replace(/^\/data\/reports\//, '') },
      props: { page, version: route.version, format },
    }));
  });
}) satisfies GetStaticPaths;

interface Props {
  page: ReportPage;
  version: number;
  format: 'csv' | 'json';
}

// A version's CSV and JSON list the same rows and are made one after the other (getStaticPaths): computed once for both.
const recentRows = new RecentlyUsed<string, VersionRow[]>(1);

/** A published version's figures, computed from its frozen rows: the same file for as long as the version stands. */
export const GET: APIRoute<Props> = async ({ props: { page, version, format } }) => {
  const published = page.versions.find((v) => v.version === version);
  if (published === undefined) throw new Error(`content/reports/${page.report.id} has no version ${version}`);
  const facts = { report: page.report.id, version, published: published.published };
  const key = `${page.report.id}@v${version}`;
  let rows = recentRows.peek(key);
  if (rows === undefined) {
    rows = versionRows(await versionModel(published, siteRoot, { relations: model.dataset.relations, policies }), facts);
    recentRows.set(key, rows);
  }
  if (format === 'csv') return new Response(tidyCsv(rows, VERSION_COLUMNS));
  return new Response(versionJson({ ...facts, title: page.entry.data.title, checksum: published.checksum, figures: rows }));
};
