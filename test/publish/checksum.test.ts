import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumOf, fileDigests } from '../../src/publish/checksum.ts';

describe('fileDigests and checksumOf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tabled-checksum-'));
  mkdirSync(join(dir, 'data', 'observations'), { recursive: true });
  writeFileSync(join(dir, 'index.mdx'), '---\ntitle: x\n---\n');
  writeFileSync(join(dir, 'data', 'observations', 'b.csv'), 'indicator,area\nreferrals,E08000016\n');
  writeFileSync(join(dir, 'data', 'areas.csv'), 'code\nE08000016\n');
  writeFileSync(join(dir, 'version.json'), '{}');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes every file under the folder by its relative path, in order, leaving out the files named', async () => {
    const digests = await fileDigests(dir, ['version.json']);
    expect(Object.keys(digests)).toEqual(['data/areas.csv', 'data/observations/b.csv', 'index.mdx']);
    const expected = execFileSync('sha256sum', ['index.mdx'], { cwd: dir, encoding: 'utf8' }).split(' ')[0];
    expect(digests['index.mdx']).toBe(expected);
  });

  it('gives the checksum that sha256sum gives for the listing of the files, so a reader can check a copy', async () => {
    const digests = await fileDigests(dir, ['version.json']);
    const listing = execFileSync('sh', ['-c', "find . -type f ! -name version.json | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum"], { cwd: dir, encoding: 'utf8' });
    expect(checksumOf(digests)).toBe(listing.split(' ')[0]);
  });

  it('changes when one byte of one file changes', async () => {
    const before = checksumOf(await fileDigests(dir, ['version.json']));
    writeFileSync(join(dir, 'data', 'areas.csv'), 'code\nE08000017\n');
    expect(checksumOf(await fileDigests(dir, ['version.json']))).not.toBe(before);
  });
});
