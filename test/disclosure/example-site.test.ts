/**
 * The example site (the repository's own content/ and data/) built for real: its disclosure check
 * passes, `npm run scan` agrees on the same folder, and no page has an inline script, event handler or
 * style, or loads anything from another host, so the CSP in public/_headers can hold.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const built = buildSite(process.cwd(), {}, `test/.tmp/disclosure-example-${process.pid}`);
afterAll(() => rmSync(built.outDir, { recursive: true, force: true }));

function pages(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.html')) found.push(relative(built.outDir, join(dir, entry.name)));
    }
  };
  if (built.ok) walk(built.outDir);
  return found.sort();
}
const html = pages();

describe('the example site’s build', () => {
  it('passes the disclosure check at the end of the build', () => {
    expect(built.ok, built.output).toBe(true);
    expect(built.output).toMatch(/disclosure check: \d+ files read, \d+ withheld figures, none can be read or worked out/);
    expect(Number(/(\d+) withheld figures/.exec(built.output)?.[1])).toBeGreaterThan(50);
  });

  it('scans clean with npm run scan, which reads the same folder afresh', () => {
    const run = spawnSync('npm', ['run', '--silent', 'scan', '--', built.outDir], { encoding: 'utf8', timeout: 180_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('none can be read or worked out');
  }, 180_000);

  it('copies the _headers file to the root of the build', () => {
    expect(built.exists('_headers')).toBe(true);
  });
});

describe('every page of the example site', () => {
  it.for(html)('%s has no inline script but JSON-LD, no on* attribute, no inline style, and loads nothing from another host', (file) => {
    const { document } = parseHTML(built.file(file));
    const scripts = [...document.querySelectorAll('script')].filter((s) => !s.hasAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.outerHTML.slice(0, 80)), 'inline scripts').toEqual([]);
    const all = [...document.querySelectorAll('*')];
    expect(all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`)), 'event handlers').toEqual([]);
    expect(all.filter((el) => el.hasAttribute('style')).map((el) => `<${el.tagName.toLowerCase()} style>`), 'style attributes').toEqual([]);
    expect(document.querySelectorAll('style').length, '<style> elements').toBe(0);
    const loads = [
      ...[...document.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('link[href]')].filter((el) => !/\b(canonical|alternate|sitemap)\b/.test(el.getAttribute('rel') ?? '')).map((el) => el.getAttribute('href') ?? ''),
    ];
    expect(loads.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:')), 'resources from another host').toEqual([]);
  });
});
