import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { stabilisePagefindIndex } from './stable-pagefind-index.ts';

/** Where the index goes inside the built site: the search page loads `/pagefind/pagefind.js`. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * The pages that can be in the index: a report's own address, and the national benchmarks' council and
 * indicator pages. A report's other pages (each version's permanent address) and the site's other pages
 * are never marked for search, so Pagefind is not given them to parse: in a council whose every report
 * is published they are more than half the HTML.
 */
export const SEARCHABLE_PAGES = '{reports/*/index.html,national/*/index.html,national/indicators/*/index.html}';

export interface IndexedSite {
  /** HTML pages read: the report addresses. */
  read: number;
  /** Pages in the index: those marked data-pagefind-body. */
  indexed: number;
  outputPath: string;
}

/** Pagefind's own count of indexed pages, from the entry file it wrote. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Indexes a built site's report addresses with Pagefind and writes the index into the site's own
 * `pagefind/` folder. Only pages marked `data-pagefind-body` (published reports) are indexed; any
 * error Pagefind reports stops the build rather than shipping a search that finds nothing.
 */
export async function indexSite(siteDir: string): Promise<IndexedSite> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  const index = created.index;
  if (index === undefined || created.errors.length > 0) throw new Error(`Pagefind could not start an index:\n${created.errors.join('\n')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}:\n${added.errors.join('\n')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND_FOLDER) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
    // Two builds of the same commit must give the same bytes; Pagefind alone orders filters at random.
    await stabilisePagefindIndex(written.outputPath);
    return { read: added.page_count, indexed: await indexedPages(written.outputPath), outputPath: written.outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
