import { describe, expect, it } from 'vitest';
import { checkDfeIndicators } from '../../../src/data/check-dfe-indicators.ts';
import { DFE_INDICATOR_OPTIONAL_COLUMNS, dfeIndicatorSchema } from '../../../src/data/dfe-indicator-schema.ts';
import { parseCsvText } from '../../../src/data/csv.ts';
import { formatProblem, ProblemLog } from '../../../src/data/problems.ts';
import { validateTable } from '../../../src/data/load-dataset.ts';
import { realDataset } from './real-dataset.ts';

const HEADER = 'indicator,file,period,filter,numerator,denominator,denominator_filter,value,decimals,unit,note';

async function check(...lines: string[]) {
  const dataset = await realDataset;
  const log = new ProblemLog();
  const table = validateTable(parseCsvText([HEADER, ...lines].join('\n'), 'data/dfe-indicators.csv'), dfeIndicatorSchema, log, DFE_INDICATOR_OPTIONAL_COLUMNS);
  const mappings = checkDfeIndicators(table, { indicators: dataset.indicators, dfe: dataset.dfe, dfeDir: 'data/dfe', indicatorsFile: 'data/indicators.csv' }, log);
  return { mappings, problems: log.sortedProblems().map(formatProblem) };
}

const GOOD = 'placements-3-or-more,la_cla_placement_stability.csv,financial-year,cla_group=CLA on 31 March;placement_stability=With 3 or more placements during the year,children_count,children_count,placement_stability=Total children,children_percent,0,percent,';

describe('data/dfe-indicators.csv', () => {
  it('loads with the repository data: every mapping names a real indicator, file and columns', async () => {
    const dataset = await realDataset;
    expect(dataset.dfeIndicators?.map((m) => m.indicator)).toContain('placements-3-or-more');
    expect(dataset.dfeIndicators).toHaveLength(14);
    const placements = dataset.dfeIndicators?.find((m) => m.indicator === 'placements-3-or-more');
    expect(placements).toMatchObject({
      file: 'data/dfe/la_cla_placement_stability.csv',
      denominatorFilter: [{ column: 'placement_stability', value: 'Total children' }],
      source: 'data/dfe-indicators.csv:8',
    });
  });

  it('accepts a well-formed row and reads its filters as column and value pairs', async () => {
    const { mappings, problems } = await check(GOOD);
    expect(problems).toEqual([]);
    expect(mappings[0]?.filter).toEqual([
      { column: 'cla_group', value: 'CLA on 31 March' },
      { column: 'placement_stability', value: 'With 3 or more placements during the year' },
    ]);
  });

  it('reports an unknown indicator, an unknown file and an unknown column at file:line:column', async () => {
    const { problems } = await check(
      GOOD.replace('placements-3-or-more', 'placements-3-or-mor'),
      GOOD.replace('la_cla_placement_stability.csv', 'la_cla_placement_stabilty.csv'),
      GOOD.replace('children_percent', 'child_percent'),
    );
    expect(problems).toEqual([
      'data/dfe-indicators.csv:2:1 indicator "placements-3-or-mor" is not in data/indicators.csv — did you mean "placements-3-or-more"?',
      'data/dfe-indicators.csv:3:2 file "la_cla_placement_stabilty.csv" is not an EES file in data/dfe/ — did you mean "la_cla_placement_stability.csv"?',
      'data/dfe-indicators.csv:4:8 value column "child_percent" is not in la_cla_placement_stability.csv — did you mean "children_percent"?',
    ]);
  });

  it('reports a filter value the file never has, a filter on a number column and a unit that is not the catalogue’s', async () => {
    const { problems } = await check(
      GOOD.replace('CLA on 31 March', 'CLA on 31 Mar'),
      GOOD.replace('cla_group=', 'children_count='),
      GOOD.replace(',percent,', ',rate,'),
      'children-in-care-rate,cla_number_and_rate_per_10k_children.csv,31-march,,children_count,,,rate_per_10000,0,rate,',
    );
    expect(problems).toEqual([
      'data/dfe-indicators.csv:2:4 filter value "CLA on 31 Mar" never appears in column cla_group of la_cla_placement_stability.csv — did you mean "CLA on 31 March"?',
      'data/dfe-indicators.csv:3:1 repeats data/dfe-indicators.csv:2: the same indicator and file',
      'data/dfe-indicators.csv:3:4 filter column "children_count" of la_cla_placement_stability.csv holds numbers, not labels',
      'data/dfe-indicators.csv:4:1 repeats data/dfe-indicators.csv:2: the same indicator and file',
      'data/dfe-indicators.csv:4:10 unit "rate" is not the unit of "placements-3-or-more" in data/indicators.csv (percent)',
      'data/dfe-indicators.csv:5:6 denominator is blank: a rate needs the column it is out of',
    ]);
  });

  it('reports a badly written filter, an unknown period kind and the same indicator and file twice', async () => {
    const { problems } = await check(GOOD.replace('cla_group=CLA on 31 March;', 'cla_group CLA;'), GOOD.replace('financial-year', 'reporting-year'), GOOD, GOOD);
    expect(problems).toEqual([
      'data/dfe-indicators.csv:2:4 filter "cla_group CLA;placement_stability=With 3 or more placements during the year" is not column=value pairs separated by ";", e.g. cla_group=CLA on 31 March;placement_stability=Total children',
      'data/dfe-indicators.csv:3:3 period "reporting-year" is not one of: financial-year, 31-march, 30-september',
      'data/dfe-indicators.csv:5:1 repeats data/dfe-indicators.csv:4: the same indicator and file',
    ]);
  });
});
