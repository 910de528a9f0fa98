import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../src/engine/periods.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { targetFor } from '../../src/data/target-for.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset({ root: `${fixtures}pass` });
});

describe('targets.csv as loaded', () => {
  it('keeps every row in file order, with the council resolved from a DfE code', () => {
    expect(dataset.targets.map((t) => [t.indicator, t.area, t.source])).toEqual([
      ['average-caseload', 'E10000003', 'data/targets.csv:2'],
      ['average-caseload', 'E10000003', 'data/targets.csv:3'],
      ['re-referrals', 'X00000001', 'data/targets.csv:4'],
    ]);
    expect(dataset.targets[0]).toMatchObject({ target: { raw: '18', value: 18 }, tolerance: { raw: '2', value: 2 }, note: "Council's own target for 2019/20" });
    expect(dataset.targets[1]?.tolerance).toBeUndefined();
  });

  it('is an empty list when the data folder has no targets.csv', async () => {
    const without = await loadDataset({ root: `${fixtures}warnings` });
    expect(without.targets).toEqual([]);
  });
});

describe('targetFor', () => {
  it("gives the council's own target from the period it starts in", () => {
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2019/20'))).toEqual({
      target: { raw: '18', value: 18 },
      tolerance: { raw: '2', value: 2 },
      source: 'data/targets.csv:2',
    });
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2020-09'))?.source).toBe('data/targets.csv:2');
  });

  it('switches to a later row for the same indicator and council from its own start, whatever the kind of period', () => {
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2020-10'))).toEqual({ target: { raw: '16', value: 16 }, source: 'data/targets.csv:3' });
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2020-11-06'))?.source).toBe('data/targets.csv:3');
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2021/22'))?.source).toBe('data/targets.csv:3');
    // 2020/21 starts in April, before the October change: the year is judged against the target in force at its start.
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2020/21'))?.source).toBe('data/targets.csv:2');
  });

  it('accepts the DfE code of the council as well as its ONS code', () => {
    expect(targetFor(dataset, 'average-caseload', '873', period('2020-10'))?.source).toBe('data/targets.csv:3');
  });

  it("falls back to the catalogue's target and tolerance for a council without a row, or before its first row", () => {
    const catalogue = { target: { raw: '15', value: 15 }, tolerance: { raw: '1', value: 1 }, source: 'data/indicators.csv:5' };
    expect(targetFor(dataset, 'average-caseload', 'X00000001', period('2020-10'))).toEqual(catalogue);
    expect(targetFor(dataset, 'average-caseload', 'E10000003', period('2019-03-31'))).toEqual(catalogue);
    expect(targetFor(dataset, 're-referrals', 'E10000003', period('2020/21'))?.source).toBe('data/indicators.csv:3');
    expect(targetFor(dataset, 're-referrals', 'X00000001', period('2020/21'))).toEqual({
      target: { raw: '20', value: 20 },
      tolerance: { raw: '1.5', value: 1.5 },
      source: 'data/targets.csv:4',
    });
  });

  it('gives nothing where there is no target, and none for areas that are not councils', () => {
    expect(targetFor(dataset, 'children-in-care', 'E10000003', period('2020-03-31'))).toBeUndefined();
    expect(targetFor(dataset, 're-referrals', 'E92000001', period('2020/21'))).toBeUndefined();
    expect(targetFor(dataset, 're-referrals', 'E10000003-SN', period('2020/21'))).toBeUndefined();
    expect(targetFor(dataset, 'no-such-indicator', 'E10000003', period('2020/21'))).toBeUndefined();
    expect(targetFor(dataset, 're-referrals', 'E10000099', period('2020/21'))).toBeUndefined();
  });
});
