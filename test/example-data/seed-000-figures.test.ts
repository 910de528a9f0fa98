import { ratePer } from '../../src/engine/measures.ts';
import { describe, expect, it } from 'vitest';
import { readRows } from './read-example-data.ts';

/**
 * Every figure stated in the text and tables of the Cambridgeshire Children and Young People
 * Committee paper of 1 December 2020 (seed 000), written out here from the paper itself, so this
 * checks the data against the paper and not against itself.
 */

const CAMBS = 'E10000003';
const ENGLAND = 'E92000001';
/** The average of Cambridgeshire's statistical neighbours as the paper states it: a group area, not a breakdown. */
const SN = 'E10000003-SN';

interface Where {
  indicator: string;
  area: string;
  period: string;
  breakdown?: string;
}

interface Stated extends Where {
  paragraph: string;
  says: string;
  value?: string;
  numerator?: string;
  denominator?: string;
  marker?: string;
}

/** A rate per 10,000 through the engine, as the page computes it. */
function ratePerTenThousand(count: number, population: number): number | undefined {
  return ratePer({ count, population, per: 10000, decimals: 1 }).value;
}

const STATED: readonly Stated[] = [
  { paragraph: '2.11', says: '86% of assessments were completed within the required timescale (October)', indicator: 'assessments-within-45-days', area: CAMBS, period: '2020-10', value: '86' },
  { paragraph: '2.12', says: 'statistical neighbours [81%]', indicator: 'assessments-within-45-days', area: SN, period: '2020-10', value: '81' },
  { paragraph: '2.12', says: 'England averages [83%]', indicator: 'assessments-within-45-days', area: ENGLAND, period: '2020-10', value: '83' },
  { paragraph: '2.12', says: 'last financial year ... on time was 81%', indicator: 'assessments-within-45-days', area: CAMBS, period: '2019/20', value: '81' },
  { paragraph: '2.15', says: '99 children were the subject of a child protection enquiry in October, with 55 progressing to a child protection conference', indicator: 's47-to-initial-conference', area: CAMBS, period: '2020-10', numerator: '55', denominator: '99' },
  { paragraph: '2.15', says: 'Our current performance is that 54% of enquiries progress to conference', indicator: 's47-to-initial-conference-12-months', area: CAMBS, period: '2020-10', value: '54' },
  { paragraph: '2.15', says: 'an average of 41% among our statistical neighbours', indicator: 's47-to-initial-conference-12-months', area: SN, period: '2020-10', value: '41' },
  { paragraph: '2.15', says: '38% in England as a whole', indicator: 's47-to-initial-conference-12-months', area: ENGLAND, period: '2020-10', value: '38' },
  { paragraph: '2.17', says: 'our current rate is 29.2', indicator: 'cp-plans-rate', area: CAMBS, period: '2020-10-31', value: '29.2' },
  { paragraph: '2.17', says: 'the average of our statistical neighbours at 36 per 10,000', indicator: 'cp-plans-rate', area: SN, period: '2020-10-31', value: '36' },
  { paragraph: '2.22', says: 'October performance, at 90% of visits within timescales', indicator: 'cp-visits-within-timescale', area: CAMBS, period: '2020-10', value: '90' },
  { paragraph: '2.24', says: 'The 681 children in care as of the end of October', indicator: 'children-in-care', area: CAMBS, period: '2020-10-31', value: '681' },
  { paragraph: '2.24', says: 'equates to a rate of 50 per 10,000 (the data now holds the 681 children, and the page computes the rate from the ONS population: see the correction test below)', indicator: 'children-in-care-rate', area: CAMBS, period: '2020-10-31', numerator: '681' },
  { paragraph: '2.24', says: 'down to between 600 and 620 (600)', indicator: 'children-in-care-target', area: CAMBS, period: '2020/21', breakdown: 'Lower end', value: '600' },
  { paragraph: '2.24', says: 'down to between 600 and 620 (620)', indicator: 'children-in-care-target', area: CAMBS, period: '2020/21', breakdown: 'Upper end', value: '620' },
  { paragraph: '2.25', says: 'within the £200 - £250 per week range (£200)', indicator: 'weekly-placement-cost', area: CAMBS, period: '2020/21', breakdown: 'In-house foster placement for a younger child: lower end', value: '200' },
  { paragraph: '2.25', says: 'within the £200 - £250 per week range (£250)', indicator: 'weekly-placement-cost', area: CAMBS, period: '2020/21', breakdown: 'In-house foster placement for a younger child: upper end', value: '250' },
  { paragraph: '2.25', says: 'more likely to cost around £5,000 per week', indicator: 'weekly-placement-cost', area: CAMBS, period: '2020/21', breakdown: 'Specialist placement for a young person with complex needs', value: '5000', marker: 'e' },
  { paragraph: '2.29', says: '7% of children and young people in care experiencing three or more placement moves', indicator: 'placements-3-or-more', area: CAMBS, period: '2020-10', value: '7' },
  { paragraph: '2.29', says: 'National performance ... 10% of children experience three or more placement moves', indicator: 'placements-3-or-more', area: ENGLAND, period: '2020-10', value: '10' },
  { paragraph: '2.29', says: 'the average performance of our statistical neighbours is 11%', indicator: 'placements-3-or-more', area: SN, period: '2020-10', value: '11' },
  { paragraph: '2.31', says: 'between September and October, from 88% (September)', indicator: 'health-assessments-on-time', area: CAMBS, period: '2020-09', value: '88' },
  { paragraph: '2.31', says: 'to 86% of health assessments being carried out on time (October)', indicator: 'health-assessments-on-time', area: CAMBS, period: '2020-10', value: '86' },
  { paragraph: '2.32', says: 'Assessment 14.5', indicator: 'average-caseload', area: CAMBS, period: '2020-11-06', breakdown: 'Assessment', value: '14.5' },
  { paragraph: '2.32', says: 'Family Safeguarding 17.0', indicator: 'average-caseload', area: CAMBS, period: '2020-11-06', breakdown: 'Family Safeguarding', value: '17.0' },
  { paragraph: '2.32', says: 'Adolescent teams 10.0', indicator: 'average-caseload', area: CAMBS, period: '2020-11-06', breakdown: 'Adolescent teams', value: '10.0' },
  { paragraph: '2.32', says: 'Corporate Parenting 19.5', indicator: 'average-caseload', area: CAMBS, period: '2020-11-06', breakdown: 'Corporate Parenting', value: '19.5' },
  { paragraph: '2.32', says: 'Leaving Care 20.5', indicator: 'average-caseload', area: CAMBS, period: '2020-11-06', breakdown: 'Leaving Care', value: '20.5' },
  { paragraph: '2.32', says: '[but UASC team is 25]', indicator: 'average-caseload', area: CAMBS, period: '2020-11-06', breakdown: 'Leaving Care: UASC team', value: '25' },
  { paragraph: '2.32', says: 'and 20 in the leaving care service', indicator: 'average-caseload-target', area: CAMBS, period: '2020-11-06', breakdown: 'Leaving Care', value: '20' },
  { paragraph: '2.35', says: 'In 2019/20, the turnover rate for qualified social workers was 12.4%', indicator: 'social-worker-turnover-rate', area: CAMBS, period: '2019/20', value: '12.4' },
  { paragraph: '2.35', says: 'the national average rate of 16%', indicator: 'social-worker-turnover-rate', area: ENGLAND, period: '2019/20', value: '16' },
  { paragraph: '2.35', says: 'a rate of 19% in 2018/19', indicator: 'social-worker-turnover-rate', area: CAMBS, period: '2018/19', value: '19' },
  { paragraph: '2.36', says: '32 social workers have been offered and appointed', indicator: 'social-workers-appointed', area: CAMBS, period: '2020/21', value: '32' },
  { paragraph: '2.36', says: 'with 21 having started', indicator: 'social-workers-appointed', area: CAMBS, period: '2020/21', breakdown: 'Started', value: '21' },
  { paragraph: '2.36', says: 'a further 5 having start dates', indicator: 'social-workers-appointed', area: CAMBS, period: '2020/21', breakdown: 'Start date agreed', value: '5' },
  { paragraph: '2.36', says: 'the remaining 6 at the pre-appointment check stage', indicator: 'social-workers-appointed', area: CAMBS, period: '2020/21', breakdown: 'Pre-appointment checks', value: '6' },
];

/** The table in paragraph 2.19, as printed (tabs between columns); "-" means not available. */
const CARE_PROCEEDINGS_TABLE = `
919	Hertfordshire	6.50	6.00	5.30	5.20
869	West Berkshire	10.80	10.00	9.10	6.10
850	Hampshire	8.00	9.10	9.30	7.20
873	Cambridgeshire	12.00	11.10	10.30	8.00
865	Wiltshire	7.60	6.90	7.50	8.50
803	South Gloucestershire	7.10	7.20	8.50	9.20
931	Oxfordshire	11.10	9.40	11.00	10.10
800	Bath and North East Somerset	7.40	8.20	11.40	10.20
885	Worcestershire	12.90	11.80	10.20	10.80
938	West Sussex	9.40	9.50	8.50	11.00
916	Gloucestershire	9.50	8.00	11.30	11.20
	Statistical Neighbours	9.03	8.61	9.21	8.95
985	East of England	-	-	-	-
970	England	12.30	11.90	11.30	10.80`;

/** The columns 2017 to 2020 are years ending 31 March (paragraph 2.20). */
const TABLE_YEARS = ['2016/17', '2017/18', '2018/19', '2019/20'] as const;

const table = CARE_PROCEEDINGS_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code = '', name = '', ...values] = line.split('\t');
    return { code, name, values };
  });

const observations = readRows('data/observations/cambridgeshire.csv');
const areas = readRows('data/areas.csv');
const indicators = readRows('data/indicators.csv');
const targets = readRows('data/targets.csv');

/** Areas may be named by ONS or DfE code; both refer to the same row of areas.csv. */
function onsCode(code: string): string {
  return areas.find((a) => a.code === code || a.dfe_code === code)?.code ?? code;
}

function find(where: Where): Record<string, string>[] {
  return observations.filter(
    (o) =>
      o.indicator === where.indicator &&
      onsCode(o.area ?? '') === onsCode(where.area) &&
      o.period === where.period &&
      (o.breakdown ?? '') === (where.breakdown ?? ''),
  );
}

describe('seed 000: every figure in the text of the paper is in data/', () => {
  it.each(STATED.map((s) => [`para ${s.paragraph}: "${s.says}"`, s] as const))('%s', (_name, stated) => {
    const rows = find(stated);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect({
      value: row?.value,
      numerator: row?.numerator,
      denominator: row?.denominator,
      marker: row?.marker,
    }).toEqual({
      value: stated.value ?? '',
      numerator: stated.numerator ?? '',
      denominator: stated.denominator ?? '',
      marker: stated.marker ?? '',
    });
    expect(row?.note).toContain(`para ${stated.paragraph}`);
  });

  it('para 2.15: 55 of 99 is 55.6%, so the 54% "current performance" is kept as a separate, given figure', () => {
    const october = find({ indicator: 's47-to-initial-conference', area: CAMBS, period: '2020-10' })[0];
    const current = find({ indicator: 's47-to-initial-conference-12-months', area: CAMBS, period: '2020-10' })[0];
    const computed = (Number(october?.numerator) / Number(october?.denominator)) * 100;
    expect(computed.toFixed(1)).toBe('55.6');
    expect(current?.value).toBe('54');
    expect(current?.note).toMatch(/12 months/);
  });

  it("para 2.22: the expected 95% for child protection visits is Cambridgeshire's own target, not a default for every council", () => {
    const rows = targets.filter((t) => t.indicator === 'cp-visits-within-timescale' && t.area === CAMBS);
    expect(rows.map((t) => [t.from, t.target, t.tolerance])).toEqual([['2020/21', '95', '']]);
    expect(indicators.find((i) => i.id === 'cp-visits-within-timescale')?.target).toBe('');
  });

  it("para 2.32: the caseload target of 15 per FTE across the service is Cambridgeshire's own target, not a default for every council", () => {
    const rows = targets.filter((t) => t.indicator === 'average-caseload' && t.area === CAMBS);
    expect(rows.map((t) => [t.from, t.target, t.tolerance])).toEqual([['2020/21', '15', '']]);
    expect(indicators.find((i) => i.id === 'average-caseload')?.target).toBe('');
  });

  it('paras 2.24 and 2.32: the range of 600 to 620 and the leaving care target of 20 stay observations, not council targets', () => {
    expect(targets.filter((t) => (t.indicator ?? '').endsWith('-target'))).toEqual([]);
    expect(targets.filter((t) => t.indicator === 'children-in-care')).toEqual([]);
  });

  it('para 2.24: the rate of 50 per 10,000 the paper gave is corrected to 51.2, computed from its 681 children and the ONS mid-2020 population', () => {
    expect(ratePerTenThousand(681, 132989)).toBe(51.2);
  });

  it('para 2.27: visits to children in care are not available, with the 90 to 95% local estimate in the note', () => {
    const row = find({ indicator: 'cla-visits-within-timescale', area: CAMBS, period: '2020-10' })[0];
    expect(row?.marker).toBe('x');
    expect([row?.numerator, row?.denominator, row?.value]).toEqual(['', '', '']);
    expect(row?.note).toMatch(/between 90 and 95%/);
  });

  it('para 2.36: the appointments broken down add up to the 32 appointed', () => {
    const parts = observations.filter((o) => o.indicator === 'social-workers-appointed' && o.breakdown !== '');
    expect(parts.reduce((total, o) => total + Number(o.value), 0)).toBe(32);
  });
});

describe('seed 000: the care proceedings table in paragraph 2.19', () => {
  const councils = table.filter((r) => /^\d{3}$/.test(r.code) && !['985', '970'].includes(r.code));

  it('names the same councils, by DfE code, as areas.csv', () => {
    expect(councils).toHaveLength(11);
    for (const { code, name } of councils) {
      expect(areas.find((a) => a.dfe_code === code)?.name).toBe(name);
    }
  });

  it.each(table.filter((r) => r.name !== 'Statistical Neighbours').map((r) => [r.name, r] as const))(
    'has every year of %s as printed',
    (_name, printed) => {
      const area = printed.code === '970' ? ENGLAND : printed.code === '985' ? 'E12000006' : printed.code;
      TABLE_YEARS.forEach((period, index) => {
        const cell = printed.values[index];
        const rows = find({ indicator: 'care-proceedings-rate', area, period });
        expect(rows).toHaveLength(1);
        if (cell === '-') {
          expect([rows[0]?.marker, rows[0]?.value]).toEqual(['x', '']);
        } else {
          expect([rows[0]?.marker, rows[0]?.value]).toEqual(['', cell]);
        }
      });
    },
  );

  it('gives the "Statistical Neighbours" row as the mean of the ten neighbours, which is computed and not stored', () => {
    const printed = table.find((r) => r.name === 'Statistical Neighbours');
    const neighbours = councils.filter((r) => r.code !== '873');
    expect(neighbours).toHaveLength(10);
    TABLE_YEARS.forEach((period, index) => {
      // Whole hundredths keep the sum exact; the mean of ten is then a tenth of a hundredth.
      const hundredths = neighbours.map((n) => {
        const value = find({ indicator: 'care-proceedings-rate', area: n.code, period })[0]?.value ?? 'NaN';
        return Math.round(Number(value) * 100);
      });
      const total = hundredths.reduce((a, b) => a + b, 0);
      const mean = Math.floor((total + 5) / 10) / 100;
      expect(mean.toFixed(2)).toBe(printed?.values[index]);
    });
    expect(observations.filter((o) => o.indicator === 'care-proceedings-rate' && o.breakdown !== '')).toEqual([]);
  });
});
