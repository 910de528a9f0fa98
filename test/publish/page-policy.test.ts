import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mayBreach, pagePolicyBreaches, parsedBreaches } from '../../src/publish/page-policy.ts';
import { pagePolicyCheck } from '../../src/publish/page-policy-integration.ts';

const site = new URL('https://example.org/');
const page = (body: string, head = ''): string =>
  `<!doctype html>\n<html lang="en-GB">\n<head><title>Fixture</title><link rel="stylesheet" href="/site.css"><link rel="canonical" href="https://example.org/x/">${head}</head>\n<body><main>\n${body}\n</main></body></html>`;
const breaches = (body: string, head = '') => pagePolicyBreaches(page(body, head), site).map((b) => `${b.line} ${b.message}`);

describe('pagePolicyBreaches', () => {
  it('passes a page with JSON-LD, the site’s own script file and stylesheet, a data: image and links to other hosts', () => {
    expect(
      breaches(
        '<script type="application/ld+json">{"@type":"Report"}</script><script type="module" src="/search.js"></script><img src="data:image/png;base64,AA==" alt=""><a href="https://www.gov.uk/">GOV.UK</a><svg><use href="#icon"></use></svg>',
        '<link rel="alternate" type="application/rss+xml" href="https://example.org/feed.xml">',
      ),
    ).toEqual([]);
  });

  it('finds inline script, event handlers, inline styles and javascript: links, each at its line', () => {
    expect(breaches('<p style="color:red" onclick="x()">a</p>\n<style>p{}</style>\n<script>document.title = 1</script>\n<a href=" javascript:alert(1)">x</a>')).toEqual([
      "5 <p> has a style attribute: style-src 'self' refuses inline styles",
      '5 <p> has an event handler, onclick=, which runs inline script: script-src \'self\' refuses it',
      "6 <style> element: style-src 'self' refuses inline styles; styles belong in the site's stylesheets",
      "7 inline <script> (document.title = 1…): script-src 'self' refuses inline script; only JSON-LD (type=\"application/ld+json\") may be inline",
      "8 <a> links to a javascript: address, which runs inline script: script-src 'self' refuses it",
    ]);
  });

  it('finds anything loaded from another host: images, srcsets, SVG images, stylesheets, frames and forms', () => {
    expect(
      breaches(
        '<img src="http://192.0.2.1/tracker.png" alt=""><img src="/a.png" srcset="/a.png 1x, //evil.example/a.png 2x" alt=""><svg><image href="https://evil.example/i.svg"/></svg><iframe src="https://evil.example/"></iframe><form action="https://evil.example/post"></form>',
        '<link rel="stylesheet" href="https://cdn.example/x.css">',
      ),
    ).toEqual([
      "3 <link rel=\"stylesheet\" href=\"https://cdn.example/x.css\"> loads from another host (https://cdn.example): the policy allows only the site's own files",
      "5 <img src=\"http://192.0.2.1/tracker.png\"> loads from another host (http://192.0.2.1): the policy allows only the site's own files",
      "5 <img srcset=\"//evil.example/a.png\"> loads from another host (https://evil.example): the policy allows only the site's own files",
      "5 <image href=\"https://evil.example/i.svg\"> loads from another host (https://evil.example): the policy allows only the site's own files",
      "5 <iframe src=\"https://evil.example/\"> loads from another host (https://evil.example): the policy allows only the site's own files",
      "5 <form action=\"https://evil.example/post\"> loads from another host (https://evil.example): the policy allows only the site's own files",
    ]);
  });
});

describe('mayBreach, the scan that spares most pages a parse', () => {
  const hostile = [
    '<p style="color:red">a</p>',
    '<P STYLE="color:red">a</P>',
    '<img/onerror=alert(1) src="/x.png">',
    '<img src="/x.png" alt=""ONERROR="alert(1)">',
    '<style>p{}</style>',
    '<script>alert(1)</script>',
    '<script type="module">alert(1)</script>',
    '<script src="//evil.example/x.js"></script>',
    '<a href="java&#115;cript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" JavaScript:alert(1)">x</a>',
    '<a href=javascript:alert(1)>x</a>',
    '<IMG SRC="HTTPS://EVIL.EXAMPLE/x.png" alt="">',
    '<img src=//evil.example/x.png alt="">',
    '<img src="/a.png" srcset="/a.png 1x, https://evil.example/a.png 2x" alt="">',
    '<svg><image href="https://evil.example/i.svg"/></svg>',
    '<form action="https://evil.example/post"></form>',
    '<iframe src="data:text/html,x"></iframe>',
    '<object data="https://evil.example/x"></object>',
    '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    '<base href="https://evil.example/">',
  ];

  it.each(hostile)('flags every page the parser finds a breach in: %s', (body) => {
    const html = page(body, body.startsWith('<meta') || body.startsWith('<base') ? body : '');
    expect(parsedBreaches(html, site).length).toBeGreaterThan(0);
    expect(mayBreach(html, site)).toBe(true);
  });

  it('flags a stylesheet from another host however its link is written', () => {
    for (const link of ['<link rel="stylesheet" href="https://cdn.example/x.css">', "<LINK REL=stylesheet HREF='//cdn.example/x.css'>", '<link title="a>b" rel="stylesheet" href="//cdn.example/x.css">']) {
      expect(mayBreach(page('<p>a</p>', link), site), link).toBe(true);
      expect(parsedBreaches(page('<p>a</p>', link), site).length, link).toBeGreaterThan(0);
    }
  });

  it('passes a page like the site’s own without a parse', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Report"}</script><a href="https://www.gov.uk/">GOV.UK</a><a href="/reports/x/v1/">v1</a><svg viewBox="0 0 10 10"><path d="M0,0L10,10"></path></svg><p>Text with data: and javascript: in it, and a sentence on style.</p>',
      '<link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="stylesheet" href="/theme.css">',
    );
    expect(mayBreach(html, site)).toBe(false);
  });
});

describe('the build’s page policy check (astro:build:done)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tabled-page-policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async () => {
    const integration = pagePolicyCheck();
    const logged: string[] = [];
    const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']?.({ config: { site: 'https://example.org' } });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger: { info: (line: string) => logged.push(line) } });
    return logged;
  };

  it('reads every page written and passes a site that keeps the policy', async () => {
    mkdirSync(join(dir, 'reports/a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page('<p>Clean.</p>'));
    writeFileSync(join(dir, 'reports/a/index.html'), page('<p>Clean too.</p>'));
    expect(await run()).toEqual(['page policy: 2 pages read, none runs inline script, styles inline or loads from another host']);
  });

  it('fails the build naming each page and line that breaks it, and what to do', async () => {
    writeFileSync(join(dir, 'reports/a/index.html'), page('<img src="/x.png" alt="" onerror="alert(1)">'));
    await expect(run()).rejects.toThrow(
      [
        "1 place in the built pages break the site's Content-Security-Policy (public/_headers), which every page must keep:",
        "  reports/a/index.html:5 <img> has an event handler, onerror=, which runs inline script: script-src 'self' refuses it",
        "Pages may run only the site's own script files, style only with its stylesheets, and load nothing from another host. Find what wrote each one (a report's MDX, a council's or the theme's configuration, or the site's code in src/) and remove it: docs/authoring-safety.md says what a report may hold.",
      ].join('\n'),
    );
  });
});
