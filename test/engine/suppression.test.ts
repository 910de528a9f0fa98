import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/engine/figure.ts';
import type { InputValue } from '../../src/engine/measure-input.ts';
import { given, percentage } from '../../src/engine/measures.ts';
import {
  isSmallCount,
  suppressDerived,
  suppressFigure,
  suppressPrimary,
  suppressTable,
  type TableCellInput,
} from '../../src/engine/suppression.ts';

/** Every number a suppressed figure could carry, as text, to prove none is left. */
function numbersIn(figure: Figure): string[] {
  const text = JSON.stringify({ ...figure, decimals: undefined, per: undefined, method: undefined });
  return text.match(/\d+(\.\d+)?/g) ?? [];
}

/** One row of Stockton's Q2 2013/14 referral breakdown (seed 004, appendix 2 table 1): cases by stage. */
function row(contact: InputValue, nfa: InputValue, assessment: InputValue, pending: InputValue): TableCellInput[] {
  return [
    { key: 'Contact', value: contact },
    { key: 'No further action', value: nfa },
    { key: 'Proceeded to initial assessment', value: assessment },
    { key: 'Yet to proceed', value: pending },
  ];
}

describe('isSmallCount', () => {
  it('suppresses 1 to 4 by default and shows 0 and 5', () => {
    expect([0, 1, 4, 5, 170].map((n) => isSmallCount(n))).toEqual([false, true, true, false, false]);
  });

  it('follows a configured threshold and can suppress zero', () => {
    expect(isSmallCount(9, { threshold: 10 })).toBe(true);
    expect(isSmallCount(10, { threshold: 10 })).toBe(false);
    expect(isSmallCount('0', { threshold: 5, suppressZero: true })).toBe(true);
  });

  it('treats a symbol as no number, and refuses a threshold below 1', () => {
    expect(isSmallCount('x')).toBe(false);
    expect(() => isSmallCount(1, { threshold: 0 })).toThrow('A suppression threshold is a whole number of at least 1, not 0');
  });
});

describe('suppressFigure', () => {
  it('leaves no number anywhere: not in value, unrounded, method or inputs', () => {
    const figure = suppressFigure(percentage({ numerator: 3, denominator: 11, decimals: 1 }), 'derived');
    expect(figure).toEqual({
      unit: 'percent',
      decimals: 1,
      symbol: 'c',
      method: 'suppressed: worked out from a suppressed count',
      inputs: [
        { role: 'numerator', value: '[c]' },
        { role: 'denominator', value: '[c]' },
      ],
    });
    expect(numbersIn(figure)).toEqual([]);
  });
});

describe('suppressPrimary', () => {
  it('suppresses a small count and says why', () => {
    const figure = suppressPrimary(given({ value: 4, unit: 'count', decimals: 0, source: 'referrals.csv:12' }));
    expect(figure).toEqual({
      unit: 'count',
      decimals: 0,
      symbol: 'c',
      method: 'suppressed: a count from 1 to 4 could identify children',
      inputs: [{ role: 'value', value: '[c]', source: 'referrals.csv:12' }],
    });
  });

  it('leaves zero, larger counts and other units alone', () => {
    const zero = given({ value: 0, unit: 'count', decimals: 0 });
    expect(suppressPrimary(zero)).toBe(zero);
    expect(suppressPrimary(given({ value: 7, unit: 'count', decimals: 0 })).value).toBe(7);
    expect(suppressPrimary(given({ value: 2.7, unit: 'percent', decimals: 1 })).value).toBe(2.7);
  });
});

describe('suppressDerived', () => {
  it('suppresses a percentage built on a small numerator or denominator', () => {
    // Seed 004: 2 second or subsequent plans of 73 started, shown there as 2.7%.
    const figure = suppressDerived(percentage({ numerator: 2, denominator: 73, decimals: 1 }));
    expect(figure.symbol).toBe('c');
    expect(figure.value).toBeUndefined();
    expect(numbersIn(figure)).toEqual([]);
  });

  it('suppresses a figure built on a count already suppressed', () => {
    const figure = suppressDerived(percentage({ numerator: 'c', denominator: 73, decimals: 1 }));
    expect(figure.method).toBe('suppressed: worked out from a suppressed count');
    expect(figure.inputs.map((i) => i.value)).toEqual(['[c]', '[c]']);
  });

  it('leaves a figure built on large counts as it is', () => {
    const figure = percentage({ numerator: 1082, denominator: 2285, decimals: 1 });
    expect(suppressDerived(figure)).toBe(figure);
  });

  it('can be told which inputs are counts of people, so a small FTE does not suppress a caseload', () => {
    const caseload = { ...given({ value: 17, unit: 'ratio', decimals: 1 }), inputs: [{ role: 'cases', value: '51' }, { role: 'FTE', value: '3' }] };
    expect(suppressDerived(caseload, { isCount: (input) => input.role === 'cases' })).toBe(caseload);
    expect(suppressDerived(caseload).symbol).toBe('c');
  });
});

describe('suppressTable', () => {
  it('shows a row with no small counts as it is (Education – SEN: 63, 0, 0, 0 of 63)', () => {
    const table = suppressTable({ cells: row(63, 0, 0, 0), total: { value: 63 } });
    expect(table.cells.map((c) => c.figure.value)).toEqual([63, 0, 0, 0]);
    expect(table.total?.figure.value).toBe(63);
    expect(table.cells.every((c) => c.suppression === undefined)).toBe(true);
  });

  it('needs no secondary suppression when two cells are already hidden (Courts: 158, 1, 10, 1 of 170)', () => {
    const table = suppressTable({ cells: row(158, 1, 10, 1), total: { value: 170 } });
    expect(table.cells.map((c) => c.suppression)).toEqual([undefined, 'primary', undefined, 'primary']);
    expect(table.total?.figure.value).toBe(170);
  });

  it('hides the next smallest cell when one small count could be worked out from the total (CAMHS: 4, 0, 7, 0 of 11)', () => {
    const table = suppressTable({ cells: row(4, 0, 7, 0), total: { value: 11 } });
    expect(table.cells.map((c) => c.suppression)).toEqual(['primary', undefined, 'secondary', undefined]);
    expect(table.cells.map((c) => c.figure.symbol)).toEqual(['c', undefined, 'c', undefined]);
    expect(table.cells[2]?.figure.method).toBe('suppressed so that a suppressed count cannot be worked out from the total');
    expect(table.total?.figure.value).toBe(11);
  });

  it('prefers a cell above zero as the partner, as hiding a zero would narrow the count down', () => {
    // Health – Child Protection Nurse: 0, 0, 5, 2 of 7.
    const table = suppressTable({ cells: row(0, 0, 5, 2), total: { value: 7 } });
    expect(table.cells.map((c) => c.suppression)).toEqual([undefined, undefined, 'secondary', 'primary']);
  });

  it('hides the total when no other cell is left to hide', () => {
    // Seed 004 notes totals that do not add up; a total of 8 over one cell of 3 still narrows it down.
    const table = suppressTable({ cells: [{ key: 'Police', value: 3 }], total: { value: 8 } });
    expect(table.cells[0]?.suppression).toBe('primary');
    expect(table.total?.suppression).toBe('secondary');
    expect(table.total?.figure.value).toBeUndefined();
  });

  it('hides the smallest cell when the total is suppressed but the cells would add up to it', () => {
    // Cells that do not add up to the total still must not give it away.
    const table = suppressTable({ cells: [{ key: 'A', value: 0 }, { key: 'B', value: 0 }], total: { value: 4 } });
    expect(table.total?.suppression).toBe('primary');
    expect(table.cells.map((c) => c.suppression)).toEqual(['secondary', undefined]);
  });

  it('does not hide the total when another cell is already unknown', () => {
    const table = suppressTable({ cells: [{ key: 'A', value: 2 }, { key: 'B', value: 'x' }], total: { value: 40 } });
    // A and B are both unknown, so the total reveals neither.
    expect(table.total?.suppression).toBeUndefined();
  });

  it('only suppresses small counts when there is no total to subtract from', () => {
    const table = suppressTable({ cells: row(4, 0, 7, 0) });
    expect(table.cells.map((c) => c.suppression)).toEqual(['primary', undefined, undefined, undefined]);
    expect(table.total).toBeUndefined();
  });

  it('follows the threshold given, and counts a cell given as c as already suppressed', () => {
    const table = suppressTable({ cells: row(158, 'c', 10, 6), total: { value: 170 }, threshold: 10 });
    expect(table.cells.map((c) => c.suppression)).toEqual([undefined, 'primary', undefined, 'primary']);
    expect(table.cells.map((c) => c.figure.value)).toEqual([158, undefined, 10, undefined]);
  });

  it('leaves no suppressed number in any cell', () => {
    const table = suppressTable({ cells: row(4, 0, 7, 0), total: { value: 11 } });
    for (const cell of table.cells.filter((c) => c.suppression)) expect(numbersIn(cell.figure)).toEqual([]);
  });
});
