/**
 * The ledger against the frozen files, on sites made here: versions written as the publishing commands
 * write them (files, then version.json with their hashes) and recorded with appendToLedger, the
 * ledger's one writer. Nothing here depends on the example content.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumOf, fileDigests } from '../../src/publish/checksum.ts';
import { appendToLedger, LEDGER_FILE } from '../../src/publish/ledger.ts';
import { checkLedger } from '../../src/publish/ledger-check.ts';
import { recordUnrecordedVersions } from '../../src/publish/ledger-init.ts';
import { readTags, tagEntry, tagProblems } from '../../src/publish/ledger-tags.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tabled-ledger-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MDX = (status: string) => `---\ntitle: Testshire\nmeetingDate: 2025-04-10\nauthority: X00000009\nstatus: ${status}\n---\n\nText.\n`;

/** Writes version `n` of report `id` as the publishing commands do; returns its checksum. */
async function freeze(root: string, id: string, n: number, published: string, note?: string, value = '45'): Promise<string> {
  const dir = join(root, 'content/reports', id, 'versions', String(n));
  mkdirSync(join(dir, 'data/observations'), { recursive: true });
  writeFileSync(join(dir, 'index.mdx'), MDX('published'));
  writeFileSync(join(dir, 'figures.json'), `{"Value x": "${value}%"}\n`);
  writeFileSync(join(dir, 'data/observations/testshire.csv'), `indicator,value\nx,${value}\n`);
  const files = await fileDigests(dir, ['version.json']);
  const checksum = checksumOf(files);
  writeFileSync(join(dir, 'version.json'), `${JSON.stringify({ version: n, published, ...(note ? { note } : {}), checksum, files }, null, 2)}\n`);
  return checksum;
}

let sites = 0;
async function site(): Promise<string> {
  const root = join(scratch, `site-${(sites += 1)}`);
  mkdirSync(join(root, 'content/reports/testshire-2025-04'), { recursive: true });
  writeFileSync(join(root, 'content/reports/testshire-2025-04/index.mdx'), MDX('published'));
  const one = await freeze(root, 'testshire-2025-04', 1, '2025-04-03');
  const two = await freeze(root, 'testshire-2025-04', 2, '2025-05-01', 'The March figure was revised.', '46');
  await appendToLedger(root, [
    { type: 'version', report: 'testshire-2025-04', version: 1, published: '2025-04-03', note: null, checksum: one },
    { type: 'version', report: 'testshire-2025-04', version: 2, published: '2025-05-01', note: 'The March figure was revised.', checksum: two },
  ]);
  return root;
}

const V1 = 'content/reports/testshire-2025-04/versions/1';
const edit = (root: string, path: string, from: string, to: string) => writeFileSync(join(root, path), readFileSync(join(root, path), 'utf8').replace(from, to));

describe('checkLedger', () => {
  it('passes versions that are as recorded, and a site with neither versions nor ledger', async () => {
    expect((await checkLedger(await site())).problems).toEqual([]);
    expect(await checkLedger(join(scratch, 'nothing'))).toMatchObject({ entries: [], problems: [] });
  });

  it('catches a deleted version folder', async () => {
    const root = await site();
    rmSync(join(root, V1), { recursive: true });
    expect((await checkLedger(root)).problems).toEqual([
      `${V1} is missing, but the ledger records version 1 of testshire-2025-04, published 2025-04-03 (content/ledger.jsonl). A published version is a public record: restore it from git (git checkout -- ${V1}), and publish any correction as a new version with npm run report:amend.`,
    ]);
  });

  it('catches a frozen value and figures.json edited and version.json recomputed to match (the sha256sum recipe)', async () => {
    const root = await site();
    edit(root, `${V1}/data/observations/testshire.csv`, 'x,45', 'x,99');
    edit(root, `${V1}/figures.json`, '45%', '99%');
    const dir = join(root, V1);
    const files = await fileDigests(dir, ['version.json']);
    writeFileSync(join(dir, 'version.json'), JSON.stringify({ version: 1, published: '2025-04-03', checksum: checksumOf(files), files }));
    const [problem, ...rest] = (await checkLedger(root)).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^${V1} is not as published: its files have the checksum [0-9a-f]{64}, and its version.json has been rewritten to match, but the ledger records [0-9a-f]{64} for version 1 of testshire-2025-04, published 2025-04-03`));
  });

  it('catches a forged note and a moved date, which are outside the files’ checksum', async () => {
    const root = await site();
    edit(root, 'content/reports/testshire-2025-04/versions/2/version.json', '"note": "The March', '"note": "FORGED NOTE The March');
    edit(root, `${V1}/version.json`, '"published": "2025-04-03"', '"published": "2019-04-03"');
    expect((await checkLedger(root)).problems).toEqual([
      `${V1}/version.json gives the publication date 2019-04-03, but the ledger records 2025-04-03: a published version's date cannot change. A published version is a public record: restore it from git (git checkout -- ${V1}), and publish any correction as a new version with npm run report:amend.`,
      'content/reports/testshire-2025-04/versions/2/version.json gives the note "FORGED NOTE The March figure was revised.", but the ledger records "The March figure was revised.": a published version\'s note cannot change. A published version is a public record: restore it from git (git checkout -- content/reports/testshire-2025-04/versions/2), and publish any correction as a new version with npm run report:amend.',
    ]);
  });

  it('catches a version folder nobody published, and a ledger edited by hand', async () => {
    const root = await site();
    await freeze(root, 'testshire-2025-04', 3, '2025-06-01', 'Added by hand.');
    expect((await checkLedger(root)).problems).toEqual([
      [
        `This version is not in ${LEDGER_FILE}:`,
        '  content/reports/testshire-2025-04/versions/3',
        'A version is recorded when npm run report:publish or report:amend writes it; a folder that appeared otherwise was not published. Versions frozen before the ledger existed are recorded, once, by npm run ledger:init.',
      ].join('\n'),
    ]);
    edit(root, LEDGER_FILE, '2025-05-01', '2025-05-02');
    expect((await checkLedger(root)).problems[0]).toMatch(/^content\/ledger\.jsonl:2 has been changed since it was written: .*\. The ledger is only ever appended to by the publishing commands: restore it from git \(git checkout -- content\/ledger\.jsonl\)\.$/);
  });
});

describe('ledger:init (recordUnrecordedVersions)', () => {
  it('records versions frozen before the ledger, oldest first, once; and refuses a changed one', async () => {
    const root = join(scratch, 'before-ledger');
    mkdirSync(join(root, 'content/reports/testshire-2025-04'), { recursive: true });
    writeFileSync(join(root, 'content/reports/testshire-2025-04/index.mdx'), MDX('published'));
    await freeze(root, 'testshire-2025-04', 1, '2025-04-03');
    await freeze(root, 'testshire-2025-04', 2, '2025-05-01', 'Revised.', '46');
    const first = await recordUnrecordedVersions({ root, today: '2026-12-04', tag: false });
    expect(first.added.map((entry) => `${entry.type} ${entry.version}`)).toEqual(['version 1', 'version 2']);
    expect((await checkLedger(root)).problems).toEqual([]);
    expect((await recordUnrecordedVersions({ root, today: '2026-12-04', tag: false })).added).toEqual([]);

    await freeze(root, 'testshire-2025-04', 3, '2099-01-01', 'From the future.', '47');
    await expect(recordUnrecordedVersions({ root, today: '2026-12-04', tag: false })).rejects.toThrow(
      'content/reports/testshire-2025-04/versions/3/version.json: published 2099-01-01 is after today (2026-12-04)',
    );
  });
});

describe('corrections of a published version (version.json `corrections`, outside the files’ checksum)', () => {
  const V2 = 'content/reports/testshire-2025-04/versions/2';
  const addCorrection = (root: string, correction: Record<string, unknown>) => {
    const path = join(root, V2, 'version.json');
    const record = JSON.parse(readFileSync(path, 'utf8')) as { corrections?: unknown[] };
    writeFileSync(path, `${JSON.stringify({ ...record, corrections: [...(record.corrections ?? []), correction] }, null, 2)}\n`);
  };
  const correction = { date: '2025-06-02', note: 'The England figure is now DfE’s.', changes: [{ figure: 'England, March 2025', before: '83.4%', after: '83.5%' }] };

  it('are recorded by ledger:init, dated and chained, then checked like versions: changed, removed or dated again', async () => {
    const root = await site();
    addCorrection(root, correction);
    expect((await checkLedger(root)).problems).toEqual([
      [
        `This correction is not in ${LEDGER_FILE}:`,
        `  ${V2}/version.json: correction 1, dated 2025-06-02`,
        'A correction of a published version is recorded in the ledger, with its date and note, by npm run ledger:init once it is written; until then no build publishes it.',
      ].join('\n'),
    ]);
    const recorded = await recordUnrecordedVersions({ root, today: '2026-12-04', tag: false });
    expect(recorded.added).toMatchObject([{ type: 'correction', report: 'testshire-2025-04', version: 2, correction: 1, date: '2025-06-02', note: 'The England figure is now DfE’s.' }]);
    expect((await checkLedger(root)).problems).toEqual([]);

    edit(root, `${V2}/version.json`, 'now DfE’s.', 'now DfE’s. FORGED');
    expect((await checkLedger(root)).problems).toEqual([
      `${V2}/version.json holds correction 1 of version 2 of testshire-2025-04, dated 2025-06-02 as it was not recorded: its note has been changed. A published version is a public record: restore it from git (git checkout -- ${V2}), and publish any correction as a new version with npm run report:amend.`,
    ]);
    edit(root, `${V2}/version.json`, 'now DfE’s. FORGED', 'now DfE’s.');
    edit(root, `${V2}/version.json`, '"83.5%"', '"83.9%"');
    expect((await checkLedger(root)).problems[0]).toContain('as it was not recorded: its figures have been changed.');
    const path = join(root, V2, 'version.json');
    const { corrections: _dropped, ...withoutCorrections } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify(withoutCorrections));
    expect((await checkLedger(root)).problems[0]).toContain(`${V2}/version.json no longer holds correction 1 of version 2 of testshire-2025-04, dated 2025-06-02, which the ledger records: a correction, once made, stays.`);
  });

  it('are refused by ledger:init when dated before what they correct, or in the future', async () => {
    const root = await site();
    addCorrection(root, { ...correction, date: '2025-04-30' });
    await expect(recordUnrecordedVersions({ root, today: '2026-12-04', tag: false })).rejects.toThrow(
      `${V2}/version.json: correction 1: dated 2025-04-30 is before what it follows, dated 2025-05-01`,
    );
    const later = await site();
    addCorrection(later, { ...correction, date: '2027-01-01' });
    await expect(recordUnrecordedVersions({ root: later, today: '2026-12-04', tag: false })).rejects.toThrow('correction 1: dated 2027-01-01 is after today (2026-12-04)');
  });
});

describe.skipIf(spawnSync('git', ['--version']).status !== 0)('git tags as the ledger’s anchor', () => {
  it('tag each entry, and catch a ledger rewritten to drop a version together with its folder', async () => {
    const root = await site();
    const git = (...args: string[]) => spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 'tests@example.org');
    git('config', 'user.name', 'Tests');
    const { entries } = await checkLedger(root);
    expect(entries.map((entry) => tagEntry(root, entry))).toEqual([
      { tag: 'tabled/testshire-2025-04/v1', made: true },
      { tag: 'tabled/testshire-2025-04/v2', made: true },
    ]);
    expect(readTags(root).map((found) => [found.tag, found.entry?.hash])).toEqual(entries.map((entry) => [`tabled/${entry.report}/v${entry.version}`, entry.hash]));
    expect(tagProblems(root, entries)).toEqual([]);
    expect(git('cat-file', '-t', 'tabled/testshire-2025-04/v1').stdout.trim()).toBe('tag');

    // Version 2 dropped: its folder deleted and the ledger written again without it, consistent in itself.
    rmSync(join(root, 'content/reports/testshire-2025-04/versions/2'), { recursive: true });
    writeFileSync(join(root, LEDGER_FILE), `${readFileSync(join(root, LEDGER_FILE), 'utf8').split('\n')[0]}\n`);
    const check = await checkLedger(root);
    expect(check.problems).toEqual([]);
    expect(tagProblems(root, check.entries)).toEqual([
      expect.stringMatching(/^git tag tabled\/testshire-2025-04\/v2 records version 2 of testshire-2025-04, published 2025-05-01 with checksum [0-9a-f]{64} \(entry [0-9a-f]{64}\), but content\/ledger\.jsonl does not hold that entry: the ledger has been rewritten or the entry dropped\./),
    ]);
  });

  it('are neither made nor read for a site inside another repository, such as a test site', async () => {
    const root = await site();
    const inner = join(root, 'inner');
    mkdirSync(inner);
    spawnSync('git', ['-C', root, 'init', '-q']);
    expect(tagEntry(inner, (await checkLedger(root)).entries[0]!)).toMatchObject({ made: false, reason: expect.stringContaining('is not the top folder of a git repository') });
    expect(readTags(inner)).toEqual([]);
  });
});
