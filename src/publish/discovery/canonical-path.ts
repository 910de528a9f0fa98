import type { ReportRoute } from '../report-routes.ts';

/**
 * The address search engines should treat as a report page's own.
 * - The report's address (`/reports/<id>/`) is canonical: it always shows the latest version.
 * - The latest version's permanent address (`/v<latest>/`) shows the same text, so it points to the report's address.
 * - An earlier version's address is canonical to itself: it is a permanent record whose figures differ
 *   from the latest, not a copy of it (the page is also `noindex`, so it never outranks the latest).
 * - A draft has no canonical address: it is not published.
 */
export function canonicalPath(id: string, route: ReportRoute): string | undefined {
  if (route.kind === 'working') return route.state === 'unfrozen' ? `/reports/${id}/` : undefined;
  if (route.latest) return `/reports/${id}/`;
  return `/reports/${route.path}/`;
}
