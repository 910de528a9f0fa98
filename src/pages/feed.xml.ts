import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems, type FeedReport } from '../publish/discovery/feed-items.ts';
import { model } from '../site/figures.ts';
import { reportPages } from '../site/reports.ts';
import { theme } from '../site/theme.ts';

/** Every published version, newest first: a new report, or an amendment with its dated note. */
export async function GET(context: APIContext): Promise<Response> {
  const reports = new Map<string, FeedReport & { versions: FeedReport['versions'][number][] }>();
  for (const { route, report, entry, versions } of await reportPages()) {
    // Each version's permanent page carries that version's own frozen front matter.
    if (route.kind !== 'version' || route.current) continue;
    const record = versions.find((v) => v.version === route.version);
    if (record === undefined) continue;
    const code = report.data.authority;
    const council = model.dataset.areas.get(code)?.name ?? model.dataset.areasByDfeCode.get(code)?.name ?? code;
    const found = reports.get(report.id) ?? { id: report.id, council, committee: report.data.committee, meetingDate: report.data.meetingDate, versions: [] };
    found.versions.push({ version: record.version, published: record.published, note: record.note, title: entry.data.title, purpose: entry.data.purpose });
    reports.set(report.id, found);
  }
  const site = context.site;
  if (site === undefined) throw new Error('astro.config.mjs must set `site`: the feed needs absolute links');
  return rss({
    title: `${theme.name}: new and amended reports`,
    description: `${theme.tagline}. One entry for each report published and each amendment, newest first.`,
    site,
    trailingSlash: true,
    items: feedItems([...reports.values()]),
    customData: '<language>en-gb</language>',
  });
}
