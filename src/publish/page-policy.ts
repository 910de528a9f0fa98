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

/** Attributes named on…, or style, however the tag separates them from what comes before. */
const HANDLER_OR_STYLE = /[\s/"'](?:on[\w-]*|style)\s*=/i;
/** Elements and addresses that only a breach, or a page worth reading closely, would hold. */
const RISKY_TEXT = /<(?:style|base|image|use|feimage)|http-equiv/i;
/** Schemes an address may not have wherever it is (the parser judges where it is). */
const SCRIPT_SCHEME = /^\s*(?:javascript|vbscript|data):/i;
/** A fetching attribute (or href) and its value, quoted or not; the character before is checked apart. */
const URL_ATTRIBUTE = /(?:src|srcset|poster|data|background|action|formaction|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const SCRIPT_TAG = /<script\b[^>]*>/gi;
const SAFE_SCRIPT = /^<script type="application\/ld\+json">$|^<script(?: type="module")? src="\/(?![/\\])[^"&]*">$/;
const LINK_TAG = /<link\b[^>]*>/gi;
/** An address with a scheme, or one a browser reads as another host's (`//host`, `\\host`). */
const ABSOLUTE = /^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})/i;

/**
 * Whether a page could hold a breach, by a few scans of its text: false only when none of what the
 * parser checks can be there (no on… or style attribute anywhere, no inline script but JSON-LD, no
 * fetching attribute with a full address to another host, no address hiding a scheme behind a
 * character reference or a tab, no javascript:, vbscript: or data: address, no stylesheet link
 * elsewhere, no <style>, <base>, SVG image or refresh). Pages it passes need no parse: the site's pages are mostly chart SVG and tables,
 * and parsing every one of them would cost a council's build seconds.
 */
export function mayBreach(html: string, site: URL): boolean {
  // Every scan ignores case: so do HTML's tag and attribute names and an address's scheme.
  const text = html;
  if (HANDLER_OR_STYLE.test(text) || RISKY_TEXT.test(text)) return true;
  for (const [tag] of text.matchAll(SCRIPT_TAG)) if (!SAFE_SCRIPT.test(tag)) return true;
  for (const [tag] of text.matchAll(LINK_TAG)) {
    // A link whose href this scan cannot read (after a '>' in a quoted value, say) is left to the parser.
    const found = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const href = found?.[1] ?? found?.[2] ?? found?.[3];
    if (href === undefined || (ABSOLUTE.test(href) && otherOrigin(href, site) !== undefined)) return true;
  }
  for (const match of text.matchAll(URL_ATTRIBUTE)) {
    // Only an attribute: a name that follows a space, a slash or a quote (xlink:href ends in href too).
    if (!/[\s/"':]/.test(text[match.index - 1] ?? '')) continue;
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    // A character reference or a tab can hide a scheme from these scans; the parser decodes them.
    if (/[&\t\n\r]/.test(value)) return true;
    const name = match[0].toLowerCase();
    if (SCRIPT_SCHEME.test(value)) return true;
    if (name.startsWith('href')) continue;
    const urls = name.startsWith('srcset') ? srcsetUrls(value) : [value];
    if (urls.some((url) => ABSOLUTE.test(url) && otherOrigin(url, site) !== undefined)) return true;
  }
  return false;
}

/**
 * Every breach of the policy in one page's HTML, in the order they appear. `site` is the site's own
 * address (astro.config's `site`), whose files a page may load by full address too.
 */
export function pagePolicyBreaches(html: string, site: URL): PolicyBreach[] {
  return mayBreach(html, site) ? parsedBreaches(html, site) : [];
}

/** The breaches a parse of the page finds: what the browser would see. */
export function parsedBreaches(html: string, site: URL): PolicyBreach[] {
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
        // Browsers drop tabs and line breaks in an address and control characters before it.
        const link = (attributes['href'] ?? attributes['src'] ?? '').replace(/[\t\n\r]/g, '');
        if ((name === 'a' || name === 'area' || name === 'iframe') && /^[\u0000-\u0020]*(?:javascript|vbscript):/i.test(link)) {
          add(`<${name}> links to a ${link.trim().split(':')[0]?.toLowerCase()}: address, which runs inline script: script-src 'self' refuses it`);
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
