import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAhead } from '../../src/disclosure/read-ahead.ts';

const dir = mkdtempSync(join(tmpdir(), 'tabled-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readAhead', () => {
  it('gives every file once, in the order asked, whatever the read-ahead', async () => {
    const paths = Array.from({ length: 23 }, (_, i) => {
      const path = join(dir, `page-${i}.html`);
      writeFileSync(path, `<p>page ${i}</p>`);
      return path;
    });
    for (const ahead of [1, 3, 8, 50]) {
      const seen: string[] = [];
      for await (const { path, text } of readAhead(paths, ahead)) seen.push(`${path.slice(dir.length + 1)}=${text}`);
      expect(seen).toEqual(paths.map((_, i) => `page-${i}.html=<p>page ${i}</p>`));
    }
  });

  it('fails at a missing file when its turn comes, after the files before it', async () => {
    const good = join(dir, 'good.html');
    writeFileSync(good, 'good');
    const seen: string[] = [];
    const read = async () => {
      for await (const { text } of readAhead([good, join(dir, 'missing.html'), good], 3)) seen.push(text);
    };
    await expect(read()).rejects.toThrow(/ENOENT.*missing\.html/);
    expect(seen).toEqual(['good']);
  });
});
