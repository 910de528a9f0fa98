import { describe, expect, it } from 'vitest';
import { feedItems, type FeedReport } from '../../src/publish/discovery/feed-items.ts';
import { readPublishedVersions } from '../../src/publish/published-versions.ts';

const site = 'test/sites/discovery/content/reports';

/** The discovery site's reports with their committed version records. */
async function discoveryReports(): Promise<FeedReport[]> {
  const barnsley = await readPublishedVersions(`${site}/barnsley-looked-after`);
  const testshire = await readPublishedVersions(`${site}/testshire-2025-04`);
  const frame = (title: string, purpose: string) => (v: (typeof barnsley)[number]) => ({ version: v.version, published: v.published, note: v.note, title, purpose });
  return [
    { id: 'barnsley-looked-after', council: 'Barnsley', committee: 'Safeguarding Private Member Briefing', meetingDate: '2022-09-13', versions: barnsley.map(frame('Children looked after: July 2022', 'A test report.')) },
    { id: 'testshire-2025-04', council: 'Testshire (fictional)', committee: "Children's Services Scrutiny Committee", meetingDate: '2025-04-10', versions: testshire.map(frame('Testshire performance', 'A fictional report.')) },
  ];
}

describe('feedItems', () => {
  it("lists every published version newest first, dated from its own record, at the version's permanent address", async () => {
    const items = feedItems(await discoveryReports());
    expect(items.map((item) => [item.pubDate.toISOString().slice(0, 10), item.link, item.title])).toEqual([
      ['2026-12-01', '/reports/barnsley-looked-after/v2/', 'Amended (version 2): Children looked after: July 2022'],
      ['2026-11-30', '/reports/testshire-2025-04/v1/', 'Published: Testshire performance'],
      ['2026-11-28', '/reports/barnsley-looked-after/v1/', 'Published: Children looked after: July 2022'],
    ]);
  });

  it("describes a new report by its purpose and an amendment by its note, with the council, committee and meeting day", async () => {
    const [amendment, , first] = feedItems(await discoveryReports());
    expect(amendment?.description).toBe(
      'Barnsley, Safeguarding Private Member Briefing, meeting of 13 September 2022. Version 2, amended: The text now says that the assessment figures are unchanged; no figure changed.',
    );
    expect(first?.description).toBe('Barnsley, Safeguarding Private Member Briefing, meeting of 13 September 2022. A test report.');
    expect(first?.categories).toEqual(['Barnsley', 'Safeguarding Private Member Briefing']);
  });

  it('orders versions published on the same day by version, then by report, whatever order they are given in', () => {
    const report = (id: string, versions: number[]): FeedReport => ({
      id,
      council: 'C',
      committee: 'K',
      meetingDate: '2026-01-01',
      versions: versions.map((version) => ({ version, published: '2026-11-28', title: id, purpose: 'p', note: version > 1 ? 'n' : undefined })),
    });
    const links = (reports: FeedReport[]): string[] => feedItems(reports).map((item) => item.link);
    const expected = ['/reports/a/v2/', '/reports/a/v1/', '/reports/b/v1/'];
    expect(links([report('b', [1]), report('a', [1, 2])])).toEqual(expected);
    expect(links([report('a', [1, 2]), report('b', [1])])).toEqual(expected);
  });
});
