import { getCollection, type CollectionEntry } from 'astro:content';

export type Report = CollectionEntry<'reports'>;

let cached: Promise<Report[]> | undefined;

/**
 * Every report the build publishes, newest meeting first, read once per build.
 * Drafts are left out of production builds unless TABLED_DRAFTS=1.
 */
export function allReports(): Promise<Report[]> {
  cached ??= getCollection('reports').then((entries) =>
    entries
      .filter((entry) => entry.data.status === 'published' || process.env['TABLED_DRAFTS'] === '1')
      .sort((a, b) => b.data.meetingDate.localeCompare(a.data.meetingDate) || a.id.localeCompare(b.id)),
  );
  return cached;
}

export function reportPath(report: Report): string {
  return `/reports/${report.id}/`;
}

/** "1 December 2020" */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
