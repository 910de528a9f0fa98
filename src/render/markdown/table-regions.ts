import type { Root } from 'hast';

/** An element of the page as MDX's rehype tree holds it: HTML from Markdown, or HTML written in the MDX. */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  value?: string;
}

const tag = (node: Node): string | undefined => (node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? undefined) : undefined);

function attribute(node: Node, name: string): string | undefined {
  if (node.type === 'element') {
    const key = name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = node.properties?.[key];
    return Array.isArray(value) ? value.join(' ') : value === undefined ? undefined : String(value);
  }
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  // A paragraph's visible number is its link to itself, not its words.
  if (attribute(node, 'class')?.split(' ').includes('para-number')) return '';
  return (node.children ?? []).map(textOf).join('');
}

function byId(tree: Node, id: string): Node | undefined {
  if (attribute(tree, 'id') === id) return tree;
  for (const child of tree.children ?? []) {
    const found = byId(child, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

const jsx = (name: string, attributes: Record<string, string>, children: Node[]): Node => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
});

/**
 * A table a report writes in its MDX (a paper's table in the paper's shape) gets what every table the
 * components draw has: a caption, and a box of its own that scrolls sideways on a narrow screen, opening
 * at the latest columns, instead of making the page wider than the screen. A table with no caption takes
 * the words it is labelled by (aria-labelledby, aria-label) as its caption.
 */
export function rehypeTableRegions() {
  return (tree: Root): void => {
    const root = tree as unknown as Node;
    const visit = (node: Node): void => {
      const children = node.children;
      if (children === undefined) return;
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i]!;
        if (tag(child) === 'table' && !attribute(node, 'class')?.split(' ').includes('table-scroll')) {
          const labelledBy = attribute(child, 'aria-labelledby');
          const named = attribute(child, 'aria-label') ?? (labelledBy === undefined ? undefined : textOf(byId(root, labelledBy) ?? { type: 'root' }).replace(/\s+/g, ' ').trim());
          const hasCaption = (child.children ?? []).some((c) => tag(c) === 'caption');
          if (!hasCaption && named !== undefined && named !== '') {
            child.children = [jsx('caption', {}, [{ type: 'text', value: named }]), ...(child.children ?? [])];
          }
          const caption = (child.children ?? []).find((c) => tag(c) === 'caption');
          const label = caption === undefined ? 'Table' : textOf(caption).replace(/\s+/g, ' ').trim();
          children[i] = jsx('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: '0' }, [child]);
          continue;
        }
        visit(child);
      }
    };
    visit(root);
  };
}
