import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';
import { PageRecord } from '../../src/model/views/page-record.ts';
import { freezeData } from '../../src/publish/freeze-data.ts';
import { recordingOf } from '../../src/publish/recording.ts';

// Barnsley's July 2022 figures (seed 002), as copied into the publishing scenario.
const site = resolve('test/sites/publishing');

/** A figure names the file and line of its inputs; frozen rows sit at other lines of other files. */
function withoutSources(figures: unknown[]): unknown {
  return JSON.parse(JSON.stringify(figures, (key, value: unknown) => (key === 'source' ? undefined : value)));
}

describe('freezeData', () => {
  const out = mkdtempSync(join(tmpdir(), 'tabled-freeze-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps only the rows a report read, and they give the same figures as data/ did', async () => {
    const current = new FigureModel(await loadDataset({ root: site, dir: 'data' }));
    const query = { indicator: 'children-in-care', area: 'E08000016' };
    const record = new PageRecord();
    for (const node of [...current.series(query), ...current.series({ indicator: 'children-in-care-rate', area: 'E08000016' })]) record.show(node.key, node);
    const shown = withoutSources(current.series(query).map((entry) => entry.figure));
    const rate = withoutSources(current.series({ indicator: 'children-in-care-rate', area: 'E08000016' }).map((entry) => entry.figure));
    const { rows } = recordingOf(current, record);
    expect(rows).toEqual(['data/observations/barnsley-2022.csv:96', 'data/observations/barnsley-2022.csv:97', 'data/observations/barnsley-2022.csv:98']);

    await freezeData({ root: site, rows, to: join(out, 'data') });
    const frozen = new FigureModel(await loadDataset({ root: out, dir: 'data' }));
    expect(frozen.dataset.observations).toHaveLength(3);
    expect(withoutSources(frozen.series(query).map((entry) => entry.figure))).toEqual(shown);
    expect(withoutSources(frozen.series({ indicator: 'children-in-care-rate', area: 'E08000016' }).map((entry) => entry.figure))).toEqual(rate);
    expect(shown).toHaveLength(2);
  });

  it('writes each kept row with the same values, notes with commas and quotes included', () => {
    const original = readFileSync(join(site, 'data/observations/barnsley-2022.csv'), 'utf8').split('\n');
    const frozen = readFileSync(join(out, 'data/observations/barnsley-2022.csv'), 'utf8');
    expect(frozen).toBe(`${[original[0], original[95], original[96], original[97]].join('\n')}\n`);
  });

  it('copies the indicator and area catalogues whole, and populations.csv with its header at least', () => {
    expect(readFileSync(join(out, 'data/areas.csv'), 'utf8')).toBe(readFileSync(join(site, 'data/areas.csv'), 'utf8'));
    expect(readFileSync(join(out, 'data/indicators.csv'), 'utf8')).toBe(readFileSync(join(site, 'data/indicators.csv'), 'utf8'));
    expect(readFileSync(join(out, 'data/populations.csv'), 'utf8')).toBe('area,period,population,source\n');
  });

  it('refuses a row that is not where the recording says, rather than freeze the wrong one', async () => {
    await expect(freezeData({ root: site, rows: ['data/observations/barnsley-2022.csv:9999'], to: join(out, 'other') })).rejects.toThrow(
      'data/observations/barnsley-2022.csv has no row at line 9999',
    );
  });
});

describe('freezeData of a report that shows figures from DfE’s files', () => {
  // A site whose data/ is the repository's own, DfE's national files included.
  const site = mkdtempSync(join(tmpdir(), 'tabled-freeze-national-'));
  symlinkSync(resolve('data'), join(site, 'data'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const dfeNames = readdirSync(resolve('data/dfe')).filter((name) => name.endsWith('.csv')).sort();

  it('names each DfE file by its SHA-256 in stored-files.json and keeps one copy of it in the shared store', async () => {
    const storedAnew: string[] = [];
    const written = await freezeData({ root: site, rows: [], to: join(site, 'v1/data'), national: true, storedAnew });
    expect(written).toContain('stored-files.json');
    expect(existsSync(join(site, 'v1/data/dfe'))).toBe(false);
    const list = JSON.parse(readFileSync(join(site, 'v1/data/stored-files.json'), 'utf8')) as { files: { name: string; sha256: string; stored: string }[] };
    expect(list.files.map((f) => f.name)).toEqual(dfeNames.map((name) => `dfe/${name}`));
    for (const file of list.files) {
      const bytes = readFileSync(resolve('data', file.name));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(file.stored).toBe(`content/stored/${file.sha256}.csv`);
      expect(readFileSync(join(site, file.stored)).equals(bytes)).toBe(true);
    }
    expect(storedAnew.sort()).toEqual(list.files.map((f) => f.stored).sort());
  });

  it('adds no stored file for a second version of the same DfE files, and the version folder stays small', async () => {
    const storedAnew: string[] = [];
    await freezeData({ root: site, rows: [], to: join(site, 'v2/data'), national: true, storedAnew });
    expect(storedAnew).toEqual([]);
    const bytes = readdirSync(join(site, 'v2/data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
    expect(bytes).toBeLessThan(100 * 1024);
  });

  it('loads as the DfE files themselves, under their names in the version’s folder', async () => {
    const frozen = await loadDataset({ root: site, dir: 'v1/data' });
    const original = await loadDataset({ root: resolve('.'), dir: 'data' });
    expect([...frozen.dfe.keys()]).toEqual([...original.dfe.keys()].map((file) => file.replace(/^data\//, 'v1/data/')));
    for (const [file, ees] of original.dfe) expect(frozen.dfe.get(file.replace(/^data\//, 'v1/data/'))?.rows).toEqual(ees.rows);
    expect([...frozen.neighbourModels.values()]).toEqual([...original.neighbourModels.values()]);
  });

  it('stops the load, naming the stored file, when a stored copy has been edited', async () => {
    const list = JSON.parse(readFileSync(join(site, 'v1/data/stored-files.json'), 'utf8')) as { files: { name: string; stored: string }[] };
    const edited = list.files[0]!;
    const bytes = readFileSync(join(site, edited.stored));
    writeFileSync(join(site, edited.stored), Buffer.concat([bytes, Buffer.from('\n')]));
    try {
      await expect(loadDataset({ root: site, dir: 'v1/data' })).rejects.toThrow(`v1/data/stored-files.json names ${edited.stored} for ${edited.name} with SHA-256`);
    } finally {
      writeFileSync(join(site, edited.stored), bytes);
    }
  });
});
