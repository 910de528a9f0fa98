import { beforeAll, describe, expect, it } from 'vitest';
import type { EesFile } from '../../src/data/ees.ts';
import { ratePer } from '../../src/engine/measures.ts';
import { DFE_EXPLANATIONS } from './explanations.ts';
import { areaOf, cellOf, labelOf, type PublishedFigure } from './published-figure.ts';
import { readDfeFile } from './read-dfe-file.ts';
import { reconcile, type Measure, type Reconciliation } from './reconcile.ts';
import { reportLines } from './report.ts';

const NAME = 'cla_number_and_rate_per_10k_children.csv';

const ratePer10000: Measure = {
  name: 'looked-after rate per 10,000',
  scale: 10000,
  decimals: 0,
  recompute: (count, population, figure) =>
    ratePer({ count, population, per: 10000, decimals: 0, sources: { count: figure.location, population: figure.location } }),
};

function localRows(file: EesFile) {
  return file.rows.filter((row) => row.geographic_level === 'Local authority');
}

function publishedFigures(file: EesFile): PublishedFigure[] {
  return localRows(file).map((row) => ({
    location: `${file.file}:${row.line}`,
    label: `${labelOf(row)} ${cellOf(row, 'population_type', file.file).text}`,
    area: areaOf(row),
    published: cellOf(row, 'rate_per_10000', file.file),
    numerator: cellOf(row, 'children_count', file.file),
    denominator: cellOf(row, 'population_estimate', file.file),
  }));
}

describe('children looked after per 10,000 children aged 0 to 17, DfE, 2021 to 2025', () => {
  let file: EesFile;
  let result: Reconciliation;

  beforeAll(async () => {
    file = await readDfeFile(NAME);
    result = reconcile(publishedFigures(file), ratePer10000, DFE_EXPLANATIONS);
    console.log(reportLines(result).join('\n'));
  });

  it('reads the published file with no problems', () => {
    expect(file.problems).toEqual([]);
    expect(localRows(file)).toHaveLength(2325);
  });

  it('reproduces every published local-authority rate, for looked after, starting and ceasing alike', () => {
    expect(result.compared).toBe(2267);
    expect(result.matches).toBe(2267);
    expect(result.unexplained).toEqual([]);
    expect(result.explained.size).toBe(0);
    expect(result.exactHalves).toEqual([]);
  });

  it('counts the rows published as markers separately', () => {
    const counts = Object.fromEntries([...result.notCompared].map(([marker, list]) => [marker, list.length]));
    expect(counts).toEqual({ z: 56, c: 2 });
  });

  it('publishes z, with population x, for councils that did not exist on that 31 March', () => {
    const absent = localRows(file).filter((row) => row.cells['population_estimate']?.symbol === 'x');
    expect(absent.every((row) => row.cells['rate_per_10000']?.symbol === 'z')).toBe(true);
    const councils = [...new Set(absent.map((row) => `${row.time_period} ${row.la_name}`))].sort();
    expect(councils).toEqual([
      '2021 Cumberland',
      '2021 North Northamptonshire',
      '2021 West Northamptonshire',
      '2021 Westmorland and Furness',
      '2022 Cumberland',
      '2022 Northamptonshire',
      '2022 Westmorland and Furness',
      '2023 Cumberland',
      '2023 Northamptonshire',
      '2023 Westmorland and Furness',
      '2024 Cumbria',
      '2024 Northamptonshire',
      '2025 Cumbria',
      '2025 Northamptonshire',
    ]);
  });

  it("uses the ONS mid-year estimate of the previous year as each row's population", async () => {
    const ons = await readDfeFile('ons_mid-year_population_estimates_2012_to_2024.csv');
    expect(ons.problems).toEqual([]);
    // Matched on the old three-digit code: the rate file gives North Yorkshire and Somerset their
    // 2023 ONS codes in every year, while the ONS file keeps the earlier codes until 2022.
    const onsPopulation = new Map(
      localRows(ons).map((row) => [`${row.time_period} ${row.old_la_code}`, row.cells['population_estimate']?.raw]),
    );
    const withPopulation = localRows(file).filter((row) => row.cells['population_estimate']?.value !== undefined);
    const previousYear = withPopulation.filter(
      (row) =>
        onsPopulation.get(`${Number(row.time_period) - 1} ${row.old_la_code}`) === row.cells['population_estimate']?.raw,
    );
    expect(withPopulation).toHaveLength(2283);
    expect(previousYear).toHaveLength(2283);
  });
});
