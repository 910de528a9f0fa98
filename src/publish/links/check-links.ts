import type { PageLinks } from './page-links.ts';
import { plural } from '../../engine/plural.ts';

/** One address in a built site that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, as a reader's address, e.g. `/reports/x/`. */
  page: string;
  url: string;
  where: string;
  why: string;
}

export interface BuiltFiles {
  /** Whether the site has this file, by its path from the site's root without a leading slash (`about/index.html`). */
  has(path: string): boolean;
}

/** `reports/x/index.html` → `/reports/x/`, `404.html` → `/404.html`. */
export function pageAddress(file: string): string {
  const address = `/${file}`;
  return address.endsWith('/index.html') ? address.slice(0, -'index.html'.length) : address;
}

/** The file a static host serves for a path: `x/` and `x` serve `x/index.html` when `x` is a folder. */
function servedFile(path: string, files: BuiltFiles): string | undefined {
  const bare = decodeURIComponent(path).replace(/^\//, '');
  if (bare === '' || bare.endsWith('/')) return files.has(`${bare}index.html`) ? `${bare}index.html` : undefined;
  if (files.has(bare)) return bare;
  return undefined;
}

/**
 * Every link and asset of every page that does not resolve within the site: a file that is not
 * there, or a `#fragment` that names no id on its page. Addresses on other hosts, `mailto:` and the like
 * are not followed; an absolute address on the site's own origin (a canonical link) is checked as a
 * path. A link to a folder without its trailing slash is broken too, since the site's addresses all end
 * in one and some hosts do not redirect.
 */
export function brokenLinks(pages: ReadonlyMap<string, PageLinks>, files: BuiltFiles, origin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [file, { links }] of pages) {
    const page = pageAddress(file);
    const base = new URL(page, origin);
    for (const { url, where } of links) {
      const trimmed = url.trim();
      if (trimmed === '' || /^(mailto|tel|data|javascript):/i.test(trimmed)) continue;
      let target: URL;
      try {
        target = new URL(trimmed, base);
      } catch {
        broken.push({ page, url, where, why: 'is not a valid address' });
        continue;
      }
      if (target.origin !== new URL(origin).origin) continue;
      const served = servedFile(target.pathname, files);
      if (served === undefined) {
        const folder = !target.pathname.endsWith('/') && servedFile(`${target.pathname}/`, files) !== undefined;
        broken.push({ page, url, where, why: folder ? `needs a trailing slash (${target.pathname}/)` : 'leads to no file in the site' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment === '' || !served.endsWith('.html')) continue;
      const ids = pages.get(served)?.ids;
      if (ids !== undefined && !ids.has(fragment)) broken.push({ page, url, where, why: `names #${fragment}, which is not on ${pageAddress(served)}` });
    }
  }
  return broken;
}

/** One message for a failed build: how many, then one line per broken link, grouped by page. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const pages = new Set(broken.map((b) => b.page));
  const lines = broken.map((b) => `${b.page}: ${b.where}="${b.url}" ${b.why}`);
  return (
    `Link check failed: ${plural(broken.length, 'broken link')} on ${plural(pages.size, 'page')}\n` +
    `${lines.join('\n')}\n` +
    'Correct each link named above (or add the page or file it should lead to), then build again.'
  );
}
