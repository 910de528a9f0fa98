/**
 * indexSite, run as the build runs it on a small built site: the index it leaves is whole the moment
 * it returns. Pagefind's own writeFiles() answers before its writes reach the files (its Rust writer
 * does not wait for them), which once in a few dozen builds left pagefind-entry.json empty when it was
 * read straight after: "[tabled-pagefind] Unexpected end of JSON input".
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/publish/search/index-site.ts';
import { stabilisePagefindFiles } from '../../src/adapters/pagefind.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tabled-index-site-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COUNCILS = ['Barnsley', 'Devon', 'Fictional Borough Council', 'Testshire (fictional)'];

function report(i: number): string {
  return `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Report ${i}</h1>
    <p data-pagefind-filter="council">${COUNCILS[i % COUNCILS.length]}</p><p data-pagefind-filter="year">${2020 + (i % 3)}</p>
    <p>Referrals and assessments, report ${i}.</p></main></body></html>`;
}

function builtSite(): string {
  const dir = join(scratch, 'site');
  for (let i = 0; i < 6; i += 1) {
    mkdirSync(join(dir, 'reports', `r${i}`), { recursive: true });
    writeFileSync(join(dir, 'reports', `r${i}`, 'index.html'), report(i));
  }
  return dir;
}

/** Every file of the index read back: the entry file parses and every gzip file unpacks whole. */
function readBack(folder: string): { files: number; pages: number } {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; hash: string }> };
  const names = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const file of names.filter((e) => /\.pf_(meta|filter|index|fragment)$/.test(e.name))) {
    expect(gunzipSync(readFileSync(join(file.parentPath, file.name))).subarray(0, 12).toString(), file.name).toBe('pagefind_dcd');
  }
  const { en } = entry.languages;
  expect(names.some((e) => e.name === `pagefind.${en?.hash}.pf_meta`)).toBe(true);
  return { files: names.length, pages: en?.page_count ?? 0 };
}

describe('indexSite', () => {
  it('leaves every file of the index whole when it returns, run after run', async () => {
    const site = builtSite();
    const shapes = new Set<string>();
    for (let run = 0; run < 40; run += 1) {
      const indexed = await indexSite(site);
      expect(indexed).toMatchObject({ read: 6, indexed: 6 });
      shapes.add(JSON.stringify(readBack(indexed.outputPath)));
    }
    expect([...shapes]).toEqual([JSON.stringify({ files: 22, pages: 6 })]);
  }, 120_000);
});

describe('Pagefind 1.5.2, as indexSite relies on it', () => {
  it('gives from getFiles() the very files writeFiles() writes once its writes have landed', async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (index === undefined) throw new Error('Pagefind did not start');
    for (let i = 0; i < 6; i += 1) await index.addHTMLFile({ url: `/reports/r${i}/`, content: report(i) });
    const { files } = await index.getFiles();
    const written = join(scratch, 'written');
    await index.writeFiles({ outputPath: written });
    await index.deleteIndex();
    await pagefind.close();
    // writeFiles() does not wait for its writes: wait until the files stop changing before comparing.
    const read = () => new Map(readdirSync(written, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(written.length + 1), readFileSync(join(e.parentPath, e.name))]));
    let before = read();
    for (let wait = 0; wait < 20; wait += 1) {
      await new Promise((settled) => setTimeout(settled, 100));
      const now = read();
      if ([...now].every(([path, bytes]) => before.get(path)?.equals(bytes))) break;
      before = now;
    }
    // Pagefind orders filters at random each time it serialises, so both are put in order first.
    const ordered = (list: { path: string; content: Uint8Array }[]) => new Map(stabilisePagefindFiles(list).map((file) => [file.path, Buffer.from(file.content)]));
    const fromMemory = ordered(files);
    const fromDisk = ordered([...before].map(([path, content]) => ({ path, content })));
    const explain = 'getFiles() and writeFiles() give different files: src/publish/search/index-site.ts takes the index from getFiles()';
    expect([...fromMemory.keys()], explain).toEqual([...fromDisk.keys()]);
    for (const [path, bytes] of fromMemory) expect(bytes.equals(fromDisk.get(path)!), `${explain} (${path})`).toBe(true);
  }, 60_000);
});
