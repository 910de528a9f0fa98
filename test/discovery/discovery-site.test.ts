/**
 * The discovery site built for real: its feed, sitemap, and the canonical link, Open Graph tags and
 * schema.org Dataset in each report page's head, read back from the files written.
 */
import { rmSync } from 'node:fs';
import { DOMParser, parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const outDir = `test/.tmp/discovery-site-${process.pid}`;
const site = buildSite('test/sites/discovery', {}, outDir);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const xml = (path: string) => new DOMParser().parseFromString(site.file(path), 'text/xml');
const head = (path: string) => parseHTML(site.file(path)).document;
const text = (element: Element | null | undefined): string | undefined => element?.textContent?.trim();

function jsonLd(path: string): Record<string, unknown>[] {
  return [...head(path).querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
}

describe('the feed', () => {
  it('builds', () => {
    expect(site.ok, site.output).toBe(true);
  });

  it('builds without a warning for a publisher to wade through (Rolldown warned ten lines per MDX report)', () => {
    expect(site.output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
  });

  it('has one item per published version, newest first, dated from the version records, linking to each version for good', () => {
    const items = [...xml('feed.xml').querySelectorAll('item')].map((item) => ({
      title: text(item.querySelector('title')),
      link: text(item.querySelector('link')),
      date: new Date(text(item.querySelector('pubDate')) ?? '').toISOString().slice(0, 10),
    }));
    expect(items).toEqual([
      { title: 'Amended (version 2): Children looked after: July 2022', link: 'https://example.org/reports/barnsley-looked-after/v2/', date: '2026-12-01' },
      { title: "Published: Testshire children's services performance: March 2025", link: 'https://example.org/reports/testshire-2025-04/v1/', date: '2026-11-30' },
      { title: 'Published: Children looked after: July 2022', link: 'https://example.org/reports/barnsley-looked-after/v1/', date: '2026-11-28' },
    ]);
  });

  it("carries an amendment's dated note, and is linked from every page's head", () => {
    const amendment = xml('feed.xml').querySelector('item');
    expect(text(amendment?.querySelector('description'))).toContain('Version 2, amended: The text now says that the assessment figures are unchanged; no figure changed.');
    for (const page of ['index.html', 'search/index.html', 'reports/testshire-2025-04/index.html']) {
      expect(head(page).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), page).toBe('/feed.xml');
    }
  });
});

describe('the sitemap', () => {
  it("lists every report's address and every version's permanent address, and the search page, but no draft", () => {
    const index = [...xml('sitemap-index.xml').querySelectorAll('sitemap loc')].map((loc) => text(loc));
    expect(index).toEqual(['https://example.org/sitemap-0.xml']);
    const urls = [...xml('sitemap-0.xml').querySelectorAll('url loc')].map((loc) => text(loc) ?? '');
    expect(urls.filter((url) => url.includes('/reports/')).sort()).toEqual([
      'https://example.org/reports/barnsley-looked-after/',
      'https://example.org/reports/barnsley-looked-after/v1/',
      'https://example.org/reports/barnsley-looked-after/v2/',
      'https://example.org/reports/testshire-2025-04/',
      'https://example.org/reports/testshire-2025-04/v1/',
    ]);
    expect(urls).toContain('https://example.org/');
    expect(urls).toContain('https://example.org/search/');
    expect(urls.filter((url) => url.includes('404'))).toEqual([]);
  });
});

describe('a report page head', () => {
  it("is canonical at the report's address, and so is its latest version's permanent address; an earlier version is canonical to itself", () => {
    const canonical = (page: string) => head(page).querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical('reports/barnsley-looked-after/index.html')).toBe('https://example.org/reports/barnsley-looked-after/');
    expect(canonical('reports/barnsley-looked-after/v2/index.html')).toBe('https://example.org/reports/barnsley-looked-after/');
    expect(canonical('reports/barnsley-looked-after/v1/index.html')).toBe('https://example.org/reports/barnsley-looked-after/v1/');
    expect(canonical('404.html')).toBeUndefined();
  });

  it('has Open Graph tags naming the report, its purpose and its address', () => {
    const document = head('reports/testshire-2025-04/index.html');
    const og = Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((meta) => [meta.getAttribute('property'), meta.getAttribute('content')]));
    expect(og).toMatchObject({
      'og:title': "Testshire children's services performance: March 2025",
      'og:description': 'A fictional report for the search, feed and discovery tests. Testshire is not a real council and these figures describe no real children.',
      'og:type': 'article',
      'og:url': 'https://example.org/reports/testshire-2025-04/',
    });
    expect(head('search/index.html').querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
  });

  it('describes the report as a schema.org Dataset, dated from its versions, that parses back as JSON', () => {
    const [dataset, ...others] = jsonLd('reports/barnsley-looked-after/index.html');
    expect(others).toEqual([]);
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Children looked after: July 2022',
      url: 'https://example.org/reports/barnsley-looked-after/',
      version: '2',
      datePublished: '2026-11-28',
      dateModified: '2026-12-01',
      creator: { '@type': 'GovernmentOrganization', name: 'Barnsley', identifier: 'E08000016' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Barnsley', identifier: 'E08000016' },
      spatialCoverage: { '@type': 'AdministrativeArea', name: 'Barnsley' },
      temporalCoverage: '2022-07-01/2022-07-31',
    });
    const distribution = dataset?.['distribution'] as { contentUrl: string; encodingFormat: string }[];
    expect(distribution.map((d) => [d.contentUrl, d.encodingFormat])).toEqual([
      ['https://example.org/data/reports/barnsley-looked-after/v2/figures.csv', 'text/csv'],
      ['https://example.org/data/reports/barnsley-looked-after/v2/figures.json', 'application/json'],
    ]);
    for (const { contentUrl } of distribution) expect(site.exists(new URL(contentUrl).pathname.slice(1)), contentUrl).toBe(true);
    const [v1] = jsonLd('reports/barnsley-looked-after/v1/index.html');
    expect([v1?.['version'], v1?.['dateModified'], v1?.['url']]).toEqual(['1', '2026-11-28', 'https://example.org/reports/barnsley-looked-after/v1/']);
    expect(jsonLd('index.html')).toEqual([]);
  });
});

describe('a published report’s charts, at the version’s permanent address', () => {
  const slug = 'trend-referrals-from-2024-04';
  const base = 'reports/testshire-2025-04/v1/';
  it('gives each chart its CSV and its page of its own under the version’s address, of the version’s frozen figures, linking back to it', () => {
    expect(site.exists(`${base}figures/${slug}.csv`)).toBe(true);
    const embed = head(`${base}figures/${slug}/index.html`);
    expect(embed.querySelector('main')?.getAttribute('data-figure-model')).toBe('content/reports/testshire-2025-04/versions/1/data');
    expect(embed.querySelector('.embed-origin a')?.getAttribute('href')).toBe(`/${base}#figure-${slug}`);
    // The latest version: nothing to say it was replaced.
    expect(embed.querySelector('.version-notice')).toBeNull();
  });

  it('links the charts there from the report’s address too, which has no chart pages of its own', () => {
    for (const page of ['reports/testshire-2025-04/', base]) {
      const figure = head(`${page}index.html`).querySelector(`#figure-${slug}`);
      expect(figure?.querySelector(`.figure-links a[href="/${base}figures/${slug}/"]`), page).not.toBeNull();
      expect(figure?.querySelector(`.figure-links a[href="/${base}figures/${slug}.csv"]`), page).not.toBeNull();
    }
    expect(site.exists('reports/testshire-2025-04/figures')).toBe(false);
  });

  it('shows the same article at the report’s address and the latest version’s, which differ only in what search may index', () => {
    const article = (path: string) => head(path).querySelector('article.report');
    const [address, version] = [article('reports/testshire-2025-04/index.html'), article(`${base}index.html`)];
    expect(version?.innerHTML).toContain('figure-links');
    expect(version?.innerHTML).toBe(address?.innerHTML);
    expect(address?.hasAttribute('data-pagefind-body')).toBe(true);
    expect(version?.hasAttribute('data-pagefind-body')).toBe(false);
  });
});
