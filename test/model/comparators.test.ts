/**
 * Comparators in the figure model, with the repository's real data: DfE's published rows for England
 * and the region, the mean and median of a council's neighbours' published figures in the model in force
 * at the meeting, for the latest year published by the meeting date, and the paper's figure beside them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { financialYear, monthPeriod, type Period } from '../../src/engine/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';
import { comparatorsFor } from '../../src/model/views/benchmarks.ts';

const BARNSLEY = 'E08000016';
let model: FigureModel;
beforeAll(async () => {
  model = new FigureModel(await loadDataset({ root: '.', dir: 'data' }));
});

const fy2020: Period = financialYear(2020);

describe('comparators from DfE’s files', () => {
  it('give England and the region as DfE published them, whichever component asks', () => {
    const england = model.comparator('placements-3-or-more', BARNSLEY, 'england', { period: fy2020 });
    expect(england?.text).toBe('9%');
    expect(england?.source.kind).toBe('dfe');
    expect(england?.rows[0]).toMatch(/^data\/dfe\/la_cla_placement_stability\.csv:\d+$/);
    expect(model.value({ indicator: 'placements-3-or-more', area: 'E92000001', period: fy2020 })?.key).toBe(england?.key);
    expect(model.comparator('placements-3-or-more', BARNSLEY, 'region', { period: fy2020 })?.of).toBe('Children in care with 3 or more placements, Yorkshire and The Humber, 2020/21');
  });

  it('give the neighbours’ mean and median with the model named, and the paper’s figure where it differs', () => {
    const mean = model.comparator('placements-3-or-more', BARNSLEY, 'neighbours', { period: fy2020 });
    expect(mean?.text).toBe('8.6%');
    expect(mean?.average).toMatchObject({ method: 'mean', model: "DfE's statistical neighbour groupings of April 2021", used: 10, of: 10 });
    expect(mean?.paperGave?.text).toBe('8.3%');
    expect(model.comparator('placements-3-or-more', BARNSLEY, 'neighbours', { period: fy2020, method: 'median' })?.text).toBe('9.0%');
  });

  it('make the paper’s typed row for the neighbours the same figure as the derived one', () => {
    const typed = model.dataset.observations.find((o) => o.indicator === 'placements-3-or-more' && o.area === `${BARNSLEY}-SN`)!;
    expect(model.observed(typed).text).toBe('8.6%');
  });

  it('compare a report with the latest year DfE had published by its meeting: March 2022 with 2020/21', () => {
    const march = comparatorsFor(model, 're-referrals-within-12-months', model.area(BARNSLEY), monthPeriod(2022, 2), '2022-03-15');
    expect(march.comparators.map((c) => c.label)).toEqual(['England (2020/21)', 'Yorkshire and The Humber (2020/21)', 'statistical neighbours (2020/21)']);
    expect(march.rule).toContain('2020/21 is the latest year DfE had published by 15 March 2022');
    const november = comparatorsFor(model, 're-referrals-within-12-months', model.area(BARNSLEY), monthPeriod(2022, 10), '2022-11-15');
    expect(november.comparators[0]?.label).toBe('England (2021/22)');
  });

  it('use the neighbour model in force at the meeting', () => {
    const before = model.neighbours('re-referrals-within-12-months', BARNSLEY, { period: financialYear(2023), asOf: '2024-12-01' });
    const after = model.neighbours('re-referrals-within-12-months', BARNSLEY, { period: financialYear(2023), asOf: '2025-06-01' });
    expect(before?.model.name).toBe("DfE's statistical neighbour groupings of April 2021");
    expect(after?.model.name).toBe("DfE's 2025 statistical neighbour model");
    expect(before?.mean.key).not.toBe(after?.mean.key);
  });

  it('give no comparator for a count: England’s total is no yardstick for a council’s', () => {
    expect(comparatorsFor(model, 'referrals', model.area(BARNSLEY), financialYear(2020), '2022-03-01').comparators).toEqual([]);
  });
});
