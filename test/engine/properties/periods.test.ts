import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  comparePeriods,
  financialYearOf,
  formatPeriod,
  monthsIn,
  parsePeriod,
  periodKey,
  periodSpan,
  previousPeriod,
  samePeriod,
  samePeriodLastYear,
  yearToDateMonths,
  type MonthPeriod,
  type Period,
} from '../../../src/engine/periods.ts';

const RUNS = { seed: 20261102, numRuns: 3000 };

// Four-digit years: the canonical texts (2019/20, 2020-10) are written with four.
const year = fc.integer({ min: 1000, max: 9998 });
const monthNumber = fc.integer({ min: 1, max: 12 });

/** The calendar, from the JavaScript Date, as an oracle independent of the engine's daysInMonth. */
function realDays(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const month = fc.record({ kind: fc.constant('month' as const), year, month: monthNumber });
const date = fc
  .record({ year, month: monthNumber, day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => d.day <= realDays(d.year, d.month))
  .map((d): Period => ({ kind: 'date', ...d }));
const quarter = fc
  .record({ startYear: year, quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), cumulative: fc.boolean() })
  // Q1 to date is Q1 itself, and is written so.
  .map((q): Period => ({ kind: 'quarter', ...q, cumulative: q.cumulative && q.quarter > 1 }));
const period: fc.Arbitrary<Period> = fc.oneof(
  month,
  date,
  quarter,
  year.map((startYear): Period => ({ kind: 'financial-year', startYear })),
  year.map((y): Period => ({ kind: 'calendar-year', year: y })),
);

/** yyyymmdd of the day after, by the Date oracle. */
function dayAfter(yyyymmdd: number): number {
  const next = new Date(Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, (yyyymmdd % 100) + 1));
  return next.getUTCFullYear() * 10000 + (next.getUTCMonth() + 1) * 100 + next.getUTCDate();
}

const monthIndex = (m: MonthPeriod) => m.year * 12 + m.month - 1;

describe('periods', () => {
  it('read back from their canonical text as the same period', () => {
    fc.assert(
      fc.property(period, (p) => {
        const read = parsePeriod(formatPeriod(p));
        expect(read).toEqual({ ok: true, period: p });
      }),
      RUNS,
    );
  });

  it('accept a date exactly when the calendar has that day, leap years included', () => {
    const text = fc.tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(text, ([y, m, d]) => {
        const written = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = m >= 1 && m <= 12 && d >= 1 && d <= realDays(y, m);
        const read = parsePeriod(written);
        expect(read.ok).toBe(real);
        if (!read.ok) expect(read.reason).toContain(`"${written}"`);
      }),
      RUNS,
    );
  });

  it('never throw on any text, and any text they accept is canonical or reads back the same', () => {
    const texty = fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^\d{4}([-/]\d{2}([-/]\d{2})?)?( Q\d(-Q\d)?)?$/));
    fc.assert(
      fc.property(texty, (text) => {
        const read = parsePeriod(text);
        if (read.ok) expect(parsePeriod(formatPeriod(read.period))).toEqual(read);
        else expect(read.reason.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('have one key each: two periods share a key exactly when they are the same period', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        expect(periodKey(a) === periodKey(b)).toBe(same);
        expect(samePeriod(a, b)).toBe(same);
        expect(comparePeriods(a, b) === 0).toBe(same);
      }),
      RUNS,
    );
  });

  it('are ordered consistently: the order is antisymmetric and transitive, and follows the end day', () => {
    fc.assert(
      fc.property(period, period, period, (a, b, c) => {
        expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)) || 0);
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
        if (periodSpan(a).last < periodSpan(b).last) expect(comparePeriods(a, b)).toBeLessThan(0);
      }),
      RUNS,
    );
  });

  it('move by months and back again to where they started', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: -600, max: 600 }), (m, offset) => {
        const moved = addMonths(m, offset);
        expect(monthIndex(moved) - monthIndex(m)).toBe(offset);
        expect(moved.month).toBeGreaterThanOrEqual(1);
        expect(moved.month).toBeLessThanOrEqual(12);
        expect(addMonths(moved, -offset)).toEqual(m);
      }),
      RUNS,
    );
  });

  it('step back to the period that ends the day before they start, for months, quarters and years', () => {
    const stepping = period.filter((p) => p.kind !== 'date' && !(p.kind === 'quarter' && p.cumulative));
    fc.assert(
      fc.property(stepping, (p) => {
        const before = previousPeriod(p);
        expect(before.kind).toBe(p.kind);
        expect(dayAfter(periodSpan(before).last)).toBe(periodSpan(p).first);
      }),
      RUNS,
    );
  });

  it('step a quarter to date back one quarter within the same year, always earlier', () => {
    fc.assert(
      fc.property(period, (p) => {
        const before = previousPeriod(p);
        expect(comparePeriods(before, p)).toBeLessThan(0);
        if (p.kind === 'quarter' && p.cumulative) {
          expect(before).toMatchObject({ kind: 'quarter', startYear: p.startYear, quarter: p.quarter - 1 });
          expect(periodSpan(before).first).toBe(periodSpan(p).first);
        }
      }),
      RUNS,
    );
  });

  it('go back one year to the same months, and start one year earlier', () => {
    const notDates = period.filter((p) => p.kind !== 'date');
    fc.assert(
      fc.property(notDates, (p) => {
        const last = samePeriodLastYear(p);
        expect(last.kind).toBe(p.kind);
        expect(periodSpan(p).first - periodSpan(last).first).toBe(10000);
        if (last.kind === 'date') throw new Error('a period that is not a date stepped back to a date');
        expect(monthsIn(last).map((m) => m.month)).toEqual(monthsIn(p).map((m) => m.month));
      }),
      RUNS,
    );
  });

  it('cover exactly their days with consecutive months', () => {
    const spans = period.filter((p) => p.kind !== 'date');
    fc.assert(
      fc.property(spans, (p) => {
        const months = monthsIn(p);
        const expected = { month: 1, 'financial-year': 12, 'calendar-year': 12, quarter: p.kind === 'quarter' && p.cumulative ? p.quarter * 3 : 3 }[p.kind];
        expect(months).toHaveLength(expected);
        months.slice(1).forEach((m, i) => expect(monthIndex(m) - monthIndex(months[i]!)).toBe(1));
        const first = months[0]!;
        const final = months.at(-1)!;
        expect(periodSpan(p)).toEqual({
          first: first.year * 10000 + first.month * 100 + 1,
          last: final.year * 10000 + final.month * 100 + realDays(final.year, final.month),
        });
      }),
      RUNS,
    );
  });

  it('put every month in the financial year whose twelve months include it, and count the year to date from April', () => {
    fc.assert(
      fc.property(month, (m) => {
        const year = financialYearOf(m);
        expect(monthsIn(year)).toContainEqual(m);
        const toDate = yearToDateMonths(m);
        expect(toDate[0]).toEqual({ kind: 'month', year: year.startYear, month: 4 });
        expect(toDate.at(-1)).toEqual(m);
        expect(toDate.length).toBe(((m.month + 8) % 12) + 1);
      }),
      RUNS,
    );
  });
});
