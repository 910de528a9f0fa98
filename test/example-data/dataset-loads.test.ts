import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset, targetFor } from '../../src/data/index.ts';
import { financialYear, monthPeriod } from '../../src/engine/periods.ts';
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

  it("answers targetFor with Cambridgeshire's own targets from targets.csv and none for a council without one", async () => {
    const dataset = await loadDataset({ root: fileURLToPath(ROOT) });
    expect(targetFor(dataset, 'average-caseload', 'E10000003', monthPeriod(2020, 10))).toEqual({ target: { raw: '15', value: 15 }, source: 'data/targets.csv:3' });
    expect(targetFor(dataset, 'cp-visits-within-timescale', '873', financialYear(2020))?.source).toBe('data/targets.csv:2');
    expect(targetFor(dataset, 'average-caseload', 'X00000001', monthPeriod(2023, 1))).toBeUndefined();
  });
});
