import { describe, expect, it } from 'vitest';
import { openGraphTags } from '../../src/publish/discovery/open-graph.ts';

describe('openGraphTags', () => {
  it("gives a shared link the page's title, description, type, address, site name and locale", () => {
    const tags = openGraphTags({ title: 'Children looked after: July 2022', description: 'Figures for the briefing.', url: 'https://example.org/reports/x/', type: 'article', siteName: 'Tabled example site' });
    expect(Object.fromEntries(tags.map((t) => [t.property, t.content]))).toEqual({
      'og:title': 'Children looked after: July 2022',
      'og:description': 'Figures for the briefing.',
      'og:type': 'article',
      'og:url': 'https://example.org/reports/x/',
      'og:site_name': 'Tabled example site',
      'og:locale': 'en_GB',
    });
  });

  it('names no address for a page without one of its own, such as the 404 page', () => {
    const tags = openGraphTags({ title: 'Page not found', description: 'Reports', type: 'website', siteName: 'Tabled example site' });
    expect(tags.map((t) => t.property)).toEqual(['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale']);
  });
});
