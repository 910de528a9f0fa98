/** A page of a report: its working copy (rendered from data/) or one of its published versions (rendered from frozen files). */
export type ReportRoute =
  | {
      kind: 'working';
      /** The route parameter: `<id>` or `<id>/draft`. */
      path: string;
      /**
       * `draft`: never published; `amendment`: the next version in preparation (published versions exist);
       * `unfrozen`: marked published by hand but never frozen with report:publish.
       */
      state: 'draft' | 'amendment' | 'unfrozen';
    }
  | {
      kind: 'version';
      /** The route parameter: `<id>` for the latest version, `<id>/v<n>` for each version permanently. */
      path: string;
      version: number;
      latest: boolean;
      /** True on the report's own address, where the latest version is also checked against data/. */
      current: boolean;
    };

export interface RouteInput {
  /** Published version numbers, oldest first. */
  versions: readonly number[];
  status: 'draft' | 'published';
  /** TABLED_DRAFTS=1: drafts and amendments in preparation are built too. */
  drafts: boolean;
}

/** The pages a report has: its address shows the latest version, and every version keeps its own. */
export function reportRoutes(id: string, { versions, status, drafts }: RouteInput): ReportRoute[] {
  const latest = versions.at(-1);
  if (latest === undefined) {
    if (status === 'published') return [{ kind: 'working', path: id, state: 'unfrozen' }];
    return drafts ? [{ kind: 'working', path: id, state: 'draft' }] : [];
  }
  const routes: ReportRoute[] = [
    { kind: 'version', path: id, version: latest, latest: true, current: true },
    ...versions.map((version): ReportRoute => ({ kind: 'version', path: `${id}/v${version}`, version, latest: version === latest, current: false })),
  ];
  if (drafts) routes.push({ kind: 'working', path: `${id}/draft`, state: 'amendment' });
  return routes;
}

/**
 * Where a report page's charts have their own pages and CSVs. A published version's charts are at its
 * permanent address alone: the report's address shows the latest version and links its charts there, so
 * that a chart embedded on another site or a table downloaded always names the version it is of, and
 * stays as it was when a correction is published.
 */
export function chartsBase(id: string, route: ReportRoute): string {
  return route.kind === 'version' && route.current ? `/reports/${id}/v${route.version}/` : `/reports/${route.path}/`;
}

/** Whether a report page's charts have their pages under its own address (not so the latest version's, at the report's address). */
export function hasChartPages(route: ReportRoute): boolean {
  return !(route.kind === 'version' && route.current);
}
