import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { DataError, formatProblem } from '../../src/data/problems.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const failing = readdirSync(`${fixtures}fail`).sort();

async function problemsOf(folder: string): Promise<string[]> {
  try {
    await loadDataset({ root: `${fixtures}${folder}` });
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error(`${folder} loaded without a problem`);
}

/** Each broken fixture has one fault; this is every line its DataError must list, word for word. */
const EXPECTED: Record<string, string[]> = {
  'bad-area-code': [
    'data/areas.csv:3:1 code "E1200006" is not an ONS code such as E10000003, a fictional code such as X00000001, or a group code such as E10000003-SN',
  ],
  'bad-indicator-id': [
    'data/indicators.csv:6:1 id "Adoption days" is not kebab-case (lower-case letters, digits and single hyphens)',
    'data/observations/council.csv:10:1 indicator "adoption-days" is not in data/indicators.csv',
  ],
  'blank-header': [
    'data/populations.csv:1:5 column 5 has no name in the header',
  ],
  'decimals-out-of-range': [
    'data/indicators.csv:3:8 decimals "4" is not between 0 and 3',
  ],
  'dfe-neighbour-self': [
    'data/dfe/sn_model.csv:2:5 neighbour "873" is not the 3-digit DfE LA code of another council',
  ],
  'dfe-unknown-marker': [
    'data/dfe/referrals.csv:3:13 rereferral_percent "n/a" is neither a number nor a known symbol (c, x, z, u, k, low)',
  ],
  'duplicate-dfe-code': [
    'data/areas.csv:6:2 dfe_code "873" is already used at data/areas.csv:4',
  ],
  'duplicate-header': [
    'data/observations/council.csv:1:9 column "value" appears twice in the header (first at column 7)',
  ],
  'duplicate-indicator': [
    'data/indicators.csv:7:1 id "children-in-care" is already used at data/indicators.csv:4',
  ],
  'duplicate-population': [
    'data/populations.csv:5:2 repeats data/populations.csv:2: area E10000003 already has a population for 2019',
  ],
  'duplicate-row': [
    'data/observations/council.csv:11:3 repeats data/observations/council.csv:6: the same indicator, area, period and breakdown',
  ],
  'fictional-code-mismatch': [
    'data/areas.csv:5:4 kind "local-authority" needs an ONS code; codes starting with X are for kind fictional',
  ],
  'group-code-without-suffix': [
    'data/areas.csv:7:1 code "E10000099" is not a group code: kind "group" needs the council\'s code, a hyphen and an upper-case suffix, such as E10000003-SN',
  ],
  'group-of-a-region': [
    'data/areas.csv:7:1 code "E12000006-SN" is a group of E12000006\'s comparators, but E12000006 (East of England) is of kind region: expected the code of a council (local-authority or fictional) before the hyphen',
  ],
  'group-unknown-council': [
    'data/areas.csv:7:1 code "E10000008-GOOD" is a group of E10000008\'s comparators, but E10000008 is not in data/areas.csv: expected the code of a council in that file before the hyphen',
  ],
  'group-with-dfe-code': [
    'data/areas.csv:6:2 dfe_code "874" must be blank for a group: DfE codes belong to single councils',
  ],
  'impossible-period': [
    'data/observations/council.csv:8:3 period "2020-02-30" is not a real date: February 2020 has 29 days',
  ],
  'malformed-period': [
    'data/observations/council.csv:9:3 period "Oct 2020" is not a period: write 2020-10',
  ],
  'malformed-population-period': [
    'data/populations.csv:4:2 period "2020/21" is not a year such as 2019 (the mid-year estimate year)',
  ],
  'marker-with-numbers': [
    'data/observations/council.csv:7:8 marker "c" stands in place of the figure, so numerator must be blank',
  ],
  'missing-column': [
    'data/areas.csv:1 column "kind" is missing from the header',
  ],
  'missing-denominator': [
    'data/observations/council.csv:4:6 denominator is blank: a percent indicator needs what the numerator "1082" is out of',
  ],
  'missing-file': [
    'data/populations.csv is missing',
  ],
  'missing-observations': [
    'data/observations has no .csv files: expected one CSV of observations per council or report',
  ],
  'misspelt-column': [
    'data/observations/council.csv:1:6 column "denominatr" is not expected — did you mean "denominator"?',
  ],
  'negative-count': [
    'data/observations/council.csv:4:5 numerator "-3" is negative: expected 0 or more',
  ],
  'negative-population': [
    'data/populations.csv:4:3 population "-52000" is negative: expected 0 or more',
  ],
  'no-figure': [
    'data/observations/council.csv:5:8 marker is blank but the row has no numerator or value: give the figure, or a marker such as x (not available) or c (suppressed)',
  ],
  'non-numeric': [
    'data/observations/council.csv:4:6 denominator "5210a" is not a number',
  ],
  'non-whole-average-denominator': [
    'data/observations/council.csv:10:6 denominator "19.5" is not a whole number: an average in days is a total over a number of children or cases',
  ],
  'non-whole-count': [
    'data/observations/council.csv:6:7 value "715.5" is not a whole number: a count indicator counts children, cases or events',
  ],
  'non-whole-population': [
    'data/populations.csv:2:3 population "132820.5" is not a whole number',
  ],
  'non-whole-rate-numerator': [
    'data/observations/council.csv:2:5 numerator "5210.5" is not a whole number: a rate indicator counts children, cases or events',
  ],
  'numerator-above-denominator': [
    'data/observations/council.csv:4:5 numerator "5301" is more than the denominator "5210": a percentage cannot be above 100',
  ],
  'percent-value-out-of-range': [
    'data/observations/council.csv:12:7 value "104.5" is not between 0 and 100: a percent indicator\'s value is a percentage',
  ],
  'qualifier-without-figure': [
    'data/observations/council.csv:10:8 marker "p" qualifies a figure but the row has no numerator or value: give the figure, or a marker such as x (not available) or c (suppressed)',
  ],
  'rate-per-on-percent': [
    'data/indicators.csv:3:6 rate_per "100" is only for rates: leave it blank for a percent indicator',
  ],
  'rate-without-population': [
    'data/observations/council.csv:11:5 numerator "5400" cannot become a rate: data/populations.csv has no population of E10000003 for mid-year 2021 (used for 2021/22) and the denominator is blank',
  ],
  'rate-without-rate-per': [
    'data/indicators.csv:2:6 rate_per is blank: a rate needs the number it is per, such as 10000',
  ],
  'suffix-on-council': [
    'data/areas.csv:7:4 kind "local-authority" needs a code without a suffix; a code such as "E10000015-SN" is for kind group',
  ],
  'target-bad-period': [
    'data/targets.csv:5:3 from "2020/22" is not a financial year: the year after 2020 ends in 21, so write 2020/21',
  ],
  'target-duplicate': [
    'data/targets.csv:5:3 repeats data/targets.csv:2: the same indicator, area and from',
  ],
  'target-misspelt-column': [
    'data/targets.csv:1:5 column "tolerence" is not expected — did you mean "tolerance"?',
  ],
  'target-negative-tolerance': [
    'data/targets.csv:5:5 tolerance "-1" is negative: expected 0 or more',
  ],
  'target-non-numeric': [
    'data/targets.csv:5:4 target "21%" is not a number',
  ],
  'target-not-a-council': [
    'data/targets.csv:5:2 area "E92000001" (England) is of kind country: a target belongs to a council (kind local-authority or fictional)',
  ],
  'target-same-start': [
    'data/targets.csv:5:3 from "2020-04" starts on 1 April 2020, as from "2020/21" at data/targets.csv:4 does: keep one row per indicator, area and start',
  ],
  'target-unknown-area': [
    'data/targets.csv:5:2 area "E10000099" is not in data/areas.csv (by ONS code or DfE code)',
  ],
  'target-unknown-indicator': [
    'data/targets.csv:5:1 indicator "re-referals" is not in data/indicators.csv — did you mean "re-referrals"?',
  ],
  'unclosed-quote': [
    'data/observations/council.csv:11 opens a quoted field that is never closed: a closing quote is missing',
  ],
  'unexpected-column': [
    'data/populations.csv:1:5 column "comment" is not expected: the columns are area, period, population, source',
  ],
  'unknown-area': [
    'data/observations/council.csv:8:2 area "E92000009" is not in data/areas.csv (by ONS code or DfE code)',
  ],
  'unknown-indicator': [
    'data/observations/council.csv:4:1 indicator "re-referals" is not in data/indicators.csv — did you mean "re-referrals"?',
  ],
  'unknown-kind': [
    'data/areas.csv:2:4 kind "nation" is not one of: local-authority, region, country, fictional, group',
  ],
  'unknown-marker': [
    'data/observations/council.csv:5:8 marker "NA" is not a GSS symbol: expected one of c, x, z, low, u, p, r, e, b, bare or in brackets such as [c]',
  ],
  'unknown-polarity': [
    'data/indicators.csv:5:7 polarity "down" is not one of: higher, lower, none',
  ],
  'unknown-population-area': [
    'data/populations.csv:4:1 area "X00000002" is not in data/areas.csv (by ONS code or DfE code)',
  ],
  'unknown-unit': [
    'data/indicators.csv:3:5 unit "percentage" is not one of: count, percent, rate, ratio, days, weeks, months, currency',
  ],
  'wrong-field-count': [
    'data/observations/council.csv:6 has 8 fields but the header has 9',
  ],
  'zero-denominator': [
    'data/observations/council.csv:9:6 denominator "0" is zero: use marker z (not applicable) when there is nothing to divide by',
  ],
};

describe('loadDataset on the minimal valid dataset', () => {
  it('returns every row, typed, with where it came from', async () => {
    const dataset = await loadDataset({ root: `${fixtures}pass` });
    expect([...dataset.indicators.keys()]).toEqual(['referrals-rate', 're-referrals', 'children-in-care', 'average-caseload', 'adoption-days']);
    expect(dataset.indicators.get('referrals-rate')).toMatchObject({ unit: 'rate', rate_per: 10000, decimals: 1, source: 'DfE children in need census', location: 'data/indicators.csv:2' });
    expect(dataset.areasByDfeCode.get('873')?.code).toBe('E10000003');
    expect(dataset.observations).toHaveLength(10);
    expect(dataset.areas.get('E10000003-SN')).toMatchObject({ kind: 'group', source: 'data/areas.csv:6' });
    expect(dataset.areas.get('E10000003-SN')?.dfe_code).toBeUndefined();
    expect(dataset.observations.find((o) => o.area === 'E10000003-SN')).toMatchObject({ indicator: 're-referrals', value: { raw: '21.9' } });
    expect(dataset.warnings).toEqual([]);
  });

  it('keeps the numbers exactly as written and missing as undefined, never zero', async () => {
    const { observations } = await loadDataset({ root: `${fixtures}pass` });
    const caseload = observations.find((o) => o.indicator === 'average-caseload');
    expect(caseload).toMatchObject({ numerator: { raw: '412', value: 412 }, denominator: { raw: '27.5', value: 27.5 } });
    expect(caseload?.value).toBeUndefined();
    const suppressed = observations.find((o) => o.breakdown === 'Under 1');
    expect(suppressed).toMatchObject({ marker: 'c', source: 'data/observations/council.csv:7' });
    expect(suppressed?.value).toBeUndefined();
    expect(observations.find((o) => o.note === 'Not yet published')?.marker).toBe('x');
  });

  it('resolves a DfE code to the area code and finds the population a rate is per', async () => {
    const { observations } = await loadDataset({ root: `${fixtures}pass` });
    const [year, month] = observations.filter((o) => o.indicator === 'referrals-rate');
    expect(year).toMatchObject({ area: 'E10000003', population: { value: 132820, year: 2019, source: 'data/populations.csv:2' } });
    expect(month).toMatchObject({ area: 'E10000003', population: { value: 132989, year: 2020, source: 'data/populations.csv:3' } });
  });

  it('names files relative to the root it is given, with the data folder it is told', async () => {
    const problems = await (async () => {
      try {
        await loadDataset({ root: fixtures, dir: 'fail/missing-file/data' });
        return [];
      } catch (error) {
        return (error as DataError).problems.map(formatProblem);
      }
    })();
    expect(problems).toEqual(['fail/missing-file/data/populations.csv is missing']);
  });
});

describe('loadDataset on broken data', () => {
  it('has at least 18 broken fixtures, each with its expected problems pinned here', () => {
    expect(failing.length).toBeGreaterThanOrEqual(18);
    expect(Object.keys(EXPECTED).sort()).toEqual(failing);
  });

  it.each(failing)('fails on every fixture in fail/, including %s', async (name) => {
    await expect(loadDataset({ root: `${fixtures}fail/${name}` })).rejects.toBeInstanceOf(DataError);
  });

  it.each(Object.entries(EXPECTED))('reports fail/%s with file:line:column and the exact message', async (name, expected) => {
    expect(await problemsOf(`fail/${name}`)).toEqual(expected);
  });

  it('reports all three faults of one file, not only the first', async () => {
    expect(await problemsOf('three-faults')).toEqual([
      'data/observations/council.csv:4:6 denominator "52x0" is not a number',
      'data/observations/council.csv:8:2 area "E92000009" is not in data/areas.csv (by ONS code or DfE code)',
      'data/observations/council.csv:9:3 period "2020-13" is not a real month: months run from 01 to 12',
    ]);
  });

  it('throws an error whose message a person can act on', async () => {
    const error = await loadDataset({ root: `${fixtures}three-faults` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const lines = (error as DataError).message.split('\n');
    expect(lines[0]).toBe('Data check failed: 3 problems in 1 file');
    expect(lines[1]).toBe('data/observations/council.csv:4:6 denominator "52x0" is not a number');
    expect(lines.at(-1)).toMatch(/^Correct each cell named above in the CSV file/);
  });
});
