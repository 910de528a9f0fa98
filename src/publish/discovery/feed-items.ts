import { parsePeriod, periodLabel } from '../../engine/index.ts';

/** One report and its published versions, as the feed needs them. */
export interface FeedReport {
  id: string;
  council: string;
  committee: string;
  meetingDate: string;
  /** Every published version, each with the title and purpose its own frozen front matter gives. */
  versions: readonly { version: number; published: string; note?: string | undefined; title: string; purpose: string }[];
}

/** A feed entry: a new report (version 1) or an amendment, at the version's permanent address. */
export interface FeedItem {
  title: string;
  /** The version's own address, relative to the site. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

const dateOf = (published: string): Date => new Date(`${published}T00:00:00Z`);

/** "1 December 2020", from the meeting date the front matter gives. */
function meetingDay(isoDate: string): string {
  const parsed = parsePeriod(isoDate);
  if (!parsed.ok || parsed.period.kind !== 'date') throw new Error(`meeting date "${isoDate}" is not a date written as YYYY-MM-DD`);
  return periodLabel(parsed.period);
}

/**
 * One item per published version, newest first (then the higher version, then the report id, so the
 * order never depends on the order files were read). Dates are the versions' own publication dates.
 */
export function feedItems(reports: readonly FeedReport[]): FeedItem[] {
  const rows = reports.flatMap((report) => {
    const about = `${report.council}, ${report.committee}, meeting of ${meetingDay(report.meetingDate)}.`;
    return report.versions.map((v) => ({
      sortKey: [v.published, v.version, report.id] as const,
      item: {
        title: v.version === 1 ? `Published: ${v.title}` : `Amended (version ${v.version}): ${v.title}`,
        link: `/reports/${report.id}/v${v.version}/`,
        pubDate: dateOf(v.published),
        description: v.version === 1 ? `${about} ${v.purpose}` : `${about} Version ${v.version}, amended: ${v.note ?? v.purpose}`,
        categories: [report.council, report.committee],
      },
    }));
  });
  rows.sort((a, b) => {
    const [pa, va, ia] = a.sortKey;
    const [pb, vb, ib] = b.sortKey;
    return pb.localeCompare(pa) || vb - va || ia.localeCompare(ib);
  });
  return rows.map((row) => row.item);
}
