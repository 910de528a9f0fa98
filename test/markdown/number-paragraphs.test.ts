import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { rehypeNumberParagraphs } from '../../src/render/markdown/number-paragraphs.ts';

function tree(...children: Root['children']): Root {
  return { type: 'root', children };
}
const h = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});

function numbered(root: Root, numbering?: string): string {
  rehypeNumberParagraphs()(root, { data: { astro: { frontmatter: numbering === undefined ? {} : { numbering } } } });
  return toHtml(root);
}

describe('rehypeNumberParagraphs', () => {
  it('numbers paragraphs within each h2 section and restarts at each new section', () => {
    const html = numbered(
      tree(h('h2', 'Background'), h('p', 'One'), h('p', 'Two'), h('h2', 'Main issues'), h('p', 'Three')),
    );
    expect(html).toContain('<p id="para-1-1" class="numbered"><a class="para-number" href="#para-1-1" aria-label="Paragraph 1.1">1.1</a> One</p>');
    expect(html).toContain('id="para-1-2"');
    expect(html).toContain('<p id="para-2-1" class="numbered"><a class="para-number" href="#para-2-1" aria-label="Paragraph 2.1">2.1</a> Three</p>');
  });

  it('shows the section number in each h2', () => {
    const html = numbered(tree(h('h2', 'Background'), h('h2', 'Main issues')));
    expect(html).toBe('<h2><span class="section-number">1.</span> Background</h2><h2><span class="section-number">2.</span> Main issues</h2>');
  });

  it('numbers straight through the sections when the front matter says numbering: flat', () => {
    const html = numbered(tree(h('h2', 'Background'), h('p', 'One'), h('h2', 'Finance'), h('p', 'Two')), 'flat');
    expect(html).toBe(
      '<h2>Background</h2><p id="para-1" class="numbered"><a class="para-number" href="#para-1" aria-label="Paragraph 1">1</a> One</p>' +
        '<h2>Finance</h2><p id="para-2" class="numbered"><a class="para-number" href="#para-2" aria-label="Paragraph 2">2</a> Two</p>',
    );
  });

  it('keeps counting across h3 subheadings, as committee papers do', () => {
    const html = numbered(tree(h('h2', 'Main issues'), h('p', 'A'), h('h3', 'Children in care'), h('p', 'B')));
    expect(html).toContain('id="para-1-2"');
  });

  it('leaves paragraphs before the first section and blank paragraphs unnumbered', () => {
    const html = numbered(tree(h('p', 'Intro'), h('h2', 'S'), h('p', '  '), h('p', 'First')));
    expect(html).toContain('<p>Intro</p>');
    expect(html).toContain('<p id="para-1-1" class="numbered"><a class="para-number" href="#para-1-1" aria-label="Paragraph 1.1">1.1</a> First</p>');
  });
});
