import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/index.ts';
import { directionOfTravel } from '../../src/engine/direction.ts';
import type { Polarity } from '../../src/engine/figure.ts';
import { percentage } from '../../src/engine/measures.ts';
import { cellsOf, loadPaperData, observationsAt } from './load-paper-data.ts';

/**
 * Every figure stated in the Stockton-on-Tees Cabinet paper of 27 November 2013, "Children's social
 * care activity and performance" (seed 004), typed here from the paper, checked against
 * data/observations/stockton-on-tees-2013.csv as read by the real data layer.
 *
 * How the paper's columns become periods: "2012/13 Whole Year" is 2012/13; "Q1 (Apr - June)" is
 * 2013/14 Q1; "Q2 (Apr - Sep)" is April to September, 2013/14 Q1-Q2, except on rows marked *
 * ("Data relates to Quarter Period only"), where it is July to September alone, 2013/14 Q2.
 * Counts "at end of period" are counts at 31 March, 30 June and 30 September 2013.
 */

const STOCKTON = 'E06000004';
const FILE = 'stockton-on-tees-2013.csv';
const FY = '2012/13';
const Q1 = '2013/14 Q1';
const Q2_ONLY = '2013/14 Q2';
const Q1_Q2 = '2013/14 Q1-Q2';
const AT_ENDS = ['2013-03-31', '2013-06-30', '2013-09-30'] as const;

/** A printed cell: "numerator/denominator percent", "N/A" (not available) or "" (blank in the paper). */
type PrintedCell = readonly [numerator: string, denominator: string, percent: string] | 'N/A' | '';

interface PercentRow {
  table: 'Inputs' | 'Processes' | 'Outputs';
  label: string;
  indicator: string;
  periods: readonly [string, string, string];
  cells: readonly [PrintedCell, PrintedCell, PrintedCell];
  /** The paper's arrows against Q1 and Q2 ("" where it draws none). */
  arrows: readonly [string, string];
  breakdown?: string;
}

const WHOLE_QUARTER_ROWS = [FY, Q1, Q2_ONLY] as const;
const CUMULATIVE_ROWS = [FY, Q1, Q1_Q2] as const;

/** Appendix 2: the rows with a number and a percentage. Denominators the paper does not print are in DERIVED_DENOMINATORS. */
const PERCENT_ROWS: readonly PercentRow[] = [
  { table: 'Inputs', label: 'Number /proportion of Closed and Logged Contacts *', indicator: 'contacts-closed-and-logged', periods: WHOLE_QUARTER_ROWS, cells: [['3651', '6859', '53.2'], ['856', '1642', '52.1'], ['999', '1642', '60.8']], arrows: ['↓', '↓'] },
  { table: 'Inputs', label: 'Number /proportion of Closed & Logged Contacts with an active CAF *', indicator: 'closed-contacts-with-active-caf', periods: WHOLE_QUARTER_ROWS, cells: [['181', '3651', '5.0'], ['46', '856', '5.5'], ['64', '999', '6.4']], arrows: ['↑', '↑'] },
  { table: 'Inputs', label: 'Number /proportion of Referrals which were NFAs *', indicator: 'referrals-no-further-action', periods: WHOLE_QUARTER_ROWS, cells: [['805', '3208', '25.1'], ['154', '786', '19.6'], ['53', '643', '8.2']], arrows: ['↑', '↑'] },
  { table: 'Processes', label: 'Number and timeliness of initial assessments (10 working days)', indicator: 'initial-assessments-within-10-days', periods: CUMULATIVE_ROWS, cells: [['1082', '2285', '47.4'], ['267', '638', '41.8'], ['567', '1288', '44.0']], arrows: ['↑', '↑'] },
  { table: 'Processes', label: 'Number and timeliness of core assessments', indicator: 'core-assessments-on-time', periods: CUMULATIVE_ROWS, cells: [['694', '1258', '55.2'], ['224', '400', '56.0'], ['558', '876', '63.7']], arrows: ['↑', '↑'] },
  { table: 'Processes', label: 'Number and timeliness of Initial CP conferences (ICPC within 15 working days of the Sect 47 Enquiry)', indicator: 'icpc-within-15-days', periods: CUMULATIVE_ROWS, cells: [['133', '406', '32.8'], ['53', '94', '56.4'], ['89', '199', '44.7']], arrows: ['', '↓'] },
  { table: 'Processes', label: 'Timeliness of Child Protection Reviews (Rolling Year)', indicator: 'cp-reviews-within-timescale-12-months', periods: ['2013-03', '2013-06', '2013-09'], cells: [['268', '274', '97.8'], ['273', '282', '96.8'], ['251', '259', '96.9']], arrows: ['↓', '↔'] },
  { table: 'Processes', label: 'Number and proportion of referrals that result in S47 enquiries.', indicator: 'referrals-to-s47', periods: CUMULATIVE_ROWS, cells: [['950', '2372', '40.1'], ['183', '632', '29.0'], ['418', '1202', '34.8']], arrows: ['', '↓'] },
  { table: 'Outputs', label: 'Re-referral rates *', indicator: 're-referrals-within-12-months', periods: WHOLE_QUARTER_ROWS, cells: [['676', '3178', '21.3'], ['157', '786', '20.0'], ['180', '643', '28.0']], arrows: ['', '↓'] },
  { table: 'Outputs', label: '2nd or subsequent CP Plans', indicator: 'cp-plans-second-or-subsequent', periods: CUMULATIVE_ROWS, cells: [['24', '402', '6.0'], ['2', '75', '2.7'], ['2', '174', '1.1']], arrows: ['↑', '↑'] },
  { table: 'Outputs', label: 'CP Plans 2 yrs+', indicator: 'cp-plans-ceased-after-2-years', periods: CUMULATIVE_ROWS, cells: [['9', '306', '2.9'], ['0', '89', '0'], ['4', '188', '2.1']], arrows: ['↑', '↓'] },
  { table: 'Outputs', label: 'Stability of Children in Care placements : No. of Placements', indicator: 'placements-3-or-more', periods: CUMULATIVE_ROWS, cells: [['40', '362', '11.0'], ['2', '380', '0.5'], ['11', '379', '2.9']], arrows: ['↑', '↓'] },
  { table: 'Outputs', label: 'Stability of Children in Care placements : Length of Placement', indicator: 'long-term-placement-stability', periods: CUMULATIVE_ROWS, cells: [['58', '101', '57.4'], ['55', '97', '56.7'], ['54', '98', '55.1']], arrows: ['↓', '↓'] },
  { table: 'Outputs', label: 'Care leavers in suitable accommodation (16 - 21 Year Olds)', indicator: 'care-leavers-16-21-suitable-accommodation', periods: CUMULATIVE_ROWS, cells: ['N/A', ['32', '34', '94.1'], ['65', '67', '97.0']], arrows: ['', '↑'] },
  { table: 'Outputs', label: 'Care Leavers in EET (16 - 21 Year Olds)', indicator: 'care-leavers-16-21-in-eet', periods: CUMULATIVE_ROWS, cells: ['N/A', ['20', '34', '58.8'], ['36', '67', '53.7']], arrows: ['', '↓'] },
  ...(
    [
      ['Adoption', ['16', '129', '12.4'], ['5', '42', '11.9'], ['11', '82', '13']],
      ['Residence Order', ['28', '129', '21.7'], ['5', '42', '11.9'], ['14', '82', '17.1']],
      ['Special Guardianship', ['21', '129', '16.3'], ['10', '42', '23.8'], ['17', '82', '20.7']],
      ['Returned Home', ['64', '129', '49.6'], ['22', '42', '52.4'], ['40', '82', '48.8']],
    ] as const
  ).map(([breakdown, ...cells]) => ({
    table: 'Outputs' as const,
    label: `Permanency when care has ceased - numbers / proportion: ${breakdown}`,
    indicator: 'left-care-to-permanence',
    periods: CUMULATIVE_ROWS,
    cells,
    arrows: ['', ''] as const,
    breakdown,
  })),
];

/**
 * Denominators the paper does not print, and how they follow from figures it does print. Each is
 * checked below to reproduce the printed percentages.
 */
const DERIVED_DENOMINATORS = [
  { indicator: 'referrals-no-further-action', period: FY, denominator: '3208', from: 'contacts 6859 less closed and logged 3651' },
  { indicator: 'referrals-no-further-action', period: Q1, denominator: '786', from: 'contacts 1642 less closed and logged 856 (also the re-referral denominator)' },
  { indicator: 'referrals-no-further-action', period: Q2_ONLY, denominator: '643', from: 'contacts 1642 less closed and logged 999 (also the re-referral denominator)' },
  { indicator: 'left-care-to-permanence', period: FY, denominator: '129', from: '16 + 28 + 21 + 64' },
  { indicator: 'left-care-to-permanence', period: Q1, denominator: '42', from: '5 + 5 + 10 + 22' },
  { indicator: 'left-care-to-permanence', period: Q1_Q2, denominator: '82', from: '11 + 14 + 17 + 40' },
] as const;

/** Printed percentages that the paper's own numbers do not give, with the reason. */
const KNOWN_DISCREPANCIES = [
  {
    indicator: 'closed-contacts-with-active-caf',
    period: Q1,
    printed: '5.5',
    computed: '5.4',
    reason: '46 of the 856 closed and logged contacts is 5.37%; the whole year (181 of 3651) and Q2 (64 of 999) reproduce, so the Q1 cell looks mistyped',
  },
] as const;

/**
 * Arrows the paper draws that disagree with the engine's direction of travel for the indicator's
 * polarity ("↑" is better, "↓" worse, "↔" no change in the paper's key: "based on polarity").
 */
const ARROW_DISCREPANCIES = [
  { indicator: 'initial-assessments-within-10-days', period: Q1, printed: '↑', reason: 'timeliness fell from 47.4% to 41.8%, which is worse' },
  { indicator: 'cp-reviews-within-timescale-12-months', period: '2013-09', printed: '↔', reason: 'reviews on time rose from 96.8% to 96.9%: the paper calls a change of 0.1 points no change' },
] as const;

interface CountRow {
  table: 'Inputs' | 'Processes' | 'Outputs';
  label: string;
  indicator: string;
  periods: readonly [string, string, string];
  values: readonly [string, string, string];
  breakdown?: string;
}

const COUNT_ROWS: readonly CountRow[] = [
  { table: 'Inputs', label: "Number of contacts made to children's social care *", indicator: 'contacts', periods: WHOLE_QUARTER_ROWS, values: ['6859', '1642', '1642'] },
  { table: 'Inputs', label: 'Number of contacts that become referrals for assessment (ie Assessment has commenced) *', indicator: 'referrals-to-assessment', periods: WHOLE_QUARTER_ROWS, values: ['2336', '523', '529'] },
  { table: 'Outputs', label: 'Number of CIN (excluding CP & LAC) at end of period', indicator: 'children-in-need-excluding-cp-cla', periods: AT_ENDS, values: ['1573', '1605', '1504'] },
  { table: 'Outputs', label: 'Number of CP at end of period', indicator: 'cp-plans', periods: AT_ENDS, values: ['369', '356', '356'] },
  { table: 'Outputs', label: 'Number of CIC at end of period', indicator: 'children-in-care', periods: AT_ENDS, values: ['362', '380', '379'] },
];

/** "Number of CAF2's commenced, by Agency" as printed (tabs between columns: 2012/13, Q1, Q2 April to September). */
const CAF_TABLE = `
Number of CAF2's commenced, by Agency:-	450	141	272
CEC - Children Centre Services	13	0	0
CEC - Schools	81	34	61
CEC - IYSS	32	12	22
CEC - Social Care	117	56	120
CEC - Other	73	2	3
Other Education Support/Settings	48	11	14
NEPACS	1	0	0
Health - Foundation Trust - Health Visitor Service	59	14	31
Health - Foundation Trust - Midwives	1	2	4
Health - Foundation Trust - School Nurse Service	9	3	3
Health - Other	1	0	2
Drug and Alcohol Agencies	12	0	0
Housing	3	3	3
Other Agencies 3rd/Vol Sector	0	4	9`;

/** Table 1 as printed (cases started 1 July to 30 September 2013): number and % for each stage, then the total. */
const TABLE_1 = `
CESC Others	10	1.0%	4	7.5%	6	1.1%	0	0.0%	20	1.2%
Courts	158	15.8%	1	1.9%	10	1.9%	1	1.7%	170	10.4%
Education - Head Teacher	11	1.1%	4	7.5%	39	7.4%	6	10.0%	60	3.7%
Education - Other	11	1.1%	5	9.4%	19	3.6%	3	5.0%	38	2.3%
Education - Special Educational Needs Department	63	6.3%	0	0.0%	0	0.0%	0	0.0%	63	3.8%
Education - Teacher	11	1.1%	0	0.0%	9	1.7%	1	1.7%	21	1.3%
Emergency Duty Team	62	6.2%	0	0.0%	5	0.9%	0	0.0%	67	4.1%
Family Support	0	0.0%	0	0.0%	17	3.2%	4	6.7%	21	1.3%
Field Work	7	0.7%	0	0.0%	32	6.0%	5	8.3%	44	2.7%
Health - A & E	60	6.0%	1	1.9%	8	1.5%	2	3.3%	71	4.3%
Health - CAMHS	4	0.4%	0	0.0%	7	1.3%	0	0.0%	11	0.7%
Health - Child Protection Nurse	0	0.0%	0	0.0%	5	0.9%	2	3.3%	7	0.4%
Health - Community / District Nurse	2	0.2%	0	0.0%	3	0.6%	0	0.0%	5	0.3%
Health - Community Mental Health	4	0.4%	0	0.0%	6	1.1%	1	1.7%	11	0.7%
Health - General Practitioner	10	1.0%	0	0.0%	6	1.1%	0	0.0%	16	1.0%
Health - Health Visitor	4	0.4%	6	11.3%	15	2.8%	2	3.3%	27	1.6%
Health - Midwife	5	0.5%	0	0.0%	11	2.1%	2	3.3%	18	1.1%
Health - Other	39	3.9%	1	1.9%	26	4.9%	2	3.3%	68	4.1%
Health - School Nurse	2	0.2%	0	0.0%	3	0.6%	0	0.0%	5	0.3%
Housing	20	2.0%	1	1.9%	20	3.8%	3	5.0%	44	2.7%
Individuals	145	14.5%	10	18.9%	83	15.7%	6	10.0%	244	14.9%
LAC Services	10	1.0%	0	0.0%	4	0.8%	0	0.0%	14	0.9%
Other (see note)	4	0.4%	2	3.8%	10	1.9%	0	0.0%	16	1.0%
Other Agency	115	11.5%	10	18.9%	78	14.7%	7	11.7%	210	12.8%
Police	236	23.6%	8	15.1%	84	15.9%	13	21.7%	342	20.8%
Probation	6	0.6%	0	0.0%	17	3.2%	0	0.0%	23	1.4%
Referral and Assessment	0	0.0%	0	0.0%	6	1.1%	0	0.0%	6	0.4%
Total	999	100.0%	53	100.0%	529	100.0%	60	100.0%	1642	100.0%`;

/** Table 1's columns, left to right, as indicators. */
const TABLE_1_STAGES = [
  'contacts-closed-and-logged-by-referrer',
  'referrals-nfa-by-referrer',
  'referrals-to-initial-assessment-by-referrer',
  'referrals-awaiting-decision-by-referrer',
  'contacts-by-referrer',
] as const;

function tabbed(block: string): string[][] {
  return block
    .trim()
    .split('\n')
    .map((line) => line.split('\t'));
}

/** The percentage the page will show, to as many places as the paper printed. */
function computed(numerator: string, denominator: string, printed: string): string | undefined {
  const decimals = printed.split('.')[1]?.length ?? 0;
  return percentage({ numerator, denominator, decimals }).value?.toFixed(decimals);
}

let data: Dataset;

beforeAll(async () => {
  data = await loadPaperData(FILE);
});

function cellsAt(indicator: string, period: string, breakdown?: string) {
  const found = observationsAt(data, { indicator, area: STOCKTON, period, ...(breakdown === undefined ? {} : { breakdown }) });
  expect(found, `${indicator} ${period} ${breakdown ?? ''}`).toHaveLength(1);
  return { ...cellsOf(found[0]), note: found[0]?.note ?? '' };
}

describe('seed 004: the data file', () => {
  it('loads through the data layer with the committed catalogue, with no warnings', () => {
    expect(data.warnings).toEqual([]);
    expect(data.observations.every((o) => o.area === STOCKTON)).toBe(true);
    expect(data.areas.get(STOCKTON)?.dfe_code).toBe('808');
  });
});

describe('seed 004: Appendix 2, every number and percentage', () => {
  const cases = PERCENT_ROWS.flatMap((row) => row.cells.map((cell, i) => [`${row.table}: ${row.label}, ${row.periods[i]}`, row, cell, row.periods[i] ?? ''] as const));

  it.each(cases)('%s', (_name, row, cell, period) => {
    const cells = cellsAt(row.indicator, period, row.breakdown);
    expect(cells.note).toContain(`Appendix 2, ${row.table} table`);
    if (cell === 'N/A' || cell === '') {
      expect(cells).toMatchObject({ numerator: '', denominator: '', value: '', marker: 'x' });
      return;
    }
    const [numerator, denominator, printed] = cell;
    expect(cells).toMatchObject({ numerator, denominator, value: '', marker: '' });
    const known = KNOWN_DISCREPANCIES.find((k) => k.indicator === row.indicator && k.period === period);
    expect(computed(numerator, denominator, printed)).toBe(known?.computed ?? printed);
  });

  it.each(COUNT_ROWS.flatMap((row) => row.values.map((value, i) => [`${row.table}: ${row.label}, ${row.periods[i]}`, row, value, row.periods[i] ?? ''] as const)))(
    '%s',
    (_name, row, value, period) => {
      expect(cellsAt(row.indicator, period)).toMatchObject({ numerator: '', denominator: '', value, marker: '' });
    },
  );

  it.each(tabbed(CAF_TABLE).map(([agency = '', ...values]) => [agency, values] as const))('Inputs: CAF2s commenced, %s', (agency, values) => {
    const breakdown = agency.startsWith('Number of CAF2') ? '' : agency;
    CUMULATIVE_ROWS.forEach((period, i) => {
      expect(cellsAt('early-help-assessments', period, breakdown).value).toBe(values[i]);
    });
  });

  it('Inputs: the CAF2s by agency add up to the printed totals, 450, 141 and 272', () => {
    const [total = [], ...agencies] = tabbed(CAF_TABLE);
    [1, 2, 3].forEach((column) => {
      expect(agencies.reduce((sum, row) => sum + Number(row[column]), 0)).toBe(Number(total[column]));
    });
  });

  it('Processes: the Cafcass rate of 24.8 per 10,000 for 2012/13 is given, and the blank quarters are not available', () => {
    expect(cellsAt('care-proceedings-rate', FY)).toMatchObject({ value: '24.8', marker: '' });
    expect(cellsAt('care-proceedings-rate', Q1).marker).toBe('x');
    expect(cellsAt('care-proceedings-rate', Q1_Q2).marker).toBe('x');
  });

  it('the figures the issue names: 1082 of 2285 is 47.4% (2012/13) and 558 of 876 is 63.7% (Q2)', () => {
    const year = cellsAt('initial-assessments-within-10-days', FY);
    expect(percentage({ numerator: year.numerator, denominator: year.denominator, decimals: 1 }).value).toBe(47.4);
    const q2 = cellsAt('core-assessments-on-time', Q1_Q2);
    expect(percentage({ numerator: q2.numerator, denominator: q2.denominator, decimals: 1 }).value).toBe(63.7);
  });

  it.each(DERIVED_DENOMINATORS.map((d) => [`${d.indicator} ${d.period}: ${d.denominator} is ${d.from}`, d] as const))(
    'an unprinted denominator is explained in the note: %s',
    (_name, derived) => {
      const sum = derived.from.match(/\d+/g)?.map(Number) ?? [];
      const worked = derived.from.includes('less') ? (sum[0] ?? 0) - (sum[1] ?? 0) : sum.reduce((a, b) => a + b, 0);
      expect(String(worked)).toBe(derived.denominator);
      const rows = data.observations.filter((o) => o.indicator === derived.indicator && o.denominator?.raw === derived.denominator);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.note).toMatch(/(does not print|prints no total)/);
    },
  );

  it('the one printed percentage that cannot be reproduced is said to be so in the data note', () => {
    for (const known of KNOWN_DISCREPANCIES) {
      expect(cellsAt(known.indicator, known.period).note).toMatch(/known discrepancy/);
    }
  });
});

describe('seed 004: the arrows "based on polarity" against the engine', () => {
  const judged = PERCENT_ROWS.filter((row) => row.breakdown === undefined).flatMap((row) =>
    [1, 2].flatMap((i) => {
      const arrow = row.arrows[i - 1] ?? '';
      const [now, before] = [row.cells[i], row.cells[i - 1]];
      if (arrow === '' || typeof now !== 'object' || typeof before !== 'object') return [];
      return [[`${row.label}, ${row.periods[i]}: ${arrow}`, row, row.periods[i] ?? '', row.periods[i - 1] ?? '', arrow] as const];
    }),
  );

  it.each(judged)('%s', (_name, row, period, previousPeriod, arrow) => {
    const polarity = data.indicators.get(row.indicator)?.polarity as Polarity;
    const figure = (p: string) => {
      const cells = cellsAt(row.indicator, p);
      return percentage({ numerator: cells.numerator, denominator: cells.denominator, decimals: 1 });
    };
    const travel = directionOfTravel(figure(period), figure(previousPeriod), polarity);
    const paper = { '↑': 'better', '↓': 'worse', '↔': 'no change' }[arrow];
    const known = ARROW_DISCREPANCIES.find((k) => k.indicator === row.indicator && k.period === period);
    if (polarity === 'none') {
      expect(travel.judgement).toBe('not judged');
    } else if (known === undefined) {
      expect(travel.judgement).toBe(paper);
    } else {
      expect(travel.judgement).not.toBe(paper);
    }
  });
});

describe('seed 004: Table 1, referrers by stage', () => {
  const rows = tabbed(TABLE_1);

  it.each(rows.map(([referrer = '', ...cells]) => [referrer, cells] as const))('%s: every number and proportion', (referrer, cells) => {
    const breakdown = referrer === 'Total' ? '' : referrer;
    TABLE_1_STAGES.forEach((indicator, i) => {
      const [number = '', printed = ''] = [cells[2 * i], cells[2 * i + 1]];
      const stored = cellsAt(indicator, Q2_ONLY, breakdown);
      expect(stored.numerator).toBe(number);
      expect(computed(stored.numerator, stored.denominator, printed.replace('%', ''))).toBe(printed.replace('%', ''));
      expect(stored.note).toContain('Appendix 2, Table 1');
    });
  });

  it('each referrer row adds up across the four stages to its total, except Police: 341 in the stages, 342 in all', () => {
    for (const [referrer, ...cells] of rows.filter(([name]) => name !== 'Total')) {
      const stages = [0, 2, 4, 6].reduce((sum, i) => sum + Number(cells[i]), 0);
      // The paper's note: one referral closed with inaccurate or missing data is in no stage.
      expect(stages, referrer).toBe(Number(cells[8]) - (referrer === 'Police' ? 1 : 0));
    }
    expect(cellsAt('contacts-by-referrer', Q2_ONLY, 'Police').note).toMatch(/341/);
  });

  it('each stage column adds up to its printed total, and the four stages make 1641, one short of 1642, as the note says', () => {
    const total = rows.find(([name]) => name === 'Total') ?? [];
    const body = rows.filter(([name]) => name !== 'Total');
    [1, 3, 5, 7, 9].forEach((column) => {
      expect(body.reduce((sum, row) => sum + Number(row[column]), 0)).toBe(Number(total[column]));
    });
    expect([1, 3, 5, 7].reduce((sum, column) => sum + Number(total[column]), 0)).toBe(1641);
    expect(cellsAt('contacts-by-referrer', Q2_ONLY).note).toMatch(/1641, not 1642/);
  });

  it('agrees with the Inputs table for July to September: 1642 contacts, 999 closed and logged, 53 NFAs, 529 to assessment', () => {
    expect(cellsAt('contacts', Q2_ONLY).value).toBe(cellsAt('contacts-by-referrer', Q2_ONLY).denominator);
    expect(cellsAt('contacts-closed-and-logged', Q2_ONLY).numerator).toBe(cellsAt('contacts-closed-and-logged-by-referrer', Q2_ONLY).denominator);
    expect(cellsAt('referrals-no-further-action', Q2_ONLY).numerator).toBe(cellsAt('referrals-nfa-by-referrer', Q2_ONLY).denominator);
    expect(cellsAt('referrals-to-assessment', Q2_ONLY).value).toBe(cellsAt('referrals-to-initial-assessment-by-referrer', Q2_ONLY).denominator);
  });
});

describe('seed 004: financial implications, paragraphs 15 to 17', () => {
  const PRINTED = [
    { paragraph: '15', line: 'Independent fostering agencies', budget: '£3.646m', outturn: '£4.681m', overspend: '£1.035m' },
    { paragraph: '16', line: "Children's homes agency placements", budget: '£3.868m', outturn: '£5.110m', overspend: '£1.24m' },
    { paragraph: '17', line: 'Social work staffing', budget: '£3.136m', outturn: '£3.710m', overspend: '£574k' },
  ] as const;

  /** £3.646m → 3646000; £574k → 574000. */
  function pounds(printed: string): number {
    const [, amount = '', unit = ''] = /^£([\d.]+)([mk])$/.exec(printed) ?? [];
    return Math.round(Number(amount) * (unit === 'm' ? 1_000_000 : 1_000));
  }

  it.each(PRINTED.map((p) => [`para ${p.paragraph}: ${p.line}`, p] as const))('%s', (_name, printed) => {
    const budget = cellsAt('budget', '2013/14', printed.line);
    const outturn = cellsAt('budget-projected-outturn', '2013/14', printed.line);
    expect(Number(budget.value)).toBe(pounds(printed.budget));
    expect(Number(outturn.value)).toBe(pounds(printed.outturn));
    expect(budget.note).toContain(`para ${printed.paragraph}`);
    // The overspend is worked out, not stored; the paper rounds £1.242m to £1.24m.
    const overspend = Number(outturn.value) - Number(budget.value);
    const decimals = /\.(\d+)m$/.exec(printed.overspend)?.[1]?.length ?? 0;
    const places = printed.overspend.endsWith('k') ? 1_000 : 10 ** (6 - decimals);
    expect(Math.round(overspend / places) * places).toBe(pounds(printed.overspend));
  });
});
