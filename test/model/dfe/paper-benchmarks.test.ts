import { describe, expect, it } from 'vitest';
import { comparePaperBenchmarks } from '../../../src/model/dfe/compare-paper-benchmarks.ts';
import { formatPeriod } from '../../../src/engine/period-format.ts';
import { realDataset } from './real-dataset.ts';

/**
 * Every England, region and statistical-neighbour figure the seed papers state (data/observations),
 * beside the figure derived from DfE's files with the model of the time. Printed in full, and pinned:
 * a change in the data, the mapping or the method shows up here.
 */
describe('benchmarks the papers quote, against DfE’s files', async () => {
  const rows = comparePaperBenchmarks(await realDataset);
  const line = (r: (typeof rows)[number]) =>
    `${r.observation.indicator} | ${r.observation.area} | ${formatPeriod(r.observation.period)} | paper ${r.paper} | derived ${r.derived?.value ?? '-'} | ${r.match}: ${r.reason}`;
  const covered = rows.filter((r) => r.match !== 'not covered');
  console.log(['paper figure vs figure derived from DfE data:', ...covered.map(line), '', `not covered (${rows.length - covered.length}):`, ...rows.filter((r) => r.match === 'not covered').map(line)].join('\n'));

  it('lists every covered benchmark with its paper and derived figure', () => {
    expect(covered.map(line)).toEqual([
      're-referrals-within-12-months | E08000016-SN | 2020/21 | paper 24.4 | derived 24.4 | same: same figure',
      're-referrals-within-12-months | E92000001 | 2020/21 | paper 22.7 | derived 22.7 | same: same figure',
      'cp-plans-second-or-subsequent | E08000016-SN | 2020/21 | paper 22.3 | derived 22.3 | same: same figure',
      'cp-plans-second-or-subsequent | E92000001 | 2020/21 | paper 22.1 | derived 22.1 | same: same figure',
      "children-in-care-rate | E08000016-SN | 2021-03-31 | paper 112 | derived 114 | different: not reproducible from the current file with DfE's statistical neighbour groupings of April 2021 (mean 114, median 109.5): DfE has revised some neighbours' figures since, or the paper's tool used another neighbour set",
      'children-in-care-rate | E92000001 | 2021-03-31 | paper 67.0 | derived 69 | different: revision: DfE has revised the figure since the paper (its rates are per revised population estimates)',
      "placements-3-or-more | E08000016-SN | 2020/21 | paper 8.3 | derived 8.6 | different: not reproducible from the current file with DfE's statistical neighbour groupings of April 2021 (mean 8.6, median 9): DfE has revised some neighbours' figures since, or the paper's tool used another neighbour set; the mean with DfE's 2025 statistical neighbour model, not the model of that year, happens to be 8.3",
      'placements-3-or-more | E92000001 | 2020/21 | paper 9.0 | derived 9 | same: same figure; DfE publishes 0 decimal places',
      "long-term-placement-stability | E08000016-SN | 2020/21 | paper 68.3 | derived 67.8 | different: not reproducible from the current file with DfE's statistical neighbour groupings of April 2021 (mean 67.8, median 66): DfE has revised some neighbours' figures since, or the paper's tool used another neighbour set",
      'long-term-placement-stability | E92000001 | 2020/21 | paper 70 | derived 70 | same: same figure',
      "care-leavers-in-eet | E08000016-SN | 2020/21 | paper 50.1 | derived 50.6 | different: not reproducible from the current file with DfE's statistical neighbour groupings of April 2021 (mean 50.6, median 52): DfE has revised some neighbours' figures since, or the paper's tool used another neighbour set",
      'care-leavers-in-eet | E92000001 | 2020/21 | paper 52 | derived 52 | same: same figure',
    ]);
  });

  it('says why each benchmark it cannot derive is not covered', () => {
    const reasons = new Map(rows.filter((r) => r.match === 'not covered').map((r) => [`${r.observation.indicator} ${r.observation.area} ${formatPeriod(r.observation.period)}`, r.reason]));
    expect(reasons.get('placements-3-or-more E92000001 2020-10')).toBe('2020-10 is not a period DfE publishes this for (financial year)');
    expect(reasons.get('social-worker-turnover-rate E92000001 2019/20')).toBe('2019/20 is not a period DfE publishes this for (30 september)');
    expect(reasons.get('re-referrals-within-12-months E10000003-SN 2006/07')).toBe('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv covers 2013 to 2025 only'.replace(/^/, 'data/dfe/'));
    expect(reasons.get('re-referrals-within-12-months E10000008-GOOD 2021-10')).toMatch(/is not a DfE grouping/);
    expect(reasons.get('assessments-rate E92000001 2020/21')).toBe('no DfE file in data/dfe gives this indicator');
  });
});
