import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenLinks, formatBrokenLinks } from './check-links.ts';
import { pageLinks, type PageLinks } from './page-links.ts';
import { readAhead } from '../../disclosure/read-ahead.ts';

interface BuildDoneOptions {
  dir: URL;
  logger: { info(message: string): void };
}

interface ConfigDoneOptions {
  config: { site?: string | undefined };
}

async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * An Astro integration (a plain object) that reads every HTML page the build wrote and fails the
 * build, naming each page, when a link or an asset it loads leads to no file of the site or to an id
 * its page does not have. It reads the output, so it judges what a reader gets, whatever wrote it.
 */
export function linkCheck() {
  let origin = 'https://example.org';
  return {
    name: 'tabled:link-check',
    hooks: {
      'astro:config:done': ({ config }: ConfigDoneOptions) => {
        if (config.site !== undefined) origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir, logger }: BuildDoneOptions) => {
        const root = fileURLToPath(dir);
        const files = new Set(await allFiles(root));
        const pages = new Map<string, PageLinks>();
        const html = [...files].filter((f) => f.endsWith('.html')).sort();
        for await (const { path, text } of readAhead(html.map((file) => join(root, file)))) pages.set(relative(root, path).split(sep).join('/'), pageLinks(text));
        const broken = brokenLinks(pages, { has: (path) => files.has(path) }, origin);
        if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
        const links = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
        logger.info(`link check: ${links} links and assets on ${pages.size} pages, every one found`);
      },
    },
  };
}
