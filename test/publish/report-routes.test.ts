import { describe, expect, it } from 'vitest';
import { reportRoutes } from '../../src/publish/report-routes.ts';

describe('reportRoutes', () => {
  it('gives a draft no page in a production build, and its own address when drafts are asked for', () => {
    expect(reportRoutes('barnsley-2022-09-13', { versions: [], status: 'draft', drafts: false })).toEqual([]);
    expect(reportRoutes('barnsley-2022-09-13', { versions: [], status: 'draft', drafts: true })).toEqual([
      { kind: 'working', path: 'barnsley-2022-09-13', state: 'draft' },
    ]);
  });

  it('shows the latest version at the report address and keeps every version at its own', () => {
    expect(reportRoutes('x', { versions: [1, 2], status: 'published', drafts: false })).toEqual([
      { kind: 'version', path: 'x', version: 2, latest: true, current: true },
      { kind: 'version', path: 'x/v1', version: 1, latest: false, current: false },
      { kind: 'version', path: 'x/v2', version: 2, latest: true, current: false },
    ]);
  });

  it('adds the amendment in preparation at <id>/draft only when drafts are asked for', () => {
    const routes = reportRoutes('x', { versions: [1], status: 'published', drafts: true });
    expect(routes.at(-1)).toEqual({ kind: 'working', path: 'x/draft', state: 'amendment' });
  });

  it('still builds a report marked published by hand but never frozen, as unfrozen', () => {
    expect(reportRoutes('x', { versions: [], status: 'published', drafts: false })).toEqual([{ kind: 'working', path: 'x', state: 'unfrozen' }]);
  });
});
