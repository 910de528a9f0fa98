import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { formatWarning } from '../../src/data/problems.ts';

const root = fileURLToPath(new URL('./fixtures/warnings/', import.meta.url));

describe('warnings from loadDataset', () => {
  it('come back with a complete dataset, apart from problems, once each with how often they occurred', async () => {
    const dataset = await loadDataset({ root });
    expect(dataset.observations).toHaveLength(11);
    expect(dataset.warnings.map(formatWarning)).toEqual([
      'data/areas.csv:5:5 region_code "E12000009" is not an area in this file, so no regional benchmark can be shown',
      'data/observations/council.csv:7:6 denominator is not used by count indicator "children-in-care" and is ignored (2 times; first here)',
    ]);
  });
});
