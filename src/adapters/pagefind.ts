import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type Cbor } from './cbor.ts';

/**
 * Pagefind (1.5.2) writes each filter's values, and the list of filters in its meta file, in the order
 * of a Rust HashMap, which is seeded at random per run: two builds of the same pages give different
 * filter files, a different meta file and a different entry file (Pagefind issue #638 says as much).
 * This puts them in a fixed order (filters by name, values by text, pages by number) and names each
 * rewritten file by its content as Pagefind does, so the same pages always give the same bytes. Search
 * results do not change: the files hold the same entries. It works on the files as Pagefind's
 * `getFiles()` returns them, before anything is written.
 */

/** One file of a Pagefind index, by its path inside the index folder (`filter/en_1a2b3c4.pf_filter`). */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Pagefind's file hash: SHA-1 of the CBOR, each byte in hex without its leading zero, cut to `length`. */
function pagefindHash(body: Uint8Array, length: number): string {
  return [...createHash('sha1').update(body).digest()].map((byte) => byte.toString(16)).join('').slice(0, length);
}

function unknownLayout(what: string): Error {
  return new Error(`Pagefind's ${what} is not laid out as Pagefind 1.5.2 writes it, so its order cannot be fixed: check the Pagefind version in package.json against src/adapters/pagefind.ts`);
}

function readPagefindFile(path: string, content: Uint8Array | undefined): Cbor {
  if (content === undefined) throw unknownLayout(`index (it lists ${path}, which it does not hold)`);
  const bytes = gunzipSync(content);
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw unknownLayout(path);
  const body = bytes.subarray(SIGNATURE.length);
  const value = decodeCbor(body);
  // Only rewrite what this codec reads back byte for byte; anything else is a format it does not know.
  if (!Buffer.from(encodeCbor(value)).equals(body)) throw unknownLayout(path);
  return value;
}

/** A value as Pagefind would write it, under its content hash. */
function pagefindFile(language: string, value: Cbor, hashLength: number, name: (hash: string) => string): { hash: string; file: PagefindFile } {
  const body = encodeCbor(value);
  const hash = `${language}_${pagefindHash(body, hashLength)}`;
  return { hash, file: { path: name(hash), content: gzipSync(Buffer.concat([SIGNATURE, body])) } };
}

const byText = (a: Cbor, b: Cbor) => {
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** One filter file, `[name, [[value, [page, …]], …]]`, with values and pages sorted. */
function sortedFilter(filter: Cbor, path: string): Cbor {
  if (!Array.isArray(filter) || filter.length !== 2 || !Array.isArray(filter[1])) throw unknownLayout(path);
  const values = filter[1].map((entry) => {
    if (!Array.isArray(entry) || entry.length !== 2 || !Array.isArray(entry[1])) throw unknownLayout(path);
    return [entry[0] ?? null, [...entry[1]].sort((a, b) => Number(a) - Number(b))] as Cbor[];
  });
  return [filter[0] ?? null, values.sort((a, b) => byText(a[0] ?? null, b[0] ?? null))];
}

/** A Pagefind index's files (those `getFiles()` returns) with its filters in a fixed order. */
export function stabilisePagefindFiles(files: readonly PagefindFile[]): PagefindFile[] {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const entryBytes = byPath.get('pagefind-entry.json');
  if (entryBytes === undefined) throw unknownLayout('index (it has no pagefind-entry.json)');
  let entryText = Buffer.from(entryBytes).toString('utf8');
  const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string }> };
  for (const { hash: metaHash } of Object.values(entry.languages)) {
    const language = metaHash.slice(0, metaHash.lastIndexOf('_'));
    const metaPath = `pagefind.${metaHash}.pf_meta`;
    const meta = readPagefindFile(metaPath, byPath.get(metaPath));
    const filters = Array.isArray(meta) ? meta[3] : undefined;
    if (!Array.isArray(meta) || !Array.isArray(filters)) throw unknownLayout(metaPath);
    const rewritten: Cbor[][] = [];
    for (const item of filters) {
      const [name, hash] = Array.isArray(item) ? item : [];
      if (typeof name !== 'string' || typeof hash !== 'string') throw unknownLayout(metaPath);
      const path = `filter/${hash}.pf_filter`;
      const sorted = sortedFilter(readPagefindFile(path, byPath.get(path)), path);
      byPath.delete(path);
      const written = pagefindFile(language, sorted, 7, (h) => `filter/${h}.pf_filter`);
      byPath.set(written.file.path, written.file.content);
      rewritten.push([name, written.hash]);
    }
    meta[3] = rewritten.sort((a, b) => byText(a[0] ?? null, b[0] ?? null));
    byPath.delete(metaPath);
    const written = pagefindFile(language, meta, 10, (h) => `pagefind.${h}.pf_meta`);
    byPath.set(written.file.path, written.file.content);
    entryText = entryText.replace(`"hash":"${metaHash}"`, `"hash":"${written.hash}"`);
  }
  byPath.set('pagefind-entry.json', Buffer.from(entryText, 'utf8'));
  return [...byPath].map(([path, content]) => ({ path, content })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
