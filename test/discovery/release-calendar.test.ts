import { describe, expect, it } from 'vitest';
import { releaseCalendar, upcomingReleases } from '../../src/publish/discovery/release-calendar.ts';

const entry = (id: string, meetingDate: string, status: 'draft' | 'published', title = `Report ${id}`) => ({
  id,
  data: { title, committee: 'Scrutiny, Children and Families', meetingDate, authority: 'X00000001', status, fictional: true },
});

describe('upcomingReleases', () => {
  it('lists drafts never published, soonest meeting first, with only their title, council, committee and date', () => {
    const releases = upcomingReleases(
      [entry('c', '2025-09-01', 'draft'), entry('a', '2025-07-15', 'draft'), entry('published', '2025-06-01', 'published'), entry('amending', '2025-05-01', 'draft')],
      (id) => id === 'amending',
      () => 'Fictional Borough Council',
    );
    expect(releases).toEqual([
      { id: 'a', title: 'Report a', council: 'Fictional Borough Council', committee: 'Scrutiny, Children and Families', meetingDate: '2025-07-15', fictional: true },
      { id: 'c', title: 'Report c', council: 'Fictional Borough Council', committee: 'Scrutiny, Children and Families', meetingDate: '2025-09-01', fictional: true },
    ]);
  });
});

describe('releaseCalendar', () => {
  const releases = upcomingReleases([entry('fb-2025-07', '2025-12-31', 'draft', 'Performance; a long title that runs past the seventy-five octets of one line')], () => false, () => 'Fictional Borough Council');
  const ics = releaseCalendar(releases, { name: 'Reports, Fictional', address: 'https://reports.example-council.gov.uk', page: '/calendar/' });

  it('writes an iCalendar file with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tabled//Reports\\, Fictional//EN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('gives each release an all-day event on its meeting date, dated by the meeting rather than the clock, with escaped text', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('UID:fb-2025-07@reports.example-council.gov.uk\r\nDTSTAMP:20251231T000000Z\r\nDTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
    expect(unfolded).toContain('SUMMARY:Report due: Performance\\; a long title that runs past the seventy-five octets of one line\r\n');
    expect(unfolded).toContain('DESCRIPTION:Fictional Borough Council (fictional council)\\, Scrutiny\\, Children and Families. The report is due to be published for this meeting.\r\n');
    expect(unfolded).toContain('URL:https://reports.example-council.gov.uk/calendar/\r\n');
  });

  it('is an empty calendar when nothing is announced', () => {
    expect(releaseCalendar([], { name: 'R', address: 'https://r.example', page: '/calendar/' })).not.toContain('VEVENT');
  });
});
