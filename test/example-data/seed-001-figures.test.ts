import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/index.ts';
import { percentage } from '../../src/engine/measures.ts';
import { cellsOf, loadPaperData, observationsAt, type Where } from './load-paper-data.ts';

/**
 * Every figure stated in Devon's "Children's Social Care Performance" report to the Children's
 * Scrutiny Committee, October 2021 (CS2116, meeting 9 November 2021; seed 001), typed here from the
 * paper, checked against data/observations/devon-2021.csv as read by the real data layer.
 *
 * The paper has no numbered paragraphs: it is one page per theme, so figures are cited by page.
 * Most of its charts were images and are lost; only what its text and tables state is in data.
 * Figures with no period ("currently") are recorded against the month of the report, October 2021;
 * the recruitment table is at its "Data last updated" date, 20 October 2021.
 */

const DEVON = 'E10000008';
const GOOD = 'E10000008-GOOD';
const FILE = 'devon-2021.csv';
const MONTH = '2021-10';
const TABLE_DATE = '2021-10-20';

interface Stated extends Where {
  page: string;
  says: string;
  value?: string;
  numerator?: string;
  denominator?: string;
  marker?: string;
}

const STATED: readonly Stated[] = [
  { page: 'Referrals', says: 'GOOD LAs: have a re-referral rate of 19%', indicator: 're-referrals-within-12-months', area: GOOD, period: MONTH, value: '19' },
  { page: 'Children in Need', says: 'Child in Need Plan: Children on Plan (Current Month) 686', indicator: 'cin-plans', area: DEVON, period: MONTH, value: '686' },
  { page: 'Children in Need', says: 'Cohort Trend (Last Year %) 4.9%', indicator: 'cin-plans-change-on-last-year', area: DEVON, period: MONTH, value: '4.9' },
  { page: 'Children in Need', says: 'Current Visit Timeliness 77%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, value: '77' },
  { page: 'Children in Need', says: 'SOUTH 77%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, breakdown: 'Locality: South', value: '77' },
  { page: 'Children in Need', says: 'NORTH 59%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, breakdown: 'Locality: North', value: '59' },
  { page: 'Children in Need', says: 'MID & EAST 58%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, breakdown: 'Locality: Mid & East', value: '58' },
  { page: 'Children in Need', says: 'EXETER 82%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, breakdown: 'Locality: Exeter', value: '82' },
  { page: 'Children in Need', says: 'DISABLED CHILDREN SERVICE 67%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, breakdown: 'Service: Disabled Children Service', value: '67' },
  { page: 'Children in Need', says: 'SOCIAL WORKERS IN SCHOOL 74%', indicator: 'cin-visits-within-timescale', area: DEVON, period: MONTH, breakdown: 'Service: Social Workers in School', value: '74' },
  { page: 'Children in Need', says: "18% of children currently with a CIN plan (124 children) are open to the Disabled Children's Service", indicator: 'cin-plans-share', area: DEVON, period: MONTH, breakdown: "Open to the Disabled Children's Service", numerator: '124', denominator: '686' },
  { page: 'Children in Need', says: '12% of the children with a current CIN plan are subject to supervision orders', indicator: 'cin-plans-share', area: DEVON, period: MONTH, breakdown: 'Subject to a supervision order', value: '12' },
  { page: 'Children in Need', says: '30 children have had a CIN plan for over 2 years', indicator: 'cin-plans', area: DEVON, period: MONTH, breakdown: 'Plan open for more than 2 years', value: '30' },
  { page: 'Children in Need', says: '66 children have had a CIN plan for between 1 & 2 years', indicator: 'cin-plans', area: DEVON, period: MONTH, breakdown: 'Plan open for 1 to 2 years', value: '66' },
  { page: 'Child Protection', says: '85% of children subject to an Initial Child Protection Conference are made the subject of a child protection plan', indicator: 'icpc-leading-to-cp-plan', area: DEVON, period: MONTH, value: '85' },
  { page: 'Child Protection', says: '50% of children are subject to a CPP for concerns about neglect', indicator: 'cp-plans-by-category', area: DEVON, period: MONTH, breakdown: 'Neglect', value: '50' },
  { page: 'Child Protection', says: '35% for emotional abuse', indicator: 'cp-plans-by-category', area: DEVON, period: MONTH, breakdown: 'Emotional abuse', value: '35' },
  { page: 'Child Protection', says: '12% for physical abuse', indicator: 'cp-plans-by-category', area: DEVON, period: MONTH, breakdown: 'Physical abuse', value: '12' },
  { page: 'Child Protection', says: '3% for sexual abuse', indicator: 'cp-plans-by-category', area: DEVON, period: MONTH, breakdown: 'Sexual abuse', value: '3' },
  { page: 'Child Protection', says: 'In the past six months, 22% of children subject to a CPP had been on a CPP before', indicator: 'cp-plans-second-or-subsequent-6-months', area: DEVON, period: MONTH, value: '22' },
  { page: 'Child Protection', says: 'slightly above good LAs (18%)', indicator: 'cp-plans-second-or-subsequent-6-months', area: GOOD, period: MONTH, value: '18' },
  { page: 'Child Protection', says: 'Only 2% of child protection plans have been in place more than two years', indicator: 'cp-plans-lasting-over-2-years', area: DEVON, period: MONTH, value: '2' },
  { page: 'Children in Care', says: '34 children in long term care currently have a plan for reunification', indicator: 'children-in-care-reunification-plan', area: DEVON, period: MONTH, value: '34' },
  { page: 'Care Experienced Young People', says: 'All eligible young people 16+ now have access to a Personal Adviser', indicator: 'care-leavers-with-personal-adviser', area: DEVON, period: MONTH, value: '100' },
  { page: 'Care Experienced Young People', says: '80% of eligible young people have an up to date Pathway Plan', indicator: 'care-leavers-pathway-plan-up-to-date', area: DEVON, period: MONTH, value: '80' },
];

/**
 * The Recruitment page's table as printed (tabs between columns): Role, Budgeted FTE Establishment,
 * Unfilled Vacancies (Perm & Temp), % of Capacity Shortfall / Vacancies, then "% Of staff Employment
 * Status (in Post)": Permanent, Agency.
 */
const RECRUITMENT_TABLE = `
Team Manager	32.00	2.50	7.8%	70.3%	40.6%
Assistant Team Manager	14.00	1.15	8.2%	84.6%	35.7%
Social Worker (Exp & ASYE)	197.01	36.05	18.3%	58.0%	36.5%
Family Practitioner	67.81	14.27	21.0%	91.6%	4.4%
Personal Adviser (Care Leavers)	33.81	5.39	15.9%	88.2%	5.9%
GRAND TOTALS	348.63	63.36	18.2%	69.0%	27.2%`;

const recruitment = RECRUITMENT_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [role = '', fte = '', unfilled = '', shortfall = '', permanent = '', agency = ''] = line.split('\t');
    const percent = (cell: string) => cell.replace(/%$/, '');
    // The total row is the whole, which the data writes with a blank breakdown.
    return { role, breakdown: role === 'GRAND TOTALS' ? '' : role, fte, unfilled, shortfall: percent(shortfall), permanent: percent(permanent), agency: percent(agency) };
  });

/** Hundredths of an FTE as whole numbers, so that sums are exact. */
function hundredths(text: string): number {
  return Math.round(Number(text) * 100);
}

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadPaperData(FILE);
});

function only(where: Where) {
  const rows = observationsAt(dataset, where);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('seed 001: every figure in the text of the Devon paper is in data/', () => {
  it.each(STATED.map((s) => [`page "${s.page}": "${s.says}"`, s] as const))('%s', (_name, stated) => {
    const row = only(stated);
    expect(cellsOf(row)).toEqual({
      numerator: stated.numerator ?? '',
      denominator: stated.denominator ?? '',
      value: stated.value ?? '',
      marker: stated.marker ?? '',
    });
    expect(row?.note).toContain(`page "${stated.page}"`);
  });

  it('holds nothing the paper does not state: one row per figure above, in the recruitment table or in the printed trend', () => {
    const devon = dataset.observations.filter((o) => o.source.startsWith(`data/observations/${FILE}`));
    // The 18-month children-in-need trend the paper prints as 11 numbers without their months.
    const printedTrend = devon.filter((o) => o.indicator === 'cin-plans-trend-as-printed');
    expect(printedTrend.map((o) => o.value?.raw)).toEqual(['650', '643', '654', '614', '603', '618', '605', '617', '629', '578', '574']);
    expect(devon).toHaveLength(STATED.length + recruitment.length * 3 + printedTrend.length);
  });

  it('reproduces the 18% open to the disabled children\'s service from 124 of 686', () => {
    const row = only({ indicator: 'cin-plans-share', area: DEVON, period: MONTH, breakdown: "Open to the Disabled Children's Service" });
    const shown = percentage({ numerator: row?.numerator?.raw ?? 'NaN', denominator: row?.denominator?.raw ?? 'NaN', decimals: 0 });
    expect(shown.value).toBe(18);
    expect(row?.denominator?.raw).toBe(only({ indicator: 'cin-plans', area: DEVON, period: MONTH })?.value?.raw);
  });

  it('splits child protection plans by category into parts that add up to 100%', () => {
    const parts = dataset.observations.filter((o) => o.indicator === 'cp-plans-by-category' && o.area === DEVON);
    expect(parts.map((o) => o.breakdown)).toEqual(['Neglect', 'Emotional abuse', 'Physical abuse', 'Sexual abuse']);
    expect(parts.reduce((sum, o) => sum + Number(o.value?.raw), 0)).toBe(100);
  });

  it('keeps the lost 18-month trend lost: one month of children on a plan, not eighteen', () => {
    // The table prints 11 unlabelled numbers (650 643 654 614 603 618 605 617 629 578 574) for an
    // "18 Month Trend": which months they are cannot be known, so none is recorded.
    const whole = dataset.observations.filter((o) => o.indicator === 'cin-plans' && o.breakdown === undefined);
    expect(whole.map((o) => o.value?.raw)).toEqual(['686']);
    for (const unplaced of ['650', '643', '654', '614', '603', '618', '605', '617', '629', '578', '574']) {
      expect(dataset.observations.filter((o) => o.indicator === 'cin-plans' && o.value?.raw === unplaced)).toEqual([]);
    }
  });

  it('gives the good councils, which the paper does not name, as a group area of Devon', () => {
    expect(dataset.areas.get(GOOD)?.kind).toBe('group');
    expect(dataset.areas.get(DEVON)).toMatchObject({ dfe_code: '878', name: 'Devon', kind: 'local-authority', region_code: 'E12000009' });
  });
});

describe('seed 001: the recruitment table (data last updated 20/10/2021)', () => {
  it.each(recruitment.map((r) => [r.role, r] as const))('has the row "%s" as printed', (_role, printed) => {
    const where = { area: DEVON, period: TABLE_DATE, ...(printed.breakdown === '' ? {} : { breakdown: printed.breakdown }) };
    const unfilled = only({ indicator: 'unfilled-posts-rate', ...where });
    expect([unfilled?.numerator?.raw, unfilled?.denominator?.raw]).toEqual([printed.unfilled, printed.fte]);
    expect(only({ indicator: 'staff-permanent-percentage', ...where })?.value?.raw).toBe(printed.permanent);
    expect(only({ indicator: 'staff-agency-percentage', ...where })?.value?.raw).toBe(printed.agency);
  });

  it.each(recruitment.map((r) => [r.role, r.unfilled, r.fte, r.shortfall] as const))(
    'reproduces the %s shortfall: %s of %s FTE is %s%%',
    (_role, unfilled, fte, shortfall) => {
      const shown = percentage({ numerator: unfilled, denominator: fte, decimals: 1 });
      expect(shown.value?.toFixed(1)).toBe(shortfall);
    },
  );

  it('known discrepancy: the five roles add up to 4.00 FTE less than the GRAND TOTALS row, in both columns', () => {
    const roles = recruitment.filter((r) => r.breakdown !== '');
    const total = recruitment.find((r) => r.breakdown === '');
    const fte = roles.reduce((sum, r) => sum + hundredths(r.fte), 0);
    const unfilled = roles.reduce((sum, r) => sum + hundredths(r.unfilled), 0);
    expect([fte, unfilled]).toEqual([34463, 5936]);
    expect(hundredths(total?.fte ?? '') - fte).toBe(400);
    expect(hundredths(total?.unfilled ?? '') - unfilled).toBe(400);
    // Both figures are stored as printed and the note says so; the total's 18.2% is its own.
    expect(only({ indicator: 'unfilled-posts-rate', area: DEVON, period: TABLE_DATE })?.note).toMatch(/344\.63 .*59\.36/);
  });

  it('known discrepancy: permanent and agency staff come to more than 100% for team managers and assistant team managers', () => {
    const over = recruitment.filter((r) => hundredths(r.permanent) + hundredths(r.agency) > 10000).map((r) => r.role);
    expect(over).toEqual(['Team Manager', 'Assistant Team Manager']);
    // So they are stored as the given percentages, with no numerator or denominator invented for them.
    for (const role of over) {
      const row = only({ indicator: 'staff-agency-percentage', area: DEVON, period: TABLE_DATE, breakdown: role });
      expect([row?.numerator, row?.denominator]).toEqual([undefined, undefined]);
      expect(row?.note).toMatch(/more than 100%/);
    }
  });
});
