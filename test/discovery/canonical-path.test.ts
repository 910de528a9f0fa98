import { describe, expect, it } from 'vitest';
import { canonicalPath } from '../../src/publish/discovery/canonical-path.ts';
import { reportRoutes } from '../../src/publish/report-routes.ts';

describe('canonicalPath', () => {
  it("points the report's address and its latest version's permanent address at the report's address, and each earlier version at itself", () => {
    const routes = reportRoutes('barnsley-2022-09-13', { versions: [1, 2], status: 'published', drafts: false });
    expect(routes.map((route) => [route.path, canonicalPath('barnsley-2022-09-13', route)])).toEqual([
      ['barnsley-2022-09-13', '/reports/barnsley-2022-09-13/'],
      ['barnsley-2022-09-13/v1', '/reports/barnsley-2022-09-13/v1/'],
      ['barnsley-2022-09-13/v2', '/reports/barnsley-2022-09-13/'],
    ]);
  });

  it('gives a draft or an amendment in preparation no canonical address, and a report published but never frozen its own', () => {
    const drafts = reportRoutes('x', { versions: [1], status: 'published', drafts: true });
    expect(drafts.filter((r) => r.kind === 'working').map((r) => canonicalPath('x', r))).toEqual([undefined]);
    const [draft] = reportRoutes('y', { versions: [], status: 'draft', drafts: true });
    const [unfrozen] = reportRoutes('z', { versions: [], status: 'published', drafts: false });
    expect(draft && canonicalPath('y', draft)).toBeUndefined();
    expect(unfrozen && canonicalPath('z', unfrozen)).toBe('/reports/z/');
  });
});
