/**
 * The CSP and request check shown to fail on a page that breaks the site's policy, and to pass on the
 * same page without the breach; and the _headers file read as Netlify and Cloudflare Pages read it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/pdf.ts';
import { policyProblems, watchPolicy } from './checks/policy.ts';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.ts';
import { serveSite, type ServedSite } from '../../scripts/serve-site.ts';

const dir = resolve(`test/.tmp/policy-check-${process.pid}`);
const page = (body: string, head = ''): string => `<!doctype html><html lang="en-GB"><head><title>Fixture</title><link rel="stylesheet" href="/site.css">${head}</head><body><main>${body}</main></body></html>`;
let browser: Browser;
let server: ServedSite;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_headers'), readFileSync('public/_headers'));
  writeFileSync(join(dir, 'site.css'), 'main { color: #0b0c0c; }');
  writeFileSync(join(dir, 'index.html'), page('<p>Clean.</p>'));
  writeFileSync(join(dir, 'inline-style.html'), page('<p style="color:red">Styled inline.</p>', '<style>p{color:blue}</style>'));
  writeFileSync(join(dir, 'inline-script.html'), page('<p>Scripted.</p><script>document.title = "changed";</script>'));
  writeFileSync(join(dir, 'handler.html'), page('<img src="/nothing.png" alt="" onerror="document.title = 1">'));
  writeFileSync(join(dir, 'foreign.html'), page('<img src="http://192.0.2.1/tracker.png" alt="">'));
  server = await serveSite(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function problemsOf(path: string): Promise<string[]> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await watchPolicy(tab, server.origin);
  await tab.goto(server.origin + path, { waitUntil: 'load' });
  await tab.waitForTimeout(200);
  const found = policyProblems(tab);
  await context.close();
  return found;
}

describe('the CSP and request check', () => {
  it('passes a page that uses only the site’s own stylesheet', async () => {
    expect(await problemsOf('/')).toEqual([]);
  });

  it('fails a page with an inline style element and a style attribute', async () => {
    const found = await problemsOf('/inline-style.html');
    expect(found.some((line) => line.startsWith('CSP violation: style-src'))).toBe(true);
  });

  it('fails a page with an inline script', async () => {
    expect((await problemsOf('/inline-script.html')).some((line) => line.startsWith('CSP violation: script-src'))).toBe(true);
  });

  it('fails a page with an inline event handler', async () => {
    expect((await problemsOf('/handler.html')).some((line) => line.startsWith('CSP violation: script-src'))).toBe(true);
  });

  it('fails a page that asks another host for anything', async () => {
    expect(await problemsOf('/foreign.html')).toContain('request to another host: http://192.0.2.1/tracker.png');
  });

  it('is served the _headers file’s policy, and the file itself is not served', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.origin}/_headers`)).status).toBe(404);
  });
});

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  it('give every page the strict policy, with no inline script or style and no other host', () => {
    const csp = headersFor(rules, '/reports/x/')['content-security-policy'] ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval'|\*/);
    expect(headersFor(rules, '/reports/x/')['referrer-policy']).toBe('no-referrer');
  });

  it('let a browser keep Astro’s files, named by their content, for a year, and nothing else', () => {
    expect(headersFor(rules, '/_astro/Base.DxqoNdIE.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/reports/x/', '/theme.css', '/favicon.ico', '/data/reports/x/v1/figures.csv', '/pagefind/pagefind.js']) {
      expect(headersFor(rules, path)['cache-control'], path).toBeUndefined();
    }
  });

  it('give the search page, and Pagefind’s own files (its worker compiles the WebAssembly), one policy that allows WebAssembly, not two joined', () => {
    for (const path of ['/search/', '/pagefind/pagefind-worker.js', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']) {
      const csp = headersFor(rules, path)['content-security-policy'] ?? '';
      expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp.split('default-src').length - 1, path).toBe(1);
    }
    expect(headersFor(rules, '/reports/x/')['content-security-policy']).not.toContain('wasm-unsafe-eval');
  });

  it('let any site frame a report chart’s own page and CSV, at the report’s address and a version’s, with the same policy otherwise', () => {
    for (const path of ['/reports/x/figures/trend-referrals/', '/reports/x/v2/figures/trend-referrals/', '/reports/x/figures/trend-referrals.csv']) {
      const headers = headersFor(rules, path);
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toContain('frame-ancestors *');
      expect(csp.split('default-src').length - 1, path).toBe(1);
      for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'"]) expect(csp, path).toContain(directive);
      expect(headers['x-frame-options'], path).toBeUndefined();
    }
    for (const path of ['/reports/x/', '/reports/x/v2/', '/indicators/referrals/']) {
      expect(headersFor(rules, path)['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headersFor(rules, path)['x-frame-options'], path).toBe('DENY');
    }
  });

  it('join a header two blocks set, as Cloudflare does, unless the later block drops it first', () => {
    const joined = parseHeadersFile('/*\n  X-A: 1\n/b/*\n  X-A: 2\n/c/*\n  ! X-A\n  X-A: 3\n');
    expect(headersFor(joined, '/b/x')).toEqual({ 'x-a': '1, 2' });
    expect(headersFor(joined, '/c/x')).toEqual({ 'x-a': '3' });
  });

  it('refuse a header line that is not "Name: value"', () => {
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow('_headers line 2: expected "Name: value" or "! Name", found: not a header');
  });
});
