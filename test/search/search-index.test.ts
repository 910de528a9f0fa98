/**
 * The discovery site built for real, then its Pagefind index read back: which pages it holds, with
 * what text, filters and metadata. Fragments are gzip files of "pagefind_dcd" followed by JSON.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const outDir = `test/.tmp/search-index-${process.pid}`;
const site = buildSite('test/sites/discovery', {}, outDir);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function fragments(): Fragment[] {
  const dir = join(site.outDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}

const byUrl = (url: string): Fragment => {
  const found = fragments().find((f) => f.url === url);
  if (found === undefined) throw new Error(`no fragment for ${url}; the index holds ${fragments().map((f) => f.url).join(', ')}`);
  return found;
};

describe('the search index of a built site', () => {
  it("is written into the build's own output folder, with Pagefind's script, entry file, index and filter files", () => {
    expect(site.ok, site.output).toBe(true);
    expect(site.output).toMatch(/indexed 2 of \d+ report pages for search/);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) expect(site.exists(file), file).toBe(true);
    const entry = JSON.parse(site.file('pagefind/pagefind-entry.json')) as { version: string; languages: Record<string, { page_count: number }> };
    expect(entry.version).toBe('1.5.2');
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([2]);
    expect(readdirSync(join(site.outDir, 'pagefind', 'index')).length).toBeGreaterThan(0);
    expect(readdirSync(join(site.outDir, 'pagefind', 'filter')).length).toBe(3);
  });

  it("holds each published report once, at its own address: not its versions' permanent addresses, nor the home, search or indicator pages", () => {
    expect(fragments().map((f) => f.url).sort()).toEqual(['/reports/barnsley-looked-after/', '/reports/testshire-2025-04/']);
  });

  it("indexes a report's narrative, its chart's text description and the table of the chart's numbers", () => {
    const content = byUrl('/reports/testshire-2025-04/').content;
    expect(content).toContain('The quokka paragraph: a word found in no other report');
    expect(content).toContain('Referrals to children\'s social care rose from 118 in Apr 2024 to 181 in Mar 2025. The lowest was 118 in Apr 2024 and the highest 181 in Mar 2025.');
    expect(content).toContain('Apr 2024 118. May 2024 124. Jun 2024 131.');
    // Chart SVGs are left out: their axis labels would match every number.
    expect(content).not.toContain('Number190');
  });

  it('files each report under its council, committee and meeting year, with its title and meeting date to show with a result', () => {
    const testshire = byUrl('/reports/testshire-2025-04/');
    expect(testshire.filters).toEqual({ council: ['Testshire (fictional)'], committee: ["Children's Services Scrutiny Committee"], year: ['2025'] });
    expect(testshire.meta).toMatchObject({ title: "Testshire children's services performance: March 2025", date: '2025-04-10' });
    const barnsley = byUrl('/reports/barnsley-looked-after/');
    expect(barnsley.filters).toEqual({ council: ['Barnsley'], committee: ['Safeguarding Private Member Briefing'], year: ['2022'] });
    // The report's address shows the latest version, so the index has version 2's text.
    expect(barnsley.content).toContain('The section on assessments was added to by version 2');
  });

  it('gives the search page a form that works without JavaScript and lists every report by council and year, and loads its script from a file', () => {
    const { document } = parseHTML(site.file('search/index.html'));
    const form = document.querySelector('form[role="search"]');
    expect([form?.getAttribute('action'), form?.getAttribute('method')]).toEqual(['/search/', 'get']);
    const labels = [...document.querySelectorAll('form label')].map((label) => [label.textContent, document.getElementById(label.getAttribute('for') ?? '')?.getAttribute('name')]);
    expect(labels).toEqual([['Words to find', 'q'], ['Council', 'council'], ['Committee', 'committee'], ['Year of meeting', 'year']]);
    expect([...document.querySelectorAll('#search-council option')].map((o) => o.textContent)).toEqual(['Any council', 'Barnsley', 'Testshire (fictional)']);
    expect([...document.querySelectorAll('#search-year option')].map((o) => o.getAttribute('value'))).toEqual(['', '2025', '2022']);
    expect(document.getElementById('search-status')?.getAttribute('role')).toBe('status');
    const listed = [...document.querySelectorAll('main section')].map((section) => [
      section.querySelector('h3')?.textContent,
      section.querySelector('h4')?.textContent,
      [...section.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    ]);
    expect(listed).toEqual([
      ['Barnsley', '2022', ['/reports/barnsley-looked-after/']],
      ['Testshire (fictional)', '2025', ['/reports/testshire-2025-04/']],
    ]);
    const scripts = [...document.querySelectorAll('script')].map((script) => [script.getAttribute('type'), script.getAttribute('src'), script.textContent]);
    expect(scripts).toEqual([['module', '/search.js', '']]);
    expect(site.file('search.js')).toContain("import('/pagefind/pagefind.js')");
  });

  it('gives no other page a script to run (JSON-LD is data, not a script)', () => {
    for (const page of ['index.html', 'reports/testshire-2025-04/index.html', 'reports/barnsley-looked-after/v1/index.html', 'indicators/index.html', '404.html']) {
      const scripts = [...site.file(page).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]?.trim());
      expect(scripts.filter((attributes) => attributes !== 'type="application/ld+json"'), page).toEqual([]);
    }
  });
});
