import type { Root } from 'mdast';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
}

const isLinkTag = (node: Node): boolean => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a';

/**
 * A link written as HTML whose text is an address (`<a href="https://…">www.example.org/…</a>`) keeps
 * that text as text: GitHub-flavoured Markdown would make the address a second link inside the first,
 * which HTML does not allow and a screen reader announces as an empty link.
 */
export function remarkNoNestedLinks() {
  return (tree: Root): void => {
    const unwrap = (node: Node): void => {
      if (node.children === undefined) return;
      node.children = node.children.flatMap((child) => (child.type === 'link' ? (child.children ?? []) : [child]));
      for (const child of node.children) unwrap(child);
    };
    const visit = (node: Node): void => {
      if (isLinkTag(node)) unwrap(node);
      else for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as Node);
  };
}
