import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plural } from '../engine/plural.ts';
import { forgetOthers, keepReport, keptPages, planVersionCache, restoreReport, VERSION_CACHE_FOLDER, type VersionCacheRoots } from './version-cache.ts';

export interface VersionCacheOptions extends VersionCacheRoots {
  /** Astro's cache folder for this build (`cacheDir`). */
  cacheDir: string;
  /** Set by `npm run build` (TABLED_VERSION_CACHE=1); other builds, and the publishing commands' own, render every version. */
  enabled: boolean;
}

/**
 * Published reports' pages made once and kept (./version-cache.ts). The plan is made when the
 * configuration is read, so that the pages left out, the sitemap and the integrations agree on it:
 * `reused` is given to the pages (src/site/reports.ts) so that they leave those reports' published pages out,
 * `restore` copies their kept pages into the output before any check reads it (register it first),
 * and `keep` keeps what this build rendered once every check has passed (register it last).
 */
export function versionCache(options: VersionCacheOptions) {
  const cache = join(options.cacheDir, VERSION_CACHE_FOLDER);
  const plan = options.enabled ? planVersionCache(options, cache) : { reused: new Map<string, string>(), rendered: new Map<string, string>() };
  const restore: AstroIntegration = {
    name: 'tabled:version-cache-restore',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && plan.reused.size > 0) {
          throw new Error('TABLED_VERSION_CACHE=1 is for `npm run build` only: the dev server renders every page when it is asked for. Unset it and start again.');
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const [id, key] of plan.reused) restoreReport(cache, id, key, outDir);
        if (options.enabled) {
          const total = plural(plan.reused.size + plan.rendered.size, 'published report');
          logger.info(`published reports: the pages of ${plan.reused.size} of ${total} copied from ${cache}, ${plan.rendered.size} rendered`);
        }
      },
    },
  };
  const keep: AstroIntegration = {
    name: 'tabled:version-cache-keep',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!options.enabled) return;
        // The site is built and checked: a cache that cannot be written costs the next build time, not this one its output.
        try {
          for (const [id, key] of plan.rendered) keepReport(cache, id, key, fileURLToPath(dir));
          forgetOthers(cache, new Set([...plan.reused.keys(), ...plan.rendered.keys()]));
        } catch (error) {
          logger.warn(`published reports' pages not kept for the next build (${(error as Error).message}); it will render them again`);
        }
      },
    },
  };
  return {
    /** The reports whose published pages and downloads are copied in, not rendered, this build. */
    reused: [...plan.reused.keys()],
    /** Their pages' addresses, for the sitemap, on the site at `site`. */
    sitemapPages: (site: string | undefined): string[] =>
      site === undefined ? [] : [...plan.reused].flatMap(([id, key]) => keptPages(cache, id, key).map((page) => new URL(`/${page}`, site).href)),
    restore,
    keep,
  };
}
