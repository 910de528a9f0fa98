import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';
import { PageRecord } from '../../src/model/page-record.ts';
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
