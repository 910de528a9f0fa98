import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { formatWarning } from '../../src/data/problems.ts';

const root = fileURLToPath(new URL('./fixtures/warnings/', import.meta.url));

describe('warnings from loadDataset', () => {
  it('come back with a complete dataset, apart from problems, once each with how often they occurred', async () => {
    const dataset = await loadDataset({ root });
    expect(dataset.observations).toHaveLength(17);
    expect(dataset.warnings.map(formatWarning)).toEqual([
      'data/areas.csv:5:5 region_code "E12000009" is not an area in this file, so no regional benchmark can be shown',
      'data/observations/council.csv:7:6 denominator is not used by count indicator "children-in-care" and is ignored (2 times; first here)',
      'data/observations/council.csv:14:7 value "21" is not what numerator "1082" and denominator "5210" give: 20.8 at 1 decimal place (1082 ÷ 5210 × 100); the worked-out figure is shown, so check the three cells',
      'data/observations/council.csv:16:7 value "39.2" is not what numerator "5210" and denominator "132820" give: 392.3 at 1 decimal place (5210 ÷ 132820 × 10,000); the worked-out figure is shown, so check the three cells',
      'data/observations/council.csv:18:7 value "420" is not what numerator "8040" and denominator "20" give: 402 at 0 decimal places (8040 ÷ 20); the worked-out figure is shown, so check the three cells',
    ]);
  });
});

describe('a data file with a header and no rows', () => {
  it('is read as nothing, with a warning naming the file', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const copy = mkdtempSync(join(tmpdir(), 'tabled-header-only-'));
    try {
      cpSync(root, copy, { recursive: true });
      writeFileSync(join(copy, 'data/observations/empty.csv'), 'indicator,area,period,breakdown,numerator,denominator,value,marker,note\n');
      const dataset = await loadDataset({ root: copy });
      expect(dataset.warnings.map(formatWarning)).toContain(
        'data/observations/empty.csv has a header but no rows, so nothing is read from it: add its rows, or check that this is the file you meant to save',
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
