import { Parser } from 'htmlparser2';

/**
 * What the site promises every reader's browser, in public/_headers: a Content-Security-Policy of
 * `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; …`. A page that
 * breaks it would be broken by the browser (a script or style refused) or, on a host that does not
 * send the header, would run or load what the policy exists to stop. This reads a written page and
 * says where it breaks the promise, so that the build, and not only the browser tests, refuses it.
 */

/** One way a page breaks the policy, at its line. */
export interface PolicyBreach {
  line: number;
  message: string;
}

/** Attributes that make the browser fetch something, and the elements they do it on ('*' for any). */
const FETCHING: readonly { attribute: string; elements: readonly string[] | '*' }[] = [
  { attribute: 'src', elements: '*' },
  { attribute: 'srcset', elements: '*' },
  { attribute: 'poster', elements: ['video'] },
  { attribute: 'data', elements: ['object'] },
  { attribute: 'background', elements: '*' },
  { attribute: 'action', elements: ['form'] },
  { attribute: 'formaction', elements: ['button', 'input'] },
  { attribute: 'href', elements: ['image', 'use', 'feimage', 'base'] },
  { attribute: 'xlink:href', elements: ['image', 'use', 'feimage'] },
];

/** `<link rel>` values that make the browser fetch the linked file (alternate, canonical and sitemap do not). */
const FETCHING_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'prefetch', 'modulepreload', 'prerender', 'dns-prefetch', 'preconnect']);

/** Scripts that are data, never run: the JSON-LD each page describes itself with. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

/** The host part of an address as a browser would read it relative to the site, or undefined for a path on the site itself. */
function otherOrigin(url: string, site: URL): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, site);
  } catch {
    return trimmed;
  }
  return resolved.origin === site.origin ? undefined : resolved.protocol === 'data:' ? 'data:' : resolved.origin;
}

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/**
 * Every breach of the policy in one page's HTML, in the order they appear. `site` is the site's own
 * address (astro.config's `site`), whose files a page may load by full address too.
 */
export function pagePolicyBreaches(html: string, site: URL): PolicyBreach[] {
  const breaches: PolicyBreach[] = [];
  const lineStarts: number[] = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  let inlineScript: { line: number; type: string } | undefined;
  let scriptText = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(parser.startIndex);
        const add = (message: string) => breaches.push({ line, message });
        for (const attribute of Object.keys(attributes)) {
          if (/^on/i.test(attribute)) add(`<${name}> has an event handler, ${attribute}=, which runs inline script: script-src 'self' refuses it`);
          if (attribute === 'style') add(`<${name}> has a style attribute: style-src 'self' refuses inline styles`);
        }
        if (name === 'style') add(`<style> element: style-src 'self' refuses inline styles; styles belong in the site's stylesheets`);
        if (name === 'script') {
          const type = (attributes['type'] ?? '').trim().toLowerCase();
          if (attributes['src'] === undefined && !DATA_SCRIPT_TYPES.has(type)) inlineScript = { line, type };
          else if (attributes['src'] === undefined) scriptText = '';
        }
        if ((name === 'a' || name === 'area' || name === 'iframe') && /^\s*javascript:/i.test(attributes['href'] ?? attributes['src'] ?? '')) {
          add(`<${name}> links to a javascript: address, which runs inline script: script-src 'self' refuses it`);
        }
        for (const { attribute, elements } of FETCHING) {
          const value = attributes[attribute];
          if (value === undefined || (elements !== '*' && !elements.includes(name))) continue;
          const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
          for (const url of urls) {
            const origin = otherOrigin(url, site);
            // img-src allows data: images (the site's own small icons); nothing else may be data:.
            if (origin === undefined || (origin === 'data:' && name === 'img' && attribute === 'src')) continue;
            add(`<${name} ${attribute}="${url.length > 80 ? `${url.slice(0, 77)}…` : url}"> loads from ${origin === 'data:' ? 'a data: address' : `another host (${origin})`}: the policy allows only the site's own files`);
          }
        }
        if (name === 'link') {
          const rels = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
          const href = attributes['href'];
          const origin = href === undefined ? undefined : otherOrigin(href, site);
          if (origin !== undefined && rels.some((rel) => FETCHING_RELS.has(rel))) add(`<link rel="${attributes['rel']}" href="${href}"> loads from another host (${origin}): the policy allows only the site's own files`);
        }
        if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'refresh') add('<meta http-equiv="refresh"> sends the reader elsewhere without a link they chose');
      },
      ontext(text) {
        if (inlineScript !== undefined) scriptText += text;
      },
      onclosetag(name) {
        if (name !== 'script' || inlineScript === undefined) return;
        const { line, type } = inlineScript;
        inlineScript = undefined;
        breaches.push({ line, message: `inline <script${type === '' ? '' : ` type="${type}"`}> (${scriptText.trim().slice(0, 40) || 'empty'}…): script-src 'self' refuses inline script; only JSON-LD (type="application/ld+json") may be inline` });
        scriptText = '';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return breaches;
}
