import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/index.ts';
import { writeSyntheticSite, type SyntheticSite } from '../../../bench/site/write-site.ts';

const folder = resolve('test/.tmp/bench-site');
const scale = { name: 'test', councils: 2, reports: 3, indicators: 10 };
let site: SyntheticSite;

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

describe('writeSyntheticSite', () => {
  beforeAll(() => {
    site = writeSyntheticSite(folder, scale);
  });

  it('writes data that passes every check of the data layer', async () => {
    const dataset = await loadDataset({ root: folder, dir: 'data' });
    expect(dataset.indicators.size).toBe(10);
    expect(dataset.observations.length).toBe(site.observationRows);
    expect([...dataset.areas.values()].filter((a) => a.kind === 'fictional').map((a) => a.name)).toEqual(['Fictional Borough 001', 'Fictional Borough 002']);
  });

  it('writes one report per council and month, each with one trend chart per indicator', () => {
    const reports = readdirSync(join(folder, 'content/reports')).sort();
    expect(reports).toEqual([
      'fictional-borough-001-2025-01',
      'fictional-borough-001-2025-02',
      'fictional-borough-001-2025-03',
      'fictional-borough-002-2025-01',
      'fictional-borough-002-2025-02',
      'fictional-borough-002-2025-03',
    ]);
    const mdx = readFileSync(join(folder, 'content/reports/fictional-borough-002-2025-03/index.mdx'), 'utf8');
    expect(mdx.match(/<TrendChart /g)).toHaveLength(10);
    expect(mdx.match(/<IndicatorSummary /g)).toHaveLength(10);
    expect(mdx).toContain('authority: X00000002');
    expect(mdx).toContain('<TrendChart indicator="measure-10" from="2023-04" />');
  });

  it('holds two years of months before the first report, for its trends and 12-month figures', () => {
    expect(site.months).toBe(3 + 24);
    expect(site.firstMonth).toEqual({ year: 2023, month: 1 });
  });

  it('writes the same bytes every time for the same scale and seed', () => {
    const first = filesOf(folder);
    writeSyntheticSite(folder, scale);
    expect(filesOf(folder)).toEqual(first);
  });

  it('writes different figures for another seed', () => {
    const before = readFileSync(join(folder, 'data/observations/x00000001.csv'), 'utf8');
    writeSyntheticSite(folder, scale, 99);
    const after = readFileSync(join(folder, 'data/observations/x00000001.csv'), 'utf8');
    writeSyntheticSite(folder, scale);
    expect(after).not.toBe(before);
  });
});
