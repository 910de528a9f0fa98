/**
 * The one rule for every address an author or a council's configuration writes: a link may go to a
 * web page (http or https), an email address (mailto) or a path on this site; a resource a page
 * loads (an image) may only be a path on this site, since the site's Content-Security-Policy refuses
 * anything from another host and a reader's browser would otherwise ask a stranger for it.
 */

/** `link`: an address a reader follows. `resource`: a file the page itself loads, such as an image. */
export type UrlUse = 'link' | 'resource';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The address as a browser reads it: browsers drop ASCII tabs and line breaks anywhere in it and
 * control characters and spaces around it (WHATWG URL), so `java\tscript:` is `javascript:`.
 */
function asBrowserReads(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The scheme a browser would see, lower case, or undefined for a relative address. */
function schemeOf(url: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
}

/**
 * What is wrong with an address for its use, as the middle of a sentence ending without a full stop,
 * or undefined when it is allowed.
 * @example urlProblem('javascript:alert(1)', 'link') // 'a javascript: address, which runs code …'
 */
export function urlProblem(url: string, use: UrlUse): string | undefined {
  const read = asBrowserReads(url);
  if (/[\u0000-\u001f\u007f]/.test(read)) {
    return 'an address holding a control character, which no web address has: write the address as a browser shows it';
  }
  const scheme = schemeOf(read);
  // "//host/x" and "/\host/x" are read by browsers as another host, whatever scheme the page has.
  const otherHost = scheme === undefined && /^[/\\]{2}/.test(read);
  if (use === 'resource') {
    if (scheme !== undefined || otherHost) {
      return 'a file on another host, which no page may load (the site\'s Content-Security-Policy refuses it, and a reader\'s browser would ask that host for it): put the file in public/ and write its path on this site, such as /images/chart.png';
    }
    return undefined;
  }
  if (otherHost) return 'an address without its scheme: write it in full, starting with https://';
  if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
    return `a ${scheme}: address, which a report may not link to (it can run code or open something other than a web page): write a web address starting with https://, a mailto: address, or a path on this site such as /reports/`;
  }
  return undefined;
}
