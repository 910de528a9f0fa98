import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { ROOT } from './read-example-data.ts';

describe('the example data folder', () => {
  it('loads through the data layer with no problems and no warnings', async () => {
    const dataset = await loadDataset({ root: fileURLToPath(ROOT) });
    expect(dataset.warnings).toEqual([]);
    expect(dataset.indicators.size).toBeGreaterThanOrEqual(30);
    const areas = new Set(dataset.observations.map((o) => o.area));
    expect(areas).toContain('E10000003');
    expect(areas).toContain('X00000001');
  });
});
