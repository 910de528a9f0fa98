import { beforeAll, describe, expect, it } from 'vitest';
import type { EesFile } from '../../src/data/ees.ts';
import { percentage } from '../../src/engine/measures.ts';
import { DFE_EXPLANATIONS } from './explanations.ts';
import { areaOf, cellOf, labelOf, type PublishedFigure } from './published-figure.ts';
import { readDfeFile } from './read-dfe-file.ts';
import { reconcile, type Measure, type Reconciliation } from './reconcile.ts';
import { reportLines } from './report.ts';

const NAME = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';

const rereferralPercent: Measure = {
  name: 're-referral %',
  scale: 100,
  decimals: 1,
  recompute: (numerator, denominator, figure) =>
    percentage({
      numerator,
      denominator,
      decimals: 1,
      sources: { numerator: figure.location, denominator: figure.location },
    }),
};

function publishedFigures(file: EesFile): PublishedFigure[] {
  return file.rows
    .filter((row) => row.geographic_level === 'Local authority')
    .map((row) => ({
      location: `${file.file}:${row.line}`,
      label: labelOf(row),
      area: areaOf(row),
      published: cellOf(row, 'rereferral_percent', file.file),
      numerator: cellOf(row, 'rereferral_count', file.file),
      denominator: cellOf(row, 'referral_count', file.file),
    }));
}

describe('re-referrals within 12 months, DfE children in need (c1), 2013 to 2025', () => {
  let file: EesFile;
  let result: Reconciliation;

  beforeAll(async () => {
    file = await readDfeFile(NAME);
    result = reconcile(publishedFigures(file), rereferralPercent, DFE_EXPLANATIONS);
    console.log(reportLines(result).join('\n'));
  });

  it('reads the published file with no problems', () => {
    expect(file.problems).toEqual([]);
    expect(file.rows.filter((row) => row.geographic_level === 'Local authority')).toHaveLength(1976);
  });

  it('reproduces every published local-authority percentage whose inputs are published', () => {
    expect(result.compared).toBe(1949);
    expect(result.matches).toBe(1948);
  });

  it('leaves no published number unexplained', () => {
    expect(result.unexplained).toEqual([]);
  });

  it('explains the one other row: Isles of Scilly 2017 publishes 0 with the referral count suppressed', () => {
    const explained = [...result.explained.values()].flat();
    expect(explained.map(({ figure }) => figure.location)).toEqual([`data/dfe/${NAME}:1436`]);
    expect(explained[0]?.recomputed?.symbol).toBe('c');
  });

  it('counts the rows published as markers separately', () => {
    const counts = Object.fromEntries([...result.notCompared].map(([marker, list]) => [marker, list.length]));
    expect(counts).toEqual({ c: 12, x: 12, u: 3 });
  });

  it('rounds the three exact halves up, as DfE published them', () => {
    expect(result.exactHalves.map((figure) => `${figure.label} ${figure.published.raw}`)).toEqual([
      '2023 Rutland (857) 18.8',
      '2016 Bath and North East Somerset (800) 16.3',
      '2013 Swindon (866) 18.8',
    ]);
  });

  it('finds re-referrals "x" only where there is no previous year to look back to', () => {
    // A re-referral is a referral within 12 months of an earlier one, so it needs last year's return.
    const localRows = file.rows.filter((row) => row.geographic_level === 'Local authority');
    const referralsIn = new Map(localRows.map((row) => [`${row.time_period} ${row.new_la_code}`, row.cells['referral_count']]));
    const firstYear = Math.min(...localRows.map((row) => Number(row.time_period)));
    const reasons = localRows
      .filter((row) => row.cells['rereferral_percent']?.symbol === 'x')
      .map((row) => {
        if (row.cells['referral_count']?.symbol === 'x') return 'no return this year';
        if (Number(row.time_period) === firstYear) return 'first year of the file';
        const previous = referralsIn.get(`${Number(row.time_period) - 1} ${row.new_la_code}`);
        if (previous === undefined) return 'first year of this council code';
        if (previous.symbol === 'x') return 'no return the year before';
        return 'unexplained';
      });
    const counts: Record<string, number> = {};
    for (const reason of reasons) counts[reason] = (counts[reason] ?? 0) + 1;
    expect(counts).toEqual({
      'no return this year': 5,
      'no return the year before': 3,
      'first year of this council code': 2,
      'first year of the file': 2,
    });
  });
});
