import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/data/csv.ts';
import { ProblemLog, formatProblem } from '../../../src/data/problems.ts';
import { OBSERVATION_OPTIONAL_COLUMNS, observationSchema } from '../../../src/data/schemas/observation.ts';
import { validateTable } from '../../../src/data/load-dataset.ts';

function check(csv: string) {
  const log = new ProblemLog();
  const table = validateTable(parseCsvText(csv, 'data/observations/x.csv'), observationSchema, log, OBSERVATION_OPTIONAL_COLUMNS);
  return { table, problems: log.problems.map(formatProblem) };
}

describe('observationSchema through validateTable', () => {
  it('types a row: period parsed, numbers exact, marker read in brackets, blanks undefined', () => {
    const { table, problems } = check('indicator,area,period,numerator,denominator,value,marker\nre-referrals,873,2013/14 Q1-Q2, 1082 ,2285,,[p]\n');
    expect(problems).toEqual([]);
    expect(table.rows[0]).toEqual({
      file: 'data/observations/x.csv',
      line: 2,
      row: {
        indicator: 're-referrals',
        area: '873',
        period: { kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true },
        breakdown: undefined,
        numerator: { raw: '1082', value: 1082 },
        denominator: { raw: '2285', value: 2285 },
        value: undefined,
        marker: 'p',
        note: undefined,
      },
    });
  });

  it('lets breakdown and note be left out of the header but no other column', () => {
    expect(check('indicator,area,period,numerator,denominator,value\n').problems).toEqual([
      'data/observations/x.csv:1 column "marker" is missing from the header',
    ]);
  });

  it('reports every bad cell of a row, each at its own column', () => {
    expect(check('indicator,area,period,numerator,denominator,value,marker\n,873,2019/21,1e3,-1,,N/A\n').problems).toEqual([
      'data/observations/x.csv:2:1 indicator is blank: expected an indicator id from indicators.csv',
      'data/observations/x.csv:2:3 period "2019/21" is not a financial year: the year after 2019 ends in 20, so write 2019/20',
      'data/observations/x.csv:2:4 numerator "1e3" is not a number',
      'data/observations/x.csv:2:5 denominator "-1" is negative: expected 0 or more',
      'data/observations/x.csv:2:7 marker "N/A" is not a GSS symbol: expected one of c, x, z, low, u, p, r, e, b, bare or in brackets such as [c]',
    ]);
  });
});
