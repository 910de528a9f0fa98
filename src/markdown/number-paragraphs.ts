import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Numbers a report's sections and paragraphs as a committee paper does: each `h2` starts section n
 * (shown as "n."), and every
 * top-level paragraph after it is n.1, n.2 … so that members can cite "paragraph 2.15".
 * Each paragraph gets a stable anchor (`#para-2-15`) and a visible number that links to it.
 * Paragraphs before the first section heading are left unnumbered (introductions, notices).
 */
export function rehypeNumberParagraphs() {
  return (tree: Root): void => {
    let section = 0;
    let paragraph = 0;
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (node.tagName === 'h2') {
        section += 1;
        paragraph = 0;
        numberSection(node, section);
        continue;
      }
      if (node.tagName !== 'p' || section === 0 || isEmpty(node)) continue;
      paragraph += 1;
      numberParagraph(node, section, paragraph);
    }
  };
}

export function paragraphAnchor(section: number, paragraph: number): string {
  return `para-${section}-${paragraph}`;
}

function numberParagraph(node: Element, section: number, paragraph: number): void {
  const id = paragraphAnchor(section, paragraph);
  const label = `${section}.${paragraph}`;
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
