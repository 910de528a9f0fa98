import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumOf, fileDigests } from '../../src/publish/checksum.ts';
import type { PublishedVersion } from '../../src/publish/published-versions.ts';
import { readPublishedVersions } from '../../src/publish/published-versions.ts';
import { checksumProblems } from '../../src/publish/verify-checksum.ts';

mkdirSync(resolve('test/.tmp'), { recursive: true });
const root = mkdtempSync(resolve('test/.tmp/verify-checksum-'));
const report = join(root, 'content/reports/barnsley');

async function publishedIn(dir: string): Promise<PublishedVersion> {
  const files = await fileDigests(dir, ['version.json']);
  const record = { version: 1, published: '2026-11-28', checksum: checksumOf(files), files };
  writeFileSync(join(dir, 'version.json'), JSON.stringify(record));
  return { ...record, dir, figures: {}, publishedFigures: {} };
}

describe('checksumProblems', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(report, 'versions/1');
  mkdirSync(join(dir, 'data/observations'), { recursive: true });
  writeFileSync(join(dir, 'index.mdx'), '---\nstatus: published\n---\nText\n');
  writeFileSync(join(dir, 'figures.json'), '{}\n');
  writeFileSync(join(dir, 'data/observations/barnsley-2022.csv'), 'indicator,area,period,value\nchildren-in-care,E08000016,2022-07-31,367\n');

  it('finds nothing wrong with a version as it was published', async () => {
    expect(await checksumProblems(await publishedIn(dir), root)).toEqual([]);
  });

  it('names every file edited, deleted or added since, and how to restore the version', async () => {
    const version = await publishedIn(dir);
    writeFileSync(join(dir, 'data/observations/barnsley-2022.csv'), 'indicator,area,period,value\nchildren-in-care,E08000016,2022-07-31,368\n');
    rmSync(join(dir, 'figures.json'));
    writeFileSync(join(dir, 'notes.txt'), 'added by hand');
    const problems = await checksumProblems(version, root);
    expect(problems[0]).toBe('version 1 of content/reports/barnsley, published 2026-11-28, has been changed by hand:');
    expect(problems[1]).toMatch(/^  content\/reports\/barnsley\/versions\/1\/data\/observations\/barnsley-2022\.csv has been edited \(its SHA-256 is now [0-9a-f]{64}, published as [0-9a-f]{64}\)$/);
    expect(problems.slice(2, 4)).toEqual(['  content/reports/barnsley/versions/1/figures.json has been deleted', '  content/reports/barnsley/versions/1/notes.txt has been added']);
    expect(problems).toContain('A published version is a public record and must not change. Restore it with: git checkout -- content/reports/barnsley/versions/1');
  });

  it('catches a version.json whose checksum no longer matches the hashes it lists', async () => {
    rmSync(join(dir, 'notes.txt'));
    const version = await publishedIn(dir);
    expect(await checksumProblems({ ...version, checksum: 'a'.repeat(64) }, root)).toContain(
      '  content/reports/barnsley/versions/1/version.json has been edited: its checksum does not match the file hashes it lists',
    );
  });
});

describe('readPublishedVersions', () => {
  it('refuses versions numbered with a gap, since a reader could not tell what was lost', async () => {
    const gapped = join(root, 'content/reports/gapped');
    mkdirSync(join(gapped, 'versions/2'), { recursive: true });
    await expect(readPublishedVersions(gapped)).rejects.toThrow('has version 2 but no version 1: versions are numbered 1, 2, 3… with none missing');
  });

  it('gives no versions for a report never published', async () => {
    expect(await readPublishedVersions(join(root, 'content/reports/never'))).toEqual([]);
  });
});
