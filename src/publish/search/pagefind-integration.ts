import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from './index-site.ts';

/**
 * Builds the search index once the site is written, into the build's own output folder (`dir`,
 * which follows `--outDir`), so every build carries a search that matches its pages.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'tabled-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${indexed.indexed} of ${indexed.read} report pages for search (published reports only), in ${indexed.outputPath}`);
      },
    },
  };
}
