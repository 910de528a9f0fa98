import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/engine/figure.ts';
import type { InputValue } from '../../../src/engine/measure-input.ts';
import { percentage, ratePer } from '../../../src/engine/measures.ts';
import { suppressDerived, suppressTable, type SuppressedTable, type TableCellInput } from '../../../src/engine/suppression.ts';

const RUNS = { seed: 20261104, numRuns: 4000 };

/** Any number left in a figure once its unit, places, rate base and method (which names the threshold) are set aside. */
function numbersIn(figure: Figure): string[] {
  const text = JSON.stringify({ ...figure, decimals: undefined, per: undefined, method: undefined });
  return text.match(/\d+(\.\d+)?/g) ?? [];
}

/** A cell as the data gives it: usually a count (small ones often), sometimes already `c` upstream or `x` (not available). */
const cellValue: fc.Arbitrary<InputValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom('c', 'x') },
);

interface Case {
  cells: TableCellInput[];
  total: InputValue | undefined;
  threshold: number;
  suppressZero: boolean;
}

const tableCase: fc.Arbitrary<Case> = fc
  .record({
    values: fc.array(cellValue, { minLength: 1, maxLength: 8 }),
    totalKind: fc.constantFrom('sum', 'sum', 'sum', 'c', 'none'),
    threshold: fc.integer({ min: 1, max: 10 }),
    suppressZero: fc.boolean(),
  })
  .map(({ values, totalKind, threshold, suppressZero }) => {
    const cells = values.map((value, i) => ({ key: `cell ${i + 1}`, value }));
    // The total of the cells given as numbers: those given as symbols are taken as 0 in it, which keeps it a whole count.
    const sum = values.reduce<number>((acc, value) => acc + (typeof value === 'number' ? value : 0), 0);
    const total = totalKind === 'none' ? undefined : totalKind === 'c' ? 'c' : sum;
    return { cells, total, threshold, suppressZero };
  });

function run(c: Case): SuppressedTable {
  return suppressTable({
    cells: c.cells,
    threshold: c.threshold,
    suppressZero: c.suppressZero,
    ...(c.total === undefined ? {} : { total: { value: c.total } }),
  });
}

const isSmall = (value: number, c: Case) => (value === 0 ? c.suppressZero : value < c.threshold);
const hasNumber = (figure: Figure) => figure.value !== undefined;

describe('suppression of a breakdown and its total', () => {
  it('withholds every small count as primary, and never a count at or above the threshold', () => {
    fc.assert(
      fc.property(tableCase, (c) => {
        const out = run(c);
        c.cells.forEach((input, i) => {
          const cell = out.cells[i]!;
          if (typeof input.value !== 'number') return;
          if (isSmall(input.value, c)) expect(cell.suppression).toBe('primary');
          else expect(cell.suppression).not.toBe('primary');
        });
      }),
      RUNS,
    );
  });

  it('leaves no number in a withheld cell, and shows every other cell exactly as given', () => {
    fc.assert(
      fc.property(tableCase, (c) => {
        const out = run(c);
        const all = out.total === undefined ? out.cells : [...out.cells, out.total];
        const inputs = c.total === undefined ? c.cells.map((x) => x.value) : [...c.cells.map((x) => x.value), c.total];
        all.forEach((cell, i) => {
          if (cell.figure.symbol === 'c') {
            expect(numbersIn(cell.figure)).toEqual([]);
            expect(cell.figure.inputs.every((input) => input.value === '[c]')).toBe(true);
          } else if (typeof inputs[i] === 'number') {
            expect(cell.figure.value).toBe(inputs[i]);
          }
        });
      }),
      RUNS,
    );
  });

  it('never leaves a withheld cell as the only unknown beside a shown total, where total minus the rest would give it', () => {
    fc.assert(
      fc.property(tableCase, (c) => {
        const out = run(c);
        if (out.total === undefined || !hasNumber(out.total.figure)) return;
        const unknown = out.cells.filter((cell) => !hasNumber(cell.figure));
        const withheld = unknown.filter((cell) => cell.figure.symbol === 'c');
        expect(withheld.length > 0 && unknown.length === 1).toBe(false);
      }),
      RUNS,
    );
  });

  it('never withholds a total while showing every cell, whose sum would give it', () => {
    fc.assert(
      fc.property(tableCase, (c) => {
        const out = run(c);
        if (out.total?.figure.symbol !== 'c') return;
        expect(out.cells.some((cell) => !hasNumber(cell.figure))).toBe(true);
      }),
      RUNS,
    );
  });

  it('withholds at most one more cell than the small counts, and only when a small count needs it', () => {
    fc.assert(
      fc.property(tableCase, (c) => {
        const out = run(c);
        const all = out.total === undefined ? out.cells : [...out.cells, out.total];
        const secondary = all.filter((cell) => cell.suppression === 'secondary');
        expect(secondary.length).toBeLessThanOrEqual(1);
        if (secondary.length === 1) expect(all.some((cell) => cell.suppression === 'primary')).toBe(true);
        if (out.total === undefined) expect(secondary).toEqual([]);
      }),
      RUNS,
    );
  });

  it('changes nothing more when a suppressed table is suppressed again', () => {
    fc.assert(
      fc.property(tableCase, (c) => {
        const out = run(c);
        const asPublished = (figure: Figure): InputValue => figure.value ?? figure.symbol ?? 'x';
        const again = run({
          ...c,
          cells: out.cells.map((cell) => ({ key: cell.key, value: asPublished(cell.figure) })),
          total: out.total === undefined ? undefined : asPublished(out.total.figure),
        });
        const pattern = (t: SuppressedTable) => [...t.cells, ...(t.total ? [t.total] : [])].map((cell) => cell.figure.value ?? cell.figure.symbol);
        expect(pattern(again)).toEqual(pattern(out));
      }),
      RUNS,
    );
  });
});

describe('suppression of figures worked out from counts', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 5000 }), fc.constant('c'));
  const threshold = fc.integer({ min: 1, max: 10 });

  it('withholds a percentage or a rate of a small or suppressed count, with no number left; others pass unchanged', () => {
    fc.assert(
      fc.property(count, count, threshold, fc.boolean(), (top, bottom, limit, suppressZero) => {
        fc.pre(bottom !== 0);
        const rule = { threshold: limit, suppressZero };
        const small = (v: InputValue) => v === 'c' || (typeof v === 'number' && (v === 0 ? suppressZero : v < limit));
        for (const figure of [
          percentage({ numerator: top, denominator: bottom, decimals: 1 }),
          ratePer({ count: top, population: bottom, per: 10000, decimals: 1 }),
        ]) {
          const out = suppressDerived(figure, { rule });
          if (small(top) || small(bottom)) {
            expect(out.symbol).toBe('c');
            expect(numbersIn(out)).toEqual([]);
          } else {
            expect(out).toEqual(figure);
          }
        }
      }),
      RUNS,
    );
  });
});
