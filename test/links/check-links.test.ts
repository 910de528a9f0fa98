import { describe, expect, it } from 'vitest';
import { brokenLinks, formatBrokenLinks, pageAddress } from '../../src/publish/links/check-links.ts';
import { pageLinks, type PageLinks } from '../../src/publish/links/page-links.ts';

const ORIGIN = 'https://reports.example-council.gov.uk';

function site(pages: Record<string, string>, assets: string[] = []) {
  const parsed = new Map<string, PageLinks>(Object.entries(pages).map(([file, html]) => [file, pageLinks(html)]));
  const files = new Set([...Object.keys(pages), ...assets]);
  return brokenLinks(parsed, { has: (path) => files.has(path) }, ORIGIN);
}

describe('pageLinks', () => {
  it('finds the addresses a page links to or loads, Open Graph addresses included, and its ids', () => {
    const found = pageLinks(`<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <meta property="og:url" content="${ORIGIN}/about/"><meta property="og:title" content="About"></head>
      <body><a id="top" href="/reports/x/#para-1">x</a><img src="logo.png" srcset="logo.png 1x, logo@2x.png 2x" alt="">
      <form action="/search/"></form><svg><use href="#icon"/></svg><a name="old">old</a></body></html>`);
    expect(found.links).toEqual([
      { url: '/_astro/a.css', where: 'link href' },
      { url: '/favicon.svg', where: 'link href' },
      { url: `${ORIGIN}/about/`, where: 'meta og:url' },
      { url: '/reports/x/#para-1', where: 'a href' },
      { url: 'logo.png', where: 'img src' },
      { url: 'logo.png', where: 'img srcset' },
      { url: 'logo@2x.png', where: 'img srcset' },
      { url: '/search/', where: 'form action' },
      { url: '#icon', where: 'use href' },
    ]);
    expect([...found.ids]).toEqual(['top', 'old']);
  });
});

describe('brokenLinks', () => {
  it('passes links to pages, folders, assets and ids the site has, and leaves other hosts and mailto alone', () => {
    expect(
      site(
        {
          'index.html': `<a href="/about/">About</a><a href="/about/#contact">Contact</a><a href="reports/x/">X</a><a href="#top" id="top">Top</a>
            <img src="/logo.svg" alt=""><a href="https://www.gov.uk/x">GOV.UK</a><a href="mailto:a@b.c">Mail</a><link rel="canonical" href="${ORIGIN}/">`,
          'about/index.html': '<h2 id="contact">Contact</h2>',
          'reports/x/index.html': '<a href="../../about/">About</a><a href="/data/x.csv">CSV</a>',
        },
        ['logo.svg', 'data/x.csv'],
      ),
    ).toEqual([]);
  });

  it('names the page, the link and why for a missing page, a missing asset, a missing id, a folder without its slash and a canonical address off the site', () => {
    const broken = site({
      'index.html': `<a href="/abuot/">About</a><img src="/logo.png" alt=""><a href="/about/#contacts">Contacts</a><a href="/about">About</a>`,
      'about/index.html': '<h2 id="contact">Contact</h2>',
      'reports/x/v1/index.html': `<link rel="canonical" href="${ORIGIN}/reports/x/">`,
    });
    expect(broken.map((b) => `${b.page}: ${b.where}="${b.url}" ${b.why}`)).toEqual([
      '/: a href="/abuot/" leads to no file in the site',
      '/: img src="/logo.png" leads to no file in the site',
      '/: a href="/about/#contacts" names #contacts, which is not on /about/',
      '/: a href="/about" needs a trailing slash (/about/)',
      `/reports/x/v1/: link href="${ORIGIN}/reports/x/" leads to no file in the site`,
    ]);
    expect(formatBrokenLinks(broken).split('\n')[0]).toBe('Link check failed: 5 broken links on 2 pages');
  });

  it('reads a page file as the address a reader visits', () => {
    expect(['index.html', 'reports/x/index.html', '404.html'].map(pageAddress)).toEqual(['/', '/reports/x/', '/404.html']);
  });
});
