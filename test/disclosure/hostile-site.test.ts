/**
 * Safe output: test/sites/hostile has `<script>alert(1)</script>` and `<img src=x onerror=alert(1)>` in
 * an indicator name, an area name, a breakdown label (CSV) and the report's title and other front
 * matter. Built for real, every page shows them as text and nowhere as markup.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { buildSite } from '../support/build-site.ts';

const built = buildSite('test/sites/hostile', {}, `test/.tmp/disclosure-hostile-${process.pid}`);
afterAll(() => rmSync(built.outDir, { recursive: true, force: true }));

function files(ext: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(ext)) found.push(relative(built.outDir, join(dir, entry.name)));
    }
  };
  walk(built.outDir);
  return found.sort();
}

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const pages = built.ok ? files('.html') : [];
const doc = (file: string): Document => parseHTML(built.file(file)).document as unknown as Document;

describe('the hostile fixture site', () => {
  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
    expect(pages).toContain('reports/hostile/index.html');
  });

  it.for(pages)('%s has no script but JSON-LD or a file, no element from the data, and no on* attribute', (file) => {
    const document = doc(file);
    const inline = [...document.querySelectorAll('script')].filter((s) => !s.hasAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
    expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
    expect([...document.querySelectorAll('script')].map((s) => s.textContent ?? '').filter((t) => t.includes('alert(1)') && t.includes('</'))).toEqual([]);
    expect(document.querySelectorAll('img[src="x"]').length).toBe(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`));
    expect(handlers).toEqual([]);
  });

  it('shows the report title, the area, the indicator and the breakdown label as text, in the title, headings, table cells, chart and its aria-label', () => {
    const document = doc('reports/hostile/index.html');
    expect(document.querySelector('title')?.textContent).toContain(`Hostile ${SCRIPT} ${IMG} report`);
    expect(document.querySelector('h1')?.textContent).toContain(`Hostile ${SCRIPT} ${IMG} report`);
    const cells = [...document.querySelectorAll('th, td, caption')].map((c) => c.textContent ?? '');
    expect(cells).toContain(`${IMG} Schools`);
    expect(cells).toContain(`${SCRIPT} Health`);
    expect(cells.some((c) => c.includes(`Hostileshire ${IMG} (fictional)`))).toBe(true);
    const svg = document.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toContain(`Referrals ${SCRIPT}`);
    expect(document.body.textContent).toContain(`Referrals ${SCRIPT}`);
  });

  it('writes the same text into the data downloads as data, read back unchanged', () => {
    const csv = files('.csv').find((f) => f.endsWith('referrals-by-source.csv'));
    expect(csv).toBeDefined();
    const rows = csvParse(built.file(csv ?? ''));
    expect(rows.map((r) => r['breakdown'])).toEqual(expect.arrayContaining([`${IMG} Schools`, `${SCRIPT} Health`]));
  });
});
