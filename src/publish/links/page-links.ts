import { Parser } from 'htmlparser2';
import { ownCopy } from '../../disclosure/own-copy.ts';

/** What a page links to, and the ids a link to it may name after `#`. */
export interface PageLinks {
  /** Each address as written, with the element and attribute it is in, e.g. `a href`. */
  links: { url: string; where: string }[];
  ids: Set<string>;
}

/** Attributes that name an address the browser follows or loads. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Every address in `srcset` ("a.png 1x, b.png 2x"). */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * The addresses an HTML page loads or links to, and its ids. Open Graph addresses (`og:url`,
 * `og:image`) count as links, since they name the site's own pages.
 */
export function pageLinks(html: string): PageLinks {
  const found: PageLinks = { links: [], ids: new Set() };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // Kept for every page of the site until all are read: copies, so that no page is kept whole.
        const id = attributes['id'];
        if (id !== undefined) found.ids.add(ownCopy(id));
        if (name === 'a' && attributes['name'] !== undefined) found.ids.add(ownCopy(attributes['name']));
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const url = attributes[attribute];
          if (url !== undefined) found.links.push({ url: ownCopy(url), where: `${name} ${attribute}` });
        }
        for (const attribute of ['srcset', 'imagesrcset']) {
          const value = attributes[attribute];
          if (value !== undefined) for (const url of srcsetUrls(value)) found.links.push({ url: ownCopy(url), where: `${name} ${attribute}` });
        }
        if (name === 'meta' && /^og:(url|image)$/.test(attributes['property'] ?? '') && attributes['content'] !== undefined) {
          found.links.push({ url: ownCopy(attributes['content']), where: `meta ${ownCopy(attributes['property'] ?? '')}` });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return found;
}
