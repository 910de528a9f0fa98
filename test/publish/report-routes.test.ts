import { describe, expect, it } from 'vitest';
import { chartsBase, hasChartPages, reportRoutes } from '../../src/publish/report-routes.ts';
import { keepArticle, keepKey, takeArticle, type RenderedArticle } from '../../src/render/components/latest-article.ts';

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

describe('where a report page’s charts are published', () => {
  const [address, v1, v2, amendment] = reportRoutes('x', { versions: [1, 2], status: 'published', drafts: true });

  it('puts a published version’s charts under its own address alone, the report’s address linking there', () => {
    expect([address, v1, v2].map((route) => chartsBase('x', route!))).toEqual(['/reports/x/v2/', '/reports/x/v1/', '/reports/x/v2/']);
    expect([address, v1, v2].map((route) => hasChartPages(route!))).toEqual([false, true, true]);
  });

  it('puts a draft’s, an amendment’s and an unfrozen report’s under their own address', () => {
    expect([chartsBase('x', amendment!), hasChartPages(amendment!)]).toEqual(['/reports/x/draft/', true]);
    const [draft] = reportRoutes('y', { versions: [], status: 'draft', drafts: true });
    const [unfrozen] = reportRoutes('z', { versions: [], status: 'published', drafts: false });
    expect([chartsBase('y', draft!), chartsBase('z', unfrozen!)]).toEqual(['/reports/y/', '/reports/z/']);
  });
});

describe('the article the report’s address rendered, shown again at the latest version’s address', () => {
  const [address, v1, v2] = reportRoutes('x', { versions: [1, 2], status: 'published', drafts: false });
  const article: RenderedArticle = { html: '<p>Referrals: 412</p>', symbols: [] };

  it('is kept by the report’s address only, and taken once, by the latest version’s page of the same report', () => {
    expect([address, v1, v2].map((route) => keepKey('x', route!))).toEqual(['x@v2', undefined, undefined]);
    keepArticle('x@v2', article);
    expect(takeArticle('x', v1!)).toBeUndefined();
    expect(takeArticle('x', address!)).toBeUndefined();
    const [, , otherLatest] = reportRoutes('w', { versions: [1, 2], status: 'published', drafts: false });
    expect(takeArticle('w', otherLatest!)).toBeUndefined();
    expect(takeArticle('x', v2!)).toBe(article);
    expect(takeArticle('x', v2!)).toBeUndefined();
  });

  it('is not taken for another version of the report, published since', () => {
    keepArticle('x@v2', article);
    const [, , , v3] = reportRoutes('x', { versions: [1, 2, 3], status: 'published', drafts: false });
    expect(takeArticle('x', v3!)).toBeUndefined();
  });
});
