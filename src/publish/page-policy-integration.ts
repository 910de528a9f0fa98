import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePolicyBreaches } from './page-policy.ts';
import { plural } from '../engine/plural.ts';
import { readAhead } from '../disclosure/read-ahead.ts';

/** Breaches listed in full before the rest are counted: one cause usually repeats on every page. */
const SHOWN = 20;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Reads every HTML page the build wrote and fails the build if any breaks the site's
 * Content-Security-Policy (public/_headers): inline script other than JSON-LD, an event-handler
 * attribute, a style attribute or element, or anything loaded from another host. The browser tests
 * check the same in Chromium; this makes every build keep the promise, including on hosts that do not
 * send the header.
 */
export function pagePolicyCheck(): AstroIntegration {
  let site = new URL('https://example.org/');
  return {
    name: 'tabled:page-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site !== undefined) site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await htmlFiles(root);
        const found: string[] = [];
        for await (const { path, text } of readAhead(pages.map((page) => join(root, page)))) {
          const page = relative(root, path).split(sep).join('/');
          for (const breach of pagePolicyBreaches(text, site)) found.push(`${page}:${breach.line} ${breach.message}`);
        }
        if (found.length > 0) {
          const more = found.length > SHOWN ? [`… and ${found.length - SHOWN} more`] : [];
          throw new Error(
            [
              `${plural(found.length, 'place')} in the built pages break the site's Content-Security-Policy (public/_headers), which every page must keep:`,
              ...found.slice(0, SHOWN).map((line) => `  ${line}`),
              ...more,
              'Pages may run only the site\'s own script files, style only with its stylesheets, and load nothing from another host. ' +
                'Find what wrote each one (a report\'s MDX, a council\'s or the theme\'s configuration, or the site\'s code in src/) and remove it: docs/authoring-safety.md says what a report may hold.',
            ].join('\n'),
          );
        }
        logger.info(`page policy: ${pages.length} pages read, none runs inline script, styles inline or loads from another host`);
      },
    },
  };
}
