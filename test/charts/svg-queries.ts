/** Small readers of a rendered SVG string for assertions; tests look at the string the page will get. */

export function rootTag(svg: string): string {
  return /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
}

export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every opening tag of the given element name. */
export function tags(svg: string, name: string): string[] {
  return svg.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
}

/** The text content of every <text> and <tspan>, entity-decoded. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)(?=<)/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  ).filter((t) => t !== '');
}

/** The mark groups Plot names (moved from aria-label to data-mark by renderSvg), e.g. "line", "dot", "rule", "y-grid". */
export function groups(svg: string, ariaLabel: string): string[] {
  return tags(svg, 'g').filter((tag) => attribute(tag, 'data-mark') === ariaLabel);
}

/** Every colour in a fill, stroke, color or background (attribute or inline style), lower-cased, once each. */
export function colours(svg: string): string[] {
  const found = [...svg.matchAll(/(?:fill|stroke|color|background)(?:="|:)([^";]+)/g)].map((m) => m[1]!.trim().toLowerCase());
  return [...new Set(found)];
}
