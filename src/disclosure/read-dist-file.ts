import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FileReading } from './place.ts';
import { readCsv } from './read-csv.ts';
import { readHtml } from './read-html.ts';
import { jsonPlaces } from './read-json.ts';
import { readText } from './read-text.ts';
import { sentences } from './sentences.ts';

const HTML = new Set(['.html', '.htm', '.svg']);
const TEXT = new Set(['.xml', '.txt', '.rss', '.atom', '.md', '.js', '.mjs', '.css', '.map', '.webmanifest', '.tsv']);
/** Formats that cannot hold a written figure the scanner could read; listed in the result, not read. */
const MEDIA = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.wasm']);

function empty(notes: string[] = []): FileReading {
  return { places: [], grids: [], notes };
}

function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** Longer runs of a fragment's text are tables and lists with their cell boundaries lost. */
const SENTENCE_LENGTH = 200;

/**
 * A Pagefind fragment: gzip, then a `pagefind_dcd` signature, then JSON with the page's text. The text
 * is a flattened copy of a page in the same folder: its sentences are read, but a long run (a table or
 * list without its cells) is left to the page it came from, which is read with its structure.
 */
function readPagefindFragment(file: string, path: string, bytes: Buffer): FileReading {
  const json = gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, '');
  const fragment = JSON.parse(json) as { url?: string; content?: string; meta?: unknown; filters?: unknown; anchors?: unknown };
  // Pagefind runs a table into the heading after it ("Mar 2025 [c] 3. Referrals"): a section or
  // paragraph number starts a new line, so it is not read as the table's last cell.
  const all = sentences((fragment.content ?? '').replace(/\s(?=\d+(?:\.\d+)*\.?\s+\p{Lu}\p{Ll})/gu, '\n'));
  const places = all.filter((s) => s.length <= SENTENCE_LENGTH).map((sentence) => ({ file, where: `search fragment text "${sentence.slice(0, 57)}"`, text: sentence, context: sentence }));
  const notes: string[] = [];
  if (all.some((s) => s.length > SENTENCE_LENGTH)) {
    const root = path.slice(0, path.length - file.length);
    const page = join(root, (fragment.url ?? '').replace(/^\//, ''), (fragment.url ?? '').endsWith('/') ? 'index.html' : '');
    if (fragment.url === undefined || !existsSync(page)) notes.push(`${file}: search fragment of ${fragment.url ?? 'no page'}, a page not in the folder: its tables were read only as sentences`);
  }
  return { places: [...places, ...jsonPlaces(file, { meta: fragment.meta, filters: fragment.filters, anchors: fragment.anchors }, 'search fragment')], grids: [], notes };
}

let pdftotext: boolean | undefined;
function readPdf(file: string, path: string): FileReading {
  pdftotext ??= spawnSync('pdftotext', ['-v']).error === undefined;
  if (!pdftotext) return empty([`${file}: PDF not read: install poppler-utils for pdftotext`]);
  const run = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) return empty([`${file}: pdftotext failed: ${run.stderr.trim()}`]);
  return readText(file, run.stdout, 'PDF line');
}

/** Reads one built file by its kind into places and tables; says so in `notes` when it cannot. */
export function readDistFile(file: string, path: string, bytes: Buffer): FileReading {
  const extension = extname(file).toLowerCase();
  if (file.startsWith('pagefind/') || file.includes('/pagefind/')) {
    if (extension === '.pf_fragment') return readPagefindFragment(file, path, bytes);
    if (['.pf_index', '.pf_meta', '.pf_filter', '.pagefind'].includes(extension)) {
      return empty([`${file}: Pagefind word index, not read: it holds words without saying what they are of; the page text is read from the fragments`]);
    }
  }
  if (extension === '.pdf') return readPdf(file, path);
  if (MEDIA.has(extension)) return empty([`${file}: ${extension.slice(1)} file, not read (holds no text)`]);
  if (isBinary(bytes)) return empty([`${file}: unknown binary file, not read`]);
  const text = bytes.toString('utf8');
  if (HTML.has(extension)) return readHtml(file, text);
  if (extension === '.csv') return readCsv(file, text);
  if (extension === '.json' || extension === '.jsonld') {
    try {
      return { places: jsonPlaces(file, JSON.parse(text)), grids: [], notes: [] };
    } catch {
      return readText(file, text);
    }
  }
  if (TEXT.has(extension) || extension === '') return readText(file, text);
  return { ...readText(file, text), notes: [`${file}: unknown kind of file, read as text`] };
}
