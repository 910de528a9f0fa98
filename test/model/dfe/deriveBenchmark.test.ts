import { describe, expect, it } from 'vitest';
import { deriveBenchmark } from '../../../src/model/dfe/derive-benchmark.ts';
import { reportingPeriod, reportingYear } from '../../../src/model/dfe/reporting-period.ts';
import { realDataset } from './real-dataset.ts';

describe('deriveBenchmark on the real DfE files', () => {
  it("gives Barnsley's 2020/21 benchmarks for 3+ placements: England 9, its region 9, its own 5, its 10 April 2021 neighbours' mean 8.6 and median 9", async () => {
    const b = deriveBenchmark(await realDataset, { indicator: 'placements-3-or-more', council: '370', year: 2021 });
    expect(b.period).toEqual({ kind: 'financial-year', startYear: 2020 });
    expect(b.england).toMatchObject({ name: 'England', published: '9', check: 'agrees', source: expect.stringMatching(/^data\/dfe\/la_cla_placement_stability\.csv:\d+$/) });
    expect(b.england?.computed?.value).toBe(9); // 7400 ÷ 80780, from counts rounded to 10
    expect(b.region).toMatchObject({ name: 'Yorkshire and The Humber', published: '9' });
    expect(b.own).toMatchObject({ name: 'Barnsley', published: '5', source: 'data/dfe/la_cla_placement_stability.csv:4345', check: 'agrees' });
    expect(b.neighbours?.model.name).toBe("DfE's statistical neighbour groupings of April 2021");
    expect(b.neighbours?.neighbours.map((n) => `${n.name} ${n.published}`)).toEqual([
      'Redcar and Cleveland 9', 'Doncaster 7', 'Wigan 9', 'Rotherham 9', 'North East Lincolnshire 9',
      'Wakefield 11', 'St. Helens 6', 'County Durham 8', 'Sunderland 9', 'Tameside 9',
    ]);
    expect(b.neighbours?.mean).toMatchObject({ value: 8.6, decimals: 1, unit: 'percent' });
    expect(b.neighbours?.median.value).toBe(9);
    expect(b.neighbours?.mean.method).toBe(
      "mean of the published figures of all 10 statistical neighbours of Barnsley in DfE's statistical neighbour groupings of April 2021, as DfE's LAIT does",
    );
    expect(b.neighbours?.median.method).toContain("as DfE's children's social care dashboard does");
  });

  it('uses the 2025 model for 2025, whose Barnsley neighbours differ', async () => {
    const b = deriveBenchmark(await realDataset, { indicator: 'placements-3-or-more', council: 'E08000016', year: 2025 });
    expect(b.neighbours?.model.name).toBe("DfE's 2025 statistical neighbour model");
    expect(b.neighbours?.neighbours.map((n) => n.name)).toContain('Dudley');
  });

  it('names a suppressed neighbour, leaves it out, and averages the rest', async () => {
    // Rutland's 2022 count of 3+ placements is suppressed.
    const dataset = await realDataset;
    const withRutland = [...(dataset.neighbourModels.get('data/dfe/New_Statistical_Neighbour_Groupings_April_2021.csv')?.entries() ?? [])].find(([, g]) => g.neighbours.includes('857'));
    expect(withRutland).toBeDefined();
    const [code] = withRutland ?? [''];
    dataset.areasByDfeCode.set(code, { code: 'E06999999', dfe_code: code, name: 'A council next to Rutland', kind: 'local-authority', region_code: undefined, source: 'test' });
    try {
      const b = deriveBenchmark(dataset, { indicator: 'placements-3-or-more', council: code, year: 2022 });
      expect(b.neighbours?.leftOut).toEqual([{ dfeCode: '857', name: 'Rutland', reason: 'confidential: suppressed to protect individuals (DfE published c)' }]);
      expect(b.neighbours?.mean.method).toMatch(/^mean of the published figures of 9 of the 10 statistical neighbours .*; left out: Rutland \(confidential: suppressed to protect individuals \(DfE published c\)\)$/);
      const values = (b.neighbours?.neighbours ?? []).flatMap((n) => (n.figure.value === undefined ? [] : [n.figure.value]));
      expect(values).toHaveLength(9);
      expect(b.neighbours?.mean.value).toBe(Math.round((values.reduce((a, v) => a + v, 0) / 9) * 10) / 10);
    } finally {
      dataset.areasByDfeCode.delete(code);
    }
  });

  it('gives England and the region but no neighbours before 2021, when no model of the time is in data/dfe', async () => {
    const b = deriveBenchmark(await realDataset, { indicator: 're-referrals-within-12-months', council: '370', year: 2019 });
    expect(b.england?.published).toBe('22.6');
    expect(b.neighbours).toBeUndefined();
    expect(b.noNeighbours).toMatch(/no statistical neighbour model of 2019/);
  });

  it('computes a rate from count and population, and workforce ratios from summed FTE columns', async () => {
    const dataset = await realDataset;
    const rate = deriveBenchmark(dataset, { indicator: 'children-in-care-rate', council: '370', year: 2021 });
    expect(rate.period).toEqual({ kind: 'date', year: 2021, month: 3, day: 31 });
    expect(rate.england).toMatchObject({ published: '69', check: 'agrees' });
    expect(rate.england?.figure.per).toBe(10000);
    const agency = deriveBenchmark(dataset, { indicator: 'agency-worker-rate', council: '370', year: 2025 });
    expect(agency.england?.computed?.method).toBe('5415.9 ÷ 41602.2 × 100');
    expect(agency.england?.check).toBe('agrees');
  });

  it('refuses an indicator no DfE file gives, naming the mapping file', async () => {
    expect(() => deriveBenchmark(realDatasetSync(), { indicator: 'assessments-rate', council: '370', year: 2021 })).toThrow(/no row in data\/dfe-indicators.csv/);
  });
});

let loaded: Awaited<typeof realDataset> | undefined;
void realDataset.then((d) => (loaded = d));
function realDatasetSync() {
  if (loaded === undefined) throw new Error('dataset not loaded yet');
  return loaded;
}

describe('reporting years', () => {
  it('reads DfE reporting year 2021 as 2020/21, 31 March 2021 or 30 September 2021, and back', () => {
    expect(reportingPeriod(2021, 'financial-year')).toEqual({ kind: 'financial-year', startYear: 2020 });
    expect(reportingYear({ kind: 'financial-year', startYear: 2020 }, '31-march')).toBe(2021);
    expect(reportingYear({ kind: 'date', year: 2021, month: 3, day: 31 }, '31-march')).toBe(2021);
    expect(reportingYear({ kind: 'financial-year', startYear: 2019 }, '30-september')).toBeUndefined();
    expect(reportingYear({ kind: 'month', year: 2020, month: 10 }, 'financial-year')).toBeUndefined();
  });
});
