import type { UrlUse } from '../../data/safe-url.ts';

/**
 * The HTML a report may write besides Markdown: text structure and tables, nothing that loads,
 * runs, embeds or submits anything. Everything else is refused at its line.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  // A drawing in inline SVG: shapes and text only, nothing that links, loads, animates or embeds.
  'svg', 'g', 'circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'rect', 'text', 'tspan', 'title', 'desc',
]);

const SVG_SHAPES = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'transform', 'vector-effect'];
const SVG_TEXT = [...SVG_SHAPES, 'x', 'y', 'dx', 'dy', 'text-anchor', 'dominant-baseline', 'font-size', 'font-weight', 'font-family', 'font-style'];

/** Attributes any allowed element may carry (and any `aria-*`). */
const GLOBAL_ATTRIBUTES = ['class', 'id', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden', 'translate'];

/** Attributes particular to an element. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel', 'target', 'download', 'type'],
  svg: ['viewBox', 'width', 'height', 'xmlns', 'preserveAspectRatio', 'focusable', ...SVG_SHAPES],
  g: SVG_SHAPES,
  circle: ['cx', 'cy', 'r', ...SVG_SHAPES],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...SVG_SHAPES],
  line: ['x1', 'y1', 'x2', 'y2', ...SVG_SHAPES],
  path: ['d', ...SVG_SHAPES],
  polygon: ['points', ...SVG_SHAPES],
  polyline: ['points', ...SVG_SHAPES],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...SVG_SHAPES],
  text: SVG_TEXT,
  tspan: SVG_TEXT,
  blockquote: ['cite'],
  col: ['span'],
  colgroup: ['span'],
  del: ['cite', 'datetime'],
  details: ['open'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ins: ['cite', 'datetime'],
  li: ['value'],
  ol: ['start', 'reversed', 'type'],
  q: ['cite'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  time: ['datetime'],
};

/** Attributes that hold an address, and what it is used for. */
export const URL_ATTRIBUTES: Readonly<Record<string, UrlUse>> = { href: 'link', cite: 'link', src: 'resource' };

/** Whether an allowed element may carry the attribute. */
export function attributeAllowed(element: string, attribute: string): boolean {
  return attribute.startsWith('aria-') || GLOBAL_ATTRIBUTES.includes(attribute) || (ELEMENT_ATTRIBUTES[element] ?? []).includes(attribute);
}

/** The attributes an element may carry, for a message. */
export function allowedAttributes(element: string): string[] {
  return [...(ELEMENT_ATTRIBUTES[element] ?? []), ...GLOBAL_ATTRIBUTES, 'aria-*'];
}
