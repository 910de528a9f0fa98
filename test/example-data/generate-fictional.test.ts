import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  DEFAULT_SEED,
  FICTIONAL_AREA,
  formatObservationsCsv,
  generateFictionalObservations,
  generateFictionalPopulations,
  mergePopulationsCsv,
  OBSERVATIONS_PATH,
  POPULATIONS_PATH,
} from '../../scripts/generate-fictional.ts';
import { readRows, readText, ROOT } from './read-example-data.ts';

/** Figures only the Cambridgeshire paper gives (its own targets, costs and recruitment). */
const PAPER_ONLY = ['children-in-care-target', 'weekly-placement-cost', 'average-caseload-target', 'social-workers-appointed'];
const YEARLY = ['care-proceedings-rate', 'social-worker-turnover-rate'];
/** The other real papers republished from data/ bring indicators of their own, which the fictional council need not have. */
const SEED_PAPERS = readdirSync(new URL('data/observations/', ROOT))
  .filter((name) => name.endsWith('.csv') && !['fictional-borough.csv', 'cambridgeshire.csv'].includes(name))
  .map((name) => `data/observations/${name}`);

function usedBy(file: string): Set<string> {
  return new Set(readRows(file).map((o) => o.indicator ?? ''));
}

const rows = generateFictionalObservations();

function months(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 36; i += 1) {
    const zeroBased = 3 + i;
    out.push(`${2022 + Math.floor(zeroBased / 12)}-${String((zeroBased % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives a different sequence for a different seed, spread across the interval', () => {
    const a = Array.from({ length: 1000 }, createRandom(7));
    const b = Array.from({ length: 1000 }, createRandom(8));
    expect(a).not.toEqual(b);
    const mean = a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('the fictional council generator', () => {
  it('writes byte-identical output when run twice', () => {
    expect(formatObservationsCsv(generateFictionalObservations())).toBe(formatObservationsCsv(rows));
    const existing = readText(POPULATIONS_PATH);
    expect(mergePopulationsCsv(existing, generateFictionalPopulations())).toBe(
      mergePopulationsCsv(existing, generateFictionalPopulations()),
    );
  });

  it('matches the committed observations file exactly', () => {
    expect(readText(OBSERVATIONS_PATH)).toBe(formatObservationsCsv(generateFictionalObservations(DEFAULT_SEED)));
  });

  it('matches the committed populations file, leaving the real councils untouched', () => {
    const committed = readText(POPULATIONS_PATH);
    expect(mergePopulationsCsv(committed, generateFictionalPopulations())).toBe(committed);
    const fictional = readRows(POPULATIONS_PATH).filter((p) => p.area === FICTIONAL_AREA);
    expect(fictional.map((p) => p.period)).toEqual(['2021', '2022', '2023', '2024']);
    expect(fictional.every((p) => p.source === 'Fictional data')).toBe(true);
  });

  it('depends on its seed', () => {
    expect(formatObservationsCsv(generateFictionalObservations(DEFAULT_SEED + 1))).not.toBe(formatObservationsCsv(rows));
  });

  it('covers every indicator in the catalogue except the figures only the real papers give', () => {
    const catalogue = readRows('data/indicators.csv').map((i) => i.id ?? '');
    const covered = new Set(rows.map((r) => r.indicator));
    expect(PAPER_ONLY.filter((id) => covered.has(id) || !catalogue.includes(id))).toEqual([]);
    const left = catalogue.filter((id) => !covered.has(id) && !PAPER_ONLY.includes(id));
    expect(left.filter((id) => !SEED_PAPERS.some((file) => usedBy(file).has(id)))).toEqual([]);
  });

  it('gives every monthly indicator every month from April 2022 to March 2025, and yearly ones each financial year', () => {
    for (const id of new Set(rows.map((r) => r.indicator))) {
      const periods = rows.filter((r) => r.indicator === id).map((r) => r.period);
      if (YEARLY.includes(id)) expect(periods).toEqual(['2022/23', '2023/24', '2024/25']);
      else expect(periods.map((p) => p.slice(0, 7))).toEqual(months());
    }
  });

  it('writes month-end dates for figures counted at a date and months for the rest', () => {
    const plans = rows.filter((r) => r.indicator === 'cp-plans').map((r) => r.period);
    expect(plans.slice(0, 2)).toEqual(['2022-04-30', '2022-05-31']);
    expect(plans).toContain('2024-02-29');
    expect(rows.find((r) => r.indicator === 'referrals')?.period).toBe('2022-04');
  });

  it('never has a numerator above its denominator in a percentage', () => {
    const percents = new Set(readRows('data/indicators.csv').filter((i) => i.unit === 'percent').map((i) => i.id));
    const checked = rows.filter((r) => percents.has(r.indicator) && r.denominator !== '');
    expect(checked.length).toBeGreaterThan(500);
    for (const r of checked) expect(Number(r.numerator)).toBeLessThanOrEqual(Number(r.denominator));
  });

  it('has some counts from 1 to 4, so that suppression is exercised', () => {
    const small = rows.filter((r) => r.numerator !== '' && /^[1-4]$/.test(r.numerator));
    expect(small.length).toBeGreaterThanOrEqual(10);
  });

  it('marks the last month provisional, and uses x and z where there is no figure', () => {
    const markers = new Set(rows.map((r) => r.marker));
    expect([...markers].sort()).toEqual(['', 'p', 'x', 'z']);
    for (const r of rows.filter((row) => row.marker === 'x' || row.marker === 'z')) {
      expect([r.numerator, r.denominator, r.value]).toEqual(['', '', '']);
    }
    expect(rows.filter((r) => r.marker === 'p').every((r) => r.period.startsWith('2025-03'))).toBe(true);
  });

  it('says "Fictional data" in every note, for the fictional council only', () => {
    expect(rows.every((r) => r.note.startsWith('Fictional data') && r.area === FICTIONAL_AREA)).toBe(true);
  });

  it('shows a trend: more referrals in the last year than in the first', () => {
    const total = (year: string) =>
      rows
        .filter((r) => r.indicator === 'referrals' && (r.period >= `${year}-04` && r.period <= `${Number(year) + 1}-03`))
        .reduce((s, r) => s + Number(r.value), 0);
    expect(total('2024')).toBeGreaterThan(total('2022'));
  });
});
