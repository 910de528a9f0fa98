import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pagePolicyBreaches } from '../../src/publish/page-policy.ts';
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
