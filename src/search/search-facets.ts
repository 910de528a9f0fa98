/** What a report page tells Pagefind about itself, beyond its text. */
export interface SearchFacets {
  /** Narrow results: `data-pagefind-filter`. */
  filters: { council: string; committee: string; year: string };
  /** Shown with a result: `data-pagefind-meta`. */
  meta: { title: string; date: string };
}

/** A report's filters (council, committee, the year of its meeting) and the title and meeting date shown with a result. */
export function searchFacets(report: { title: string; council: string; committee: string; meetingDate: string }): SearchFacets {
  return {
    filters: { council: report.council, committee: report.committee, year: report.meetingDate.slice(0, 4) },
    meta: { title: report.title, date: report.meetingDate },
  };
}
