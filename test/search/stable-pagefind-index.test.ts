import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type Cbor } from '../../src/search/cbor.ts';
import { stabilisePagefindIndex } from '../../src/search/stable-pagefind-index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tabled-pagefind-order-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COUNCILS = ['Barnsley', 'Cambridgeshire', 'Devon', 'Stockton-on-Tees', 'Fictional Borough Council', 'Testshire (fictional)'];

/** Twelve report pages with three filters of several values each: enough for a random order to show. */
async function writeIndex(outputPath: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (index === undefined) throw new Error('Pagefind did not start');
  for (let i = 0; i < 12; i += 1) {
    const council = COUNCILS[i % COUNCILS.length]!;
    const content = `<html lang="en"><body><main data-pagefind-body><h1>Report ${i}</h1>
      <p data-pagefind-filter="council">${council}</p><p data-pagefind-filter="year">${2013 + (i % 5)}</p>
      <p data-pagefind-filter="committee">Committee ${i % 4}</p><p>Referrals and assessments in ${council}.</p></main></body></html>`;
    await index.addHTMLFile({ url: `/reports/r${i}/`, content });
  }
  await index.writeFiles({ outputPath });
  await index.deleteIndex();
}

function files(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(names.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name))]));
}

function body(bytes: Buffer): Cbor {
  const text = gunzipSync(bytes);
  expect(text.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return decodeCbor(text.subarray(12));
}

/** Filters as { name: { value: pages } }, whatever order the file holds them in. */
function filtersOf(dir: string): Record<string, Record<string, number[]>> {
  const out: Record<string, Record<string, number[]>> = {};
  for (const [name, bytes] of files(dir)) {
    if (!name.endsWith('.pf_filter')) continue;
    const [filter, values] = body(bytes) as [string, [string, number[]][]];
    out[filter] = Object.fromEntries(values.map(([value, pages]) => [value, [...pages].sort((a, b) => a - b)]));
  }
  return out;
}

describe('a Pagefind index put in a fixed order', () => {
  it('is byte for byte the same for two indexes of the same pages (Pagefind alone orders filters at random)', async () => {
    const [a, b, raw] = ['a', 'b', 'raw'].map((name) => join(scratch, name)) as [string, string, string];
    await writeIndex(a);
    await writeIndex(b);
    await pagefind.close();
    cpSync(a, raw, { recursive: true });
    await stabilisePagefindIndex(a);
    await stabilisePagefindIndex(b);
    const [first, second] = [files(a), files(b)];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of first) expect(bytes.equals(second.get(name)!), name).toBe(true);
    // The same entries as Pagefind wrote, only in order: search finds what it found before.
    expect(filtersOf(a)).toEqual(filtersOf(raw));
    expect(Object.keys(filtersOf(a)).sort()).toEqual(['committee', 'council', 'year']);
  });

  it('names each rewritten file by its content, and the entry file and meta point at the rewritten files', () => {
    const dir = join(scratch, 'a');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    const meta = body(readFileSync(join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`))) as Cbor[];
    const listed = (meta[3] as [string, string][]).map(([name, hash]) => [name, readdirSync(join(dir, 'filter')).includes(`${hash}.pf_filter`)]);
    expect(listed).toEqual([['committee', true], ['council', true], ['year', true]]);
    const [filter, values] = body(readFileSync(join(dir, 'filter', `${(meta[3] as [string, string][])[1]![1]}.pf_filter`))) as [string, [string, number[]][]];
    expect(filter).toBe('council');
    expect(values.map(([value]) => value)).toEqual([...COUNCILS].sort());
  });
});

describe('the CBOR codec', () => {
  it('writes back the very bytes it read, for every kind of value it knows', () => {
    const value: Cbor = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, 'é£', new Uint8Array([1, 2]), true, false, null, { pairs: [['k', [1]]] }];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(Buffer.from(encodeCbor(decodeCbor(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses what it does not know instead of guessing: a float, or bytes after the value', () => {
    expect(() => decodeCbor(Uint8Array.from([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow('CBOR item 251 (major type 7) is not supported');
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow('CBOR has 1 bytes after its value');
  });
});
