import { describe, expect, it } from 'vitest';
import { parseEesText } from '../../src/data/ees.ts';
import { percentage } from '../../src/engine/measures.ts';
import { isExactHalf } from './exact-half.ts';
import { DFE_EXPLANATIONS } from './explanations.ts';
import { areaOf, cellOf, labelOf, type PublishedFigure } from './published-figure.ts';
import { reconcile, type Measure } from './reconcile.ts';
import { reportLines } from './report.ts';

// Rows shaped like c1, with published percentages altered on purpose, to show the check can fail.
const CSV = [
  'time_period,time_identifier,geographic_level,old_la_code,new_la_code,la_name,referral_count,rereferral_count,rereferral_percent',
  '2025,Reporting year,Local authority,873,E10000003,Cambridgeshire,2285,540,23.6',
  '2025,Reporting year,Local authority,874,E06000031,Peterborough,2000,500,25.1',
  '2025,Reporting year,Local authority,420,E06000053,Isles of Scilly,c,0,0',
  '2025,Reporting year,Local authority,201,E09000001,City of London,c,1,0',
  '2025,Reporting year,Local authority,204,E09000012,Hackney,x,x,x',
  '2025,Reporting year,Local authority,857,E06000017,Rutland,224,42,18.8',
].join('\n');

const measure: Measure = {
  name: 're-referral %',
  scale: 100,
  decimals: 1,
  recompute: (numerator, denominator) => percentage({ numerator, denominator, decimals: 1 }),
};

function figures(): PublishedFigure[] {
  const file = parseEesText(CSV, 'fixture.csv');
  return file.rows.map((row) => ({
    location: `fixture.csv:${row.line}`,
    label: labelOf(row),
    area: areaOf(row),
    published: cellOf(row, 'rereferral_percent', file.file),
    numerator: cellOf(row, 'rereferral_count', file.file),
    denominator: cellOf(row, 'referral_count', file.file),
  }));
}

describe('reconcile', () => {
  const result = reconcile(figures(), measure, DFE_EXPLANATIONS);

  it('counts a published number the engine reproduces as a match', () => {
    // 540 ÷ 2285 × 100 = 23.63…, and 42 ÷ 224 × 100 = 18.75 exactly, rounded up.
    expect(result.matches).toBe(2);
    expect(result.compared).toBe(5);
  });

  it('reports a published number that differs and fits no rule as unexplained, with what the engine gave', () => {
    expect(result.unexplained.map(({ figure, recomputed }) => [figure.location, recomputed?.value ?? recomputed?.symbol])).toEqual([
      ['fixture.csv:3', 25],
      ['fixture.csv:5', 'c'],
    ]);
  });

  it('explains 0 over a suppressed denominator only when the numerator is 0', () => {
    expect([...result.explained.values()].flat().map(({ figure }) => figure.location)).toEqual(['fixture.csv:4']);
    // City of London publishes 0 from 1 re-referral: 1 ÷ d is never 0, so no rule may excuse it.
    expect(result.unexplained.some(({ figure }) => figure.location === 'fixture.csv:5')).toBe(true);
  });

  it('does not compare a row that publishes a marker', () => {
    expect([...result.notCompared.keys()]).toEqual(['x']);
  });

  it('prints the headline with the match count and every row that is not a match', () => {
    const lines = reportLines(result);
    expect(lines[0]).toBe(
      're-referral %: 2 of 5 local-authority rows match, counting rows that publish a number; 1 explained, 2 unexplained; ' +
        '1 more rows publish a marker instead of a number (x 1) and are not compared',
    );
    expect(lines).toContain('  unexplained (2):');
    expect(lines.some((line) => line.startsWith('    fixture.csv:3 2025 Peterborough (874): published 25.1'))).toBe(true);
  });
});

describe('isExactHalf', () => {
  it('finds a value exactly half-way at the given places', () => {
    expect(isExactHalf('42', '224', 100, 1)).toBe(true);
    expect(isExactHalf('124', '800', 100, 0)).toBe(true);
  });

  it('does not count a value near but not at half-way, or a whole value', () => {
    expect(isExactHalf('541', '2285', 100, 1)).toBe(false);
    expect(isExactHalf('1', '4', 100, 0)).toBe(false);
    expect(isExactHalf('1', '0', 100, 0)).toBe(false);
  });
});
