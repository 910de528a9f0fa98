import { describe, expect, it } from 'vitest';
import { benchmarkSentence } from '../../../src/model/dfe/benchmarkSentence.ts';
import { realDataset } from './real-dataset.ts';

const fy2021 = { kind: 'financial-year', startYear: 2020 } as const;

describe('benchmarkSentence', () => {
  it("gives Barnsley's neighbours' mean with method and model in words, and the paper's different figure", async () => {
    const s = benchmarkSentence(await realDataset, { indicator: 'placements-3-or-more', council: 'E08000016', period: fy2021, of: 'neighbours', method: 'mean' });
    expect(s.value).toBe('8.6%');
    expect(s.words).toBe(
      "the mean of the figures DfE published for all 10 of Barnsley's statistical neighbours in DfE's statistical neighbour groupings of April 2021, 2020/21 (as DfE's LAIT does)",
    );
    expect(s.difference).toBe("The paper gave 8.3%; the figure derived from DfE's published data is 8.6%.");
    expect(s.source).toBe('data/dfe-indicators.csv:8');
  });

  it('says nothing about the paper when it gave the same figure, even to more places', async () => {
    const dataset = await realDataset;
    const england = benchmarkSentence(dataset, { indicator: 'placements-3-or-more', council: '370', period: fy2021, of: 'england' });
    expect(england.value).toBe('9%');
    expect(england.words).toBe('England, 2020/21, as DfE published it');
    expect(england.difference).toBeUndefined();
    const same = benchmarkSentence(dataset, { indicator: 're-referrals-within-12-months', council: '370', period: fy2021, of: 'neighbours' });
    expect(same.value).toBe('24.4%');
    expect(same.difference).toBeUndefined();
  });

  it('reads "2020/21" as 31 March 2021 for a count on a day, and notes a revised England rate', async () => {
    const s = benchmarkSentence(await realDataset, { indicator: 'children-in-care-rate', council: '370', period: fy2021, of: 'england' });
    expect(s.value).toBe('69 per 10,000');
    expect(s.difference).toBe("The paper gave 67.0 per 10,000; the figure derived from DfE's published data is 69 per 10,000.");
  });

  it('gives the median when asked and the region by name', async () => {
    const dataset = await realDataset;
    expect(benchmarkSentence(dataset, { indicator: 'care-leavers-in-eet', council: '370', period: fy2021, of: 'neighbours', method: 'median' }).words).toMatch(/^the median .*\(as DfE's children's social care dashboard does\)$/);
    expect(benchmarkSentence(dataset, { indicator: 'care-leavers-in-eet', council: '370', period: fy2021, of: 'region' }).words).toBe('Yorkshire and The Humber, 2020/21, as DfE published it');
  });

  it('refuses a month, which DfE does not publish these figures for', async () => {
    expect(() => benchmarkSentence(dataset(), { indicator: 'placements-3-or-more', council: '370', period: { kind: 'month', year: 2021, month: 3 }, of: 'england' })).toThrow(/is not a period DfE publishes "placements-3-or-more" for/);
  });
});

let loaded: Awaited<typeof realDataset> | undefined;
void realDataset.then((d) => (loaded = d));
function dataset() {
  if (loaded === undefined) throw new Error('dataset not loaded yet');
  return loaded;
}
