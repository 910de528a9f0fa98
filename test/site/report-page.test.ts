import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

describe('a report page built by astro build', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('test/sites/paragraphs');
    if (!site.ok) throw new Error(site.output);
  });

  it('numbers paragraphs within sections, with stable anchors a member can link to', () => {
    const html = site.file('reports/numbered/index.html');
    expect(html).toContain('<p id="para-1-2" class="numbered"><a class="para-number" href="#para-1-2" aria-label="Paragraph 1.2">1.2</a> Second paragraph of section one.</p>');
    expect(html).toContain('<a class="para-number" href="#para-2-1" aria-label="Paragraph 2.1">2.1</a> First paragraph of section two.');
    expect(html).toContain('<a class="para-number" href="#para-2-2" aria-label="Paragraph 2.2">2.2</a> Second paragraph of section two.');
    expect(html).toContain('<p>This introduction comes before the first section.</p>');
  });

  it('numbers paragraphs straight through the sections when a paper does (numbering: flat)', () => {
    const html = site.file('reports/flat/index.html');
    expect(html).toContain('<a class="para-number" href="#para-3" aria-label="Paragraph 3">3</a> First paragraph of section two.');
    expect(html).not.toContain('class="section-number"');
  });

  it('shows the committee-paper anatomy from the front matter', () => {
    const html = site.file('reports/numbered/index.html');
    expect(html).toContain('Report to the Test Committee');
    expect(html).toMatch(/<time datetime="2024-01-15"[^>]*>15 January 2024<\/time>/);
    expect(html).toMatch(/<h2[^>]*>Recommendations<\/h2>\s*<ol type="a"[^>]*>\s*<li[^>]*>Note the numbering\.<\/li>/);
  });

  it('sends no script and loads nothing from another host', () => {
    for (const page of ['index.html', 'reports/numbered/index.html', '404.html']) {
      const html = site.file(page);
      // The one script element allowed is schema.org data, which a browser does not run.
      expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, ''), page).not.toMatch(/<script/i);
      // Links may point anywhere (a canonical address names the public site); nothing the page loads
      // (src, stylesheets, icons, preloads) may come from elsewhere.
      expect(html, page).not.toMatch(/\ssrc="(https?:)?\/\//);
      const loaded = [...html.matchAll(/<link[^>]*>/g)].map((m) => m[0]).filter((link) => /rel="(stylesheet|icon|preload|modulepreload|manifest)"/.test(link));
      for (const link of loaded) expect(link, page).not.toMatch(/href="(https?:)?\/\//);
      expect(html, page).toMatch(/<html lang="en-GB"[\s>]/);
    }
  });

  it('lists the report on the home page under its council, naming its committee', () => {
    const html = site.file('index.html');
    expect(html).toMatch(/<h2 id="council-testshire-fictional">Testshire \(fictional\)<\/h2>\s*<ul class="report-list">/);
    expect(html).toMatch(/<a href="\/reports\/numbered\/">Numbered paragraphs<\/a>\s*<span class="meta"> – Test Committee, meeting of/);
    expect(html).toMatch(/<a href="\/reports\/numbered\/">Numbered paragraphs<\/a>/);
    expect(html).toMatch(/<a href="\/reports\/flat\/">Flat numbering<\/a>/);
  });
});
