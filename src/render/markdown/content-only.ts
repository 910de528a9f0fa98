import { allowedAttributes, attributeAllowed, HTML_ELEMENTS, URL_ATTRIBUTES } from './html-allowlist.ts';
import { urlProblem, type UrlUse } from '../../data/safe-url.ts';

/** The parts of MDX's syntax tree (mdast with the MDX extensions) that this plugin reads. */
interface Place {
  position?: { start: { line: number; column: number } } | undefined;
}

interface Estree {
  body: { type: string; expression?: EstreeNode }[];
}

interface EstreeNode {
  type: string;
  value?: unknown;
  regex?: unknown;
  bigint?: unknown;
  operator?: string;
  argument?: EstreeNode;
  elements?: (EstreeNode | null)[];
}

interface JsxAttribute extends Place {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: Estree | null } };
}

interface Node extends Place {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  identifier?: string;
  attributes?: JsxAttribute[];
  data?: { estree?: Estree | null };
  children?: Node[];
}

/** The part of a VFile used: failing at a node names the file, line and column. */
interface MessageFile {
  fail(reason: string, place?: unknown): never;
}

const INLINE_STYLE = "the site's stylesheet styles every page, and its Content-Security-Policy refuses inline styles";
const COMPONENT_HINT = 'write the text itself, or use a report component such as <Value indicator="…" /> for a figure';

/**
 * A prop value written in braces that is only data: a string, number, true/false, or a list of them
 * (lists of lists too, as SymbolKey's `extra={[['x', 'meaning']]}`).
 */
function isLiteral(node: EstreeNode | null | undefined, depth = 0): boolean {
  if (node === null || node === undefined) return false;
  if (node.type === 'Literal') return node.regex === undefined && node.bigint === undefined;
  if (node.type === 'UnaryExpression') return (node.operator === '-' || node.operator === '+') && node.argument?.type === 'Literal' && typeof node.argument.value === 'number';
  if (node.type === 'ArrayExpression') return depth < 2 && (node.elements ?? []).every((element) => isLiteral(element, depth + 1));
  return false;
}

/** The literal a `{…}` prop value holds, or undefined when it holds anything else. */
function literalOf(estree: Estree | null | undefined): EstreeNode | undefined {
  const [statement, ...rest] = estree?.body ?? [];
  return rest.length === 0 && statement?.type === 'ExpressionStatement' && isLiteral(statement.expression) ? statement.expression : undefined;
}

/** What an HTML attribute written as a literal renders as: a string, or the number or boolean as text. */
function literalText(node: EstreeNode): string | undefined {
  if (node.type === 'Literal') return String(node.value);
  if (node.type === 'UnaryExpression') return `${node.operator ?? ''}${String(node.argument?.value)}`;
  return undefined;
}

/** A `{…}` holding only a comment (`{/* note *\/}`), which MDX drops: the one expression with no code. */
function onlyComment(node: Node): boolean {
  return node.data?.estree?.body.length === 0;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * A remark plugin for report MDX: a report is content, not code. It may hold Markdown, the report
 * components with literal props (text in quotes; numbers, true/false and lists of them in braces) and
 * the HTML of html-allowlist.ts; it may not hold import/export, JavaScript expressions, <script> or
 * <style>, style or on* attributes, links other than http(s), mailto and paths on this site, or
 * anything loaded from another host. The first such thing stops the build at its line and column,
 * saying what to write instead. Components are left to remarkKnownComponents.
 */
export function remarkContentOnly() {
  return (tree: unknown, file: MessageFile): void => {
    const definitions = new Map<string, Node>();
    const fail = (reason: string, place: Place): never => file.fail(reason, place.position === undefined ? undefined : place);

    const checkUrl = (url: string, use: UrlUse, what: string, place: Place): void => {
      const problem = urlProblem(url, use);
      if (problem !== undefined) fail(`${what} is ${problem}.`, place);
    };

    const checkAttributes = (node: Node, name: string, component: boolean): void => {
      for (const attribute of node.attributes ?? []) {
        const at: Place = attribute.position === undefined ? node : attribute;
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          fail(`{…} in <${name}> passes JavaScript, which a report may not hold: write each attribute as name="value".`, at);
        }
        const key = attribute.name ?? '';
        const value = attribute.value;
        if (/^on/i.test(key)) fail(`${key}= on <${name}> runs JavaScript, which a report may not: remove it.`, at);
        if (key === 'style') fail(`style= on <${name}> is not allowed: ${INLINE_STYLE}. Remove it, or use Markdown or a class the stylesheet defines.`, at);
        const literal = value !== null && typeof value === 'object' ? literalOf(value.data?.estree) : undefined;
        if (value !== null && typeof value === 'object' && literal === undefined) {
          fail(`${key}={${value.value}} on <${name}> is JavaScript, which a report may not hold: write text in quotes (${key}="…"), or a number or true/false in braces (${key}={4}, ${key}={true}).`, at);
        }
        if (component) continue;
        if (!attributeAllowed(name, key)) {
          fail(`${key}= is not an attribute <${name}> may carry in a report: it may carry ${allowedAttributes(name).join(', ')}. Remove it.`, at);
        }
        const text = typeof value === 'string' ? value : literal === undefined ? undefined : literalText(literal);
        if (literal !== undefined && text === undefined) fail(`${key}= on <${name}> is a list: write its text in quotes (${key}="…").`, at);
        const use = URL_ATTRIBUTES[key];
        if (use !== undefined && text !== undefined) checkUrl(text, use, `${key}=${quoted(text)} on <${name}>`, at);
        // An SVG paint or transform may name a resource by url(…): only a part of this page (url(#id)).
        if (text !== undefined && /url\s*\(\s*['"]?(?!#)/i.test(text)) {
          fail(`${key}=${quoted(text)} on <${name}> loads ${text.includes('//') ? 'a file from another host' : 'a file'} by url(…), which a report may not: refer only to a part of the page, as url(#id), or give the colour itself.`, at);
        }
      }
    };

    const checkElement = (node: Node): void => {
      const name = node.name;
      // A fragment (<>…</>) only groups its children, which are checked in turn.
      if (name === null || name === undefined) return;
      if (/^[A-Z]/.test(name) && !/[.:]/.test(name)) return checkAttributes(node, name, true);
      if (name === 'script') fail(`<script> is not allowed in a report: pages run no script of their own (the site's Content-Security-Policy refuses inline scripts). Remove it; charts, tables and figures come from the report components.`, node);
      if (name === 'style') fail(`<style> is not allowed in a report: ${INLINE_STYLE}. Remove it, and use Markdown or a class the stylesheet defines.`, node);
      if (!HTML_ELEMENTS.has(name)) {
        fail(`<${name}> is not an element a report may use: a report holds Markdown, the report components and simple HTML (${[...HTML_ELEMENTS].join(', ')}). Write it with those instead.`, node);
      }
      checkAttributes(node, name, false);
    };

    const visit = (node: Node): void => {
      switch (node.type) {
        case 'mdxjsEsm': {
          const keyword = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
          fail(`${keyword} is not allowed in a report: a report is content, not code, and every report component is there without an import. Remove this line.`, node);
          break;
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!onlyComment(node)) fail(`{${node.value ?? ''}} is JavaScript, which a report may not hold: ${COMPONENT_HINT}. To write a brace as text, write \\{.`, node);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node);
          break;
        case 'html':
          fail(`raw HTML is not allowed here: ${COMPONENT_HINT}.`, node);
          break;
        case 'link':
          checkUrl(node.url ?? '', 'link', `the link to ${quoted(node.url ?? '')}`, node);
          break;
        case 'image':
          checkUrl(node.url ?? '', 'resource', `the image ${quoted(node.url ?? '')}`, node);
          break;
        case 'definition':
          checkUrl(node.url ?? '', 'link', `the link to ${quoted(node.url ?? '')}`, node);
          break;
        case 'imageReference': {
          const definition = definitions.get(node.identifier ?? '');
          if (definition !== undefined) checkUrl(definition.url ?? '', 'resource', `the image ${quoted(definition.url ?? '')}`, node);
          break;
        }
      }
      for (const child of node.children ?? []) visit(child);
    };

    const collect = (node: Node): void => {
      if (node.type === 'definition' && node.identifier !== undefined) definitions.set(node.identifier, node);
      for (const child of node.children ?? []) collect(child);
    };
    collect(tree as Node);
    visit(tree as Node);
  };
}
