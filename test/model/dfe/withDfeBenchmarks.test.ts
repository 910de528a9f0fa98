import { describe, expect, it } from 'vitest';
import { withDfeBenchmarks } from '../../../src/model/dfe/benchmarkObservations.ts';
import { periodKey } from '../../../src/engine/period-format.ts';
import { FigureIndex } from '../../../src/model/figure-index.ts';
import { realDataset } from './real-dataset.ts';

describe('withDfeBenchmarks', () => {
  it("puts England's and the neighbours' derived figures where pages read them, with the paper's figure in the note", async () => {
    const base = await realDataset;
    const dataset = withDfeBenchmarks(base);
    const index = new FigureIndex(dataset);
    const fy = { kind: 'financial-year', startYear: 2020 } as const;
    const england = index.require({ indicator: 'placements-3-or-more', area: 'E92000001', period: fy });
    expect(england.observation.value?.raw).toBe('9');
    expect(england.observation.source).toMatch(/^data\/dfe\/la_cla_placement_stability\.csv:\d+$/);
    expect(england.observation.note).toMatch(/^The paper gave 9\.0 \(data\/observations\/barnsley-2022\.csv:\d+\)\. Derived from DfE's published data: England/);
    const mean = index.require({ indicator: 'placements-3-or-more', area: 'E08000016-SNMEAN', period: fy });
    expect(mean.figure.value).toBe(8.6);
    expect(mean.observation.note).toContain("DfE's statistical neighbour groupings of April 2021");
    expect(index.require({ indicator: 'placements-3-or-more', area: 'E08000016-SNMEDIAN', period: fy }).figure.value).toBe(9);
    // The paper's own neighbour figure stays under its own group, for comparison.
    expect(index.require({ indicator: 'placements-3-or-more', area: 'E08000016-SN', period: fy }).figure.value).toBe(8.3);
    expect(index.require({ indicator: 'placements-3-or-more', area: 'E12000003', period: fy }).observation.value?.raw).toBe('9');
  });

  it('keeps one row per indicator, area and period, and leaves the loaded dataset as it was', async () => {
    const base = await realDataset;
    const before = base.observations.length;
    const dataset = withDfeBenchmarks(base);
    const keys = dataset.observations.map((o) => `${o.indicator}|${o.area}|${periodKey(o.period)}|${o.breakdown ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(base.observations).toHaveLength(before);
    expect(dataset.observations.length).toBeGreaterThan(before);
    expect(base.areas.has('E08000016-SNMEAN')).toBe(false);
  });
});
