/** A report as the search page lists it. */
export interface ListedReport {
  title: string;
  href: string;
  council: string;
  committee: string;
  meetingDate: string;
}

export interface CouncilReports {
  council: string;
  years: { year: string; reports: ListedReport[] }[];
}

/**
 * Reports grouped by council (A to Z), then by the year of the meeting (newest first), newest meeting
 * first within a year: the list a reader without JavaScript browses instead of searching.
 */
export function reportsByCouncil(reports: readonly ListedReport[]): CouncilReports[] {
  const councils = [...new Set(reports.map((r) => r.council))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return councils.map((council) => {
    const own = reports.filter((r) => r.council === council);
    const years = [...new Set(own.map((r) => r.meetingDate.slice(0, 4)))].sort().reverse();
    return {
      council,
      years: years.map((year) => ({
        year,
        reports: own
          .filter((r) => r.meetingDate.startsWith(year))
          .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.title.localeCompare(b.title, 'en-GB')),
      })),
    };
  });
}
