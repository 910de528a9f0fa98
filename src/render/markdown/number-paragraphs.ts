import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Numbers a report's sections and paragraphs as a committee paper does: each `h2` starts section n
 * (shown as "n."), and every
 * top-level paragraph after it is n.1, n.2 … so that members can cite "paragraph 2.15".
 * Each paragraph gets a stable anchor (`#para-2-15`) and a visible number that links to it.
 * Paragraphs before the first section heading are left unnumbered (introductions, notices).
 */
export type NumberingStyle = 'sections' | 'flat';

/**
 * Some papers number paragraphs 1, 2, 3 … straight through their headed sections (Stockton-on-Tees,
 * 2013): front matter `numbering: flat` gives `#para-15`; sections are then not numbered.
 */
export function rehypeNumberParagraphs() {
  return (tree: Root, file?: { data?: { astro?: { frontmatter?: Record<string, unknown> } } }): void => {
    const style: NumberingStyle = file?.data?.astro?.frontmatter?.['numbering'] === 'flat' ? 'flat' : 'sections';
    let section = 0;
    let paragraph = 0;
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (node.tagName === 'h2') {
        section += 1;
        if (style === 'sections') {
          paragraph = 0;
          numberSection(node, section);
        }
        continue;
      }
      if (node.tagName !== 'p' || section === 0 || isEmpty(node)) continue;
      paragraph += 1;
      numberParagraph(node, style === 'sections' ? [section, paragraph] : [paragraph]);
    }
  };
}

export function paragraphAnchor(parts: readonly number[]): string {
  return `para-${parts.join('-')}`;
}

function numberParagraph(node: Element, parts: readonly number[]): void {
  const id = paragraphAnchor(parts);
  const label = parts.join('.');
  node.properties = { ...node.properties, id, className: ['numbered'] };
  const marker: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['para-number'], href: `#${id}`, ariaLabel: `Paragraph ${label}` },
    children: [{ type: 'text', value: label }],
  };
  const gap: ElementContent = { type: 'text', value: ' ' };
  node.children = [marker, gap, ...node.children];
}

function numberSection(node: Element, section: number): void {
  const marker: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['section-number'] },
    children: [{ type: 'text', value: `${section}.` }],
  };
  node.children = [marker, { type: 'text', value: ' ' }, ...node.children];
}

function isElement(node: RootContent): node is Element {
  return node.type === 'element';
}

function isEmpty(node: Element): boolean {
  return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
}
