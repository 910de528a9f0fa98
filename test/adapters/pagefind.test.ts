import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type Cbor } from '../../src/adapters/cbor.ts';
import { stabilisePagefindFiles, type PagefindFile } from '../../src/adapters/pagefind.ts';

const COUNCILS = ['Barnsley', 'Cambridgeshire', 'Devon', 'Stockton-on-Tees', 'Fictional Borough Council', 'Testshire (fictional)'];

/** Twelve report pages with three filters of several values each: enough for a random order to show. */
async function makeIndex(): Promise<PagefindFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (index === undefined) throw new Error('Pagefind did not start');
  for (let i = 0; i < 12; i += 1) {
    const council = COUNCILS[i % COUNCILS.length]!;
    const content = `<html lang="en"><body><main data-pagefind-body><h1>Report ${i}</h1>
      <p data-pagefind-filter="council">${council}</p><p data-pagefind-filter="year">${2013 + (i % 5)}</p>
      <p data-pagefind-filter="committee">Committee ${i % 4}</p><p>Referrals and assessments in ${council}.</p></main></body></html>`;
    await index.addHTMLFile({ url: `/reports/r${i}/`, content });
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return files;
}

function byPath(files: readonly PagefindFile[]): Map<string, Buffer> {
  return new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
}

function body(bytes: Buffer): Cbor {
  const text = gunzipSync(bytes);
  expect(text.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return decodeCbor(text.subarray(12));
}

/** Filters as { name: { value: pages } }, whatever order the file holds them in. */
function filtersOf(files: readonly PagefindFile[]): Record<string, Record<string, number[]>> {
  const out: Record<string, Record<string, number[]>> = {};
  for (const [name, bytes] of byPath(files)) {
    if (!name.endsWith('.pf_filter')) continue;
    const [filter, values] = body(bytes) as [string, [string, number[]][]];
    out[filter] = Object.fromEntries(values.map(([value, pages]) => [value, [...pages].sort((a, b) => a - b)]));
  }
  return out;
}

describe('a Pagefind index put in a fixed order', () => {
  let stable: PagefindFile[] = [];

  it('is byte for byte the same for two indexes of the same pages (Pagefind alone orders filters at random)', async () => {
    const raw = await makeIndex();
    const other = await makeIndex();
    await pagefind.close();
    stable = stabilisePagefindFiles(raw);
    const [first, second] = [byPath(stable), byPath(stabilisePagefindFiles(other))];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of first) expect(bytes.equals(second.get(name)!), name).toBe(true);
    // The same entries as Pagefind made, only in order: search finds what it found before.
    expect(filtersOf(stable)).toEqual(filtersOf(raw));
    expect(Object.keys(filtersOf(stable)).sort()).toEqual(['committee', 'council', 'year']);
  });

  it('names each rewritten file by its content, and the entry file and meta point at the rewritten files', () => {
    const files = byPath(stable);
    const entry = JSON.parse(files.get('pagefind-entry.json')!.toString('utf8')) as { languages: { en: { hash: string } } };
    const meta = body(files.get(`pagefind.${entry.languages.en.hash}.pf_meta`)!) as Cbor[];
    const listed = (meta[3] as [string, string][]).map(([name, hash]) => [name, files.has(`filter/${hash}.pf_filter`)]);
    expect(listed).toEqual([['committee', true], ['council', true], ['year', true]]);
    const [filter, values] = body(files.get(`filter/${(meta[3] as [string, string][])[1]![1]}.pf_filter`)!) as [string, [string, number[]][]];
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
