import { describe, expect, it } from 'vitest';
import { readRows } from './read-example-data.ts';

const indicators = readRows('data/indicators.csv');
const areas = readRows('data/areas.csv');
const populations = readRows('data/populations.csv');
const ons = readRows('data/dfe/ons_mid-year_population_estimates_2012_to_2024.csv');

/** The standard indicator set of the field guide (domain.md), with its unit and polarity. */
const STANDARD: ReadonlyArray<readonly [id: string, unit: string, polarity: string]> = [
  ['referrals', 'count', 'none'],
  ['referrals-rate', 'rate', 'none'],
  ['re-referrals-within-12-months', 'percent', 'lower'],
  ['referrals-no-further-action', 'percent', 'lower'],
  ['assessments-within-45-days', 'percent', 'higher'],
  ['s47-enquiries', 'count', 'none'],
  ['s47-enquiries-rate', 'rate', 'none'],
  ['s47-to-initial-conference', 'percent', 'none'],
  ['icpc-within-15-days', 'percent', 'higher'],
  ['cp-plans', 'count', 'none'],
  ['cp-plans-rate', 'rate', 'none'],
  ['cp-plans-second-or-subsequent', 'percent', 'lower'],
  ['cp-plans-ceased-after-2-years', 'percent', 'lower'],
  ['cp-visits-within-timescale', 'percent', 'higher'],
  ['children-in-care', 'count', 'none'],
  ['children-in-care-rate', 'rate', 'none'],
  ['placements-3-or-more', 'percent', 'lower'],
  ['long-term-placement-stability', 'percent', 'higher'],
  ['health-assessments-on-time', 'percent', 'higher'],
  ['dental-checks-on-time', 'percent', 'higher'],
  ['care-leavers-in-eet', 'percent', 'higher'],
  ['care-leavers-suitable-accommodation', 'percent', 'higher'],
  ['average-caseload', 'ratio', 'lower'],
  ['social-worker-vacancy-rate', 'percent', 'lower'],
  ['agency-worker-rate', 'percent', 'lower'],
  ['social-worker-turnover-rate', 'percent', 'lower'],
  ['adoption-order-to-match-days', 'days', 'lower'],
  ['care-proceedings-duration-weeks', 'weeks', 'lower'],
  ['care-proceedings-rate', 'rate', 'none'],
];

/** Cambridgeshire and the ten statistical neighbours of the December 2020 paper, by DfE code. */
const PAPER_COUNCILS = ['873', '919', '869', '850', '865', '803', '931', '800', '885', '938', '916'];

describe('data/indicators.csv', () => {
  it('holds the standard indicator set with its unit and polarity', () => {
    for (const [id, unit, polarity] of STANDARD) {
      const found = indicators.find((i) => i.id === id);
      expect({ id, unit: found?.unit, polarity: found?.polarity }).toEqual({ id, unit, polarity });
    }
  });

  it('gives each rate a base of 10,000 and no other unit a base', () => {
    for (const i of indicators) expect([i.id, i.rate_per]).toEqual([i.id, i.unit === 'rate' ? '10000' : '']);
  });

  it('has unique ids and a plain-English definition that ends a sentence', () => {
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    for (const i of indicators) expect(i.definition).toMatch(/^[A-Z].{30,}\.$/);
  });
});

describe('data/areas.csv', () => {
  it('gives Cambridgeshire and its ten neighbours the ONS codes and names of the DfE population file', () => {
    for (const dfe of PAPER_COUNCILS) {
      const published = ons.find((r) => r.old_la_code === dfe);
      const area = areas.find((a) => a.dfe_code === dfe);
      expect(area).toEqual({
        code: published?.new_la_code,
        dfe_code: dfe,
        name: published?.la_name,
        kind: 'local-authority',
        region_code: published?.region_code,
      });
    }
  });

  it('stores the statistical-neighbour average the paper quotes as a group area of Cambridgeshire, not as a breakdown', () => {
    expect(areas.filter((a) => a.kind === 'group' && (a.code ?? '').startsWith('E10000003-'))).toEqual([
      { code: 'E10000003-SN', dfe_code: '', name: "Cambridgeshire's statistical neighbours (average stated in the paper)", kind: 'group', region_code: '' },
    ]);
    const observations = readRows('data/observations/cambridgeshire.csv');
    expect(observations.filter((o) => /neighbour/i.test(o.breakdown ?? ''))).toEqual([]);
    // Four averages the text quotes, and the four the care-proceedings table prints (para 2.19).
    expect(observations.filter((o) => o.area === 'E10000003-SN')).toHaveLength(8);
  });

  it('has two fictional councils, each with an X code and no DfE code', () => {
    expect(areas.filter((a) => a.kind === 'fictional')).toEqual([
      { code: 'X00000001', dfe_code: '', name: 'Fictional Borough Council', kind: 'fictional', region_code: '' },
      { code: 'X00000002', dfe_code: '', name: 'Fictional Shire Council', kind: 'fictional', region_code: '' },
    ]);
  });
});

describe('data/populations.csv', () => {
  it('copies every real figure from the DfE file of ONS mid-year estimates, 2012 to 2024', () => {
    const real = populations.filter((p) => !(p.area ?? '').startsWith('X'));
    expect(populations.filter((p) => (p.area ?? '').startsWith('X')).every((p) => p.source === 'Fictional data')).toBe(true);
    expect(real).toHaveLength(13 * 13);
    for (const p of real) {
      const published = ons.filter(
        (r) =>
          r.time_period === p.period &&
          (p.area === 'E92000001' ? r.geographic_level === 'National' : (p.area ?? '').startsWith('E12') ? r.geographic_level === 'Regional' && r.region_code === p.area : r.new_la_code === p.area),
      );
      expect(published.map((r) => r.population_estimate)).toEqual([p.population]);
      expect(p.source).toMatch(/^ONS mid-year estimate of children aged 0 to 17/);
    }
  });
});

describe('data/observations/cambridgeshire.csv', () => {
  it('cites the paragraph of the paper on every row', () => {
    for (const o of readRows('data/observations/cambridgeshire.csv')) {
      expect(o.note).toMatch(/^Cambridgeshire Children and Young People Committee paper, 1 December 2020, para 2\.\d+/);
    }
  });
});
