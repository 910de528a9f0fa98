import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { stabilisePagefindFiles, type PagefindFile } from '../../adapters/pagefind.ts';

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

/** Pagefind's own count of indexed pages, from its entry file. */
function indexedPages(files: readonly PagefindFile[]): number {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (entry === undefined) throw new Error('Pagefind gave an index without its pagefind-entry.json');
  const languages = (JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages: Record<string, { page_count: number }> }).languages;
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Writes the index's files into a fresh folder, each written whole before this returns. */
async function writeIndex(folder: string, files: readonly PagefindFile[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const file of files) {
    const path = join(folder, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
}

/**
 * Indexes a built site's report addresses with Pagefind and writes the index into the site's own
 * `pagefind/` folder. Only pages marked `data-pagefind-body` (published reports) are indexed; any
 * error Pagefind reports stops the build rather than shipping a search that finds nothing.
 *
 * The index is taken from Pagefind in memory (`getFiles()`) and written here. Pagefind's own
 * `writeFiles()` answers before its writes have reached the files (its Rust writer hands each write to
 * a background thread and does not wait for it), so reading the index straight after, to put it in
 * order, sometimes found `pagefind-entry.json` empty ("Unexpected end of JSON input"); anything read
 * straight after a build could find the same.
 */
export async function indexSite(siteDir: string): Promise<IndexedSite> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  const index = created.index;
  if (index === undefined || created.errors.length > 0) throw new Error(`Pagefind could not start an index:\n${created.errors.join('\n')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}:\n${added.errors.join('\n')}`);
    const made = await index.getFiles();
    if (made.errors.length > 0) throw new Error(`Pagefind could not make its index:\n${made.errors.join('\n')}`);
    // Two builds of the same commit must give the same bytes; Pagefind alone orders filters at random.
    const files = stabilisePagefindFiles(made.files);
    const outputPath = join(siteDir, PAGEFIND_FOLDER);
    await writeIndex(outputPath, files);
    return { read: added.page_count, indexed: indexedPages(files), outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
