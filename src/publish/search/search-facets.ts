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

/**
 * The attributes that mark a report's article for Pagefind: its body, and each filter and meta value in
 * a data attribute of its own, which `data-pagefind-filter` and `data-pagefind-meta` name as
 * `key[attribute]`. A value in an attribute may hold commas, which Pagefind's inline `key:value` form
 * would split.
 */
export function searchAttributes(facets: SearchFacets): Record<string, string> {
  const attributes: Record<string, string> = { 'data-pagefind-body': '' };
  const capture = (kind: 'filter' | 'meta', values: Record<string, string>): void => {
    const names = Object.keys(values);
    attributes[`data-pagefind-${kind}`] = names.map((name) => `${name}[data-search-${name}]`).join(', ');
    for (const name of names) attributes[`data-search-${name}`] = values[name] ?? '';
  };
  capture('filter', facets.filters);
  capture('meta', facets.meta);
  return attributes;
}
