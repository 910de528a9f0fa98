/** A report announced before publication: when and where, never what it says. */
export interface Release {
  id: string;
  title: string;
  council: string;
  committee: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  fictional: boolean;
}

interface ReportEntry {
  id: string;
  data: { title: string; committee: string; meetingDate: string; authority: string; status: 'draft' | 'published'; fictional: boolean };
}

/**
 * The reports still in draft, never published, each with its meeting date, soonest first: what the
 * Code of Practice for Statistics calls pre-announced releases. Only the front matter's title,
 * council, committee and date are taken; nothing of a draft's text or figures.
 */
export function upcomingReleases(reports: readonly ReportEntry[], isPublished: (id: string) => boolean, councilName: (authority: string) => string): Release[] {
  return reports
    .filter((r) => r.data.status === 'draft' && !isPublished(r.id))
    .map((r) => ({ id: r.id, title: r.data.title, council: councilName(r.data.authority), committee: r.data.committee, meetingDate: r.data.meetingDate, fictional: r.data.fictional }))
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id.localeCompare(b.id));
}

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folds lines longer than 75 octets, going on after a line break and one space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a UTF-8 character: back off over continuation bytes.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

const compact = (date: string): string => date.replace(/-/g, '');

function dayAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The releases as an iCalendar file: one all-day event on each meeting date. DTSTAMP is the meeting
 * date too, not the build's clock, so that two builds of the same commit give the same bytes.
 */
export function releaseCalendar(releases: readonly Release[], site: { name: string; address: string; page: string }): string {
  const host = new URL(site.address).hostname;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Tabled//${icsText(site.name)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`${site.name}: reports due`)}`,
    ...releases.flatMap((r) => [
      'BEGIN:VEVENT',
      `UID:${r.id}@${host}`,
      `DTSTAMP:${compact(r.meetingDate)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.meetingDate)}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(r.meetingDate))}`,
      `SUMMARY:${icsText(`Report due: ${r.title}`)}`,
      `DESCRIPTION:${icsText(`${r.council}${r.fictional ? ' (fictional council)' : ''}, ${r.committee}. The report is due to be published for this meeting.`)}`,
      `URL:${new URL(site.page, site.address).href}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
