import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { neighbourAverage, rankAmong, type AreaValue } from '../../src/engine/benchmarks.ts';

const rows = csvParse(
  readFileSync(new URL('./fixtures/cambridgeshire-care-proceedings-2017-2020.csv', import.meta.url), 'utf8'),
);

/** The rows of one year, skipping the council itself and the regional and national rows, as the paper does. */
function neighbours(year: string): AreaValue[] {
  return rows
    .filter((row) => row['year'] === year && !['873', '985', '970'].includes(row['area_code'] ?? ''))
    .map((row) => ({ area: row['area_name'] ?? '', value: row['value'] ?? '' }));
}

function year(y: string): AreaValue[] {
  return rows.filter((row) => row['year'] === y).map((row) => ({ area: row['area_name'] ?? '', value: row['value'] ?? '' }));
}

describe('neighbourAverage', () => {
  it.each([
    ['2017', 9.03],
    ['2018', 8.61],
    ['2019', 9.21],
    ['2020', 8.95],
  ])('reproduces the statistical-neighbour rate %s of paragraph 2.19 (%d) as the mean of the 10 neighbours', (y, expected) => {
    const figure = neighbourAverage(neighbours(y), 'mean', 2);
    expect(figure.value).toBe(expected);
    expect(figure.method).toBe('mean of 10 statistical neighbours');
    expect(figure.inputs).toHaveLength(10);
  });

  it('keeps the published text of each neighbour as its input', () => {
    const figure = neighbourAverage(neighbours('2017'), 'mean', 2);
    expect(figure.inputs[0]).toEqual({ role: 'Hertfordshire', value: '6.50' });
    expect(figure.unrounded).toBe(9.03);
  });

  it('takes the median of the ten as the mean of the middle two', () => {
    // 2020 sorted: 5.20 6.10 7.20 8.50 9.20 | 10.10 10.20 10.80 11.00 11.20 → (9.20 + 10.10) / 2 = 9.65
    const figure = neighbourAverage(neighbours('2020'), 'median', 2);
    expect(figure.value).toBe(9.65);
    expect(figure.method).toBe('median of 10 statistical neighbours');
  });

  it('takes the middle value of an odd number of areas', () => {
    expect(neighbourAverage(neighbours('2020').slice(0, 3), 'median', 1).value).toBe(6.1);
  });

  it('leaves out areas without a figure and says how many were used', () => {
    const values = [...neighbours('2020').slice(0, 9), { area: 'Gloucestershire', value: 'x' }];
    const figure = neighbourAverage(values, 'mean', 2);
    // (89.50 − 11.20) ÷ 9 = 8.70
    expect(figure.value).toBe(8.7);
    expect(figure.method).toBe('mean of 9 of 10 statistical neighbours; no figure for Gloucestershire');
    expect(figure.inputs[9]).toEqual({ role: 'Gloucestershire', value: '[x]' });
  });

  it('gives [x] when no area has a figure', () => {
    const figure = neighbourAverage([{ area: 'East of England', value: 'x' }, { area: 'Nowhere' }], 'mean', 2);
    expect(figure).toMatchObject({ symbol: 'x', method: 'no mean: none of the 2 statistical neighbours has a figure' });
    expect(figure.value).toBeUndefined();
  });

  it('names the unit and group it was given', () => {
    const figure = neighbourAverage([{ area: 'A', value: 50 }, { area: 'B', value: 51 }], 'mean', 1, {
      unit: 'percent',
      group: 'good councils',
    });
    expect(figure).toMatchObject({ unit: 'percent', value: 50.5, method: 'mean of 2 good councils' });
  });
});

describe('rankAmong', () => {
  it('ranks Cambridgeshire 2020 among itself and its neighbours, lowest rate first when lower is better', () => {
    // 5.20 6.10 7.20 8.00 (Cambridgeshire) …: 12 areas with a figure, East of England has none
    expect(rankAmong(year('2020'), 'Cambridgeshire', 'lower')).toEqual({
      rank: 4,
      of: 12,
      quartile: 2,
      order: 'best first',
    });
  });

  it('puts the highest value first when higher is better', () => {
    // Only Gloucestershire (11.20) and West Sussex (11.00) are above England's 10.80.
    expect(rankAmong(year('2020'), 'England', 'higher')).toMatchObject({ rank: 3, of: 12 });
    expect(rankAmong(year('2020'), 'Gloucestershire', 'higher')).toMatchObject({ rank: 1, quartile: 1 });
  });

  it('gives tied areas the same, better rank', () => {
    // In 2020 England and Worcestershire are both 10.80.
    expect(rankAmong(year('2020'), 'England', 'lower')).toMatchObject({ rank: 9 });
    expect(rankAmong(year('2020'), 'Worcestershire', 'lower')).toMatchObject({ rank: 9 });
    expect(rankAmong(year('2020'), 'West Sussex', 'lower')).toMatchObject({ rank: 11 });
  });

  it('bands quartiles by rank as LAIT does, 1 to 4', () => {
    const values = Array.from({ length: 8 }, (_, i) => ({ area: `LA${i + 1}`, value: i + 1 }));
    expect(values.map((v) => rankAmong(values, v.area, 'lower')?.quartile)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('ranks lowest first without calling it best when no direction is better', () => {
    expect(rankAmong(year('2020'), 'Hertfordshire', 'none')).toMatchObject({ rank: 1, quartile: 1, order: 'lowest first' });
  });

  it('is undefined for an area with no figure', () => {
    expect(rankAmong(year('2020'), 'East of England', 'lower')).toBeUndefined();
    expect(rankAmong(year('2020'), 'Atlantis', 'lower')).toBeUndefined();
  });
});
