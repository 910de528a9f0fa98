import { describe, expect, it } from 'vitest';
import { parsePeriod, readPeriod, suggestPeriod } from '../../src/engine/periods.ts';

const read = (text: string) => {
  const result = readPeriod(text);
  if (!result.ok) throw new Error(result.reason);
  return result.period;
};
const reason = (text: string) => {
  const result = readPeriod(text);
  if (result.ok) throw new Error(`expected "${text}" to fail`);
  return result.reason;
};

describe('readPeriod: the forms committee papers write', () => {
  it('reads a quarter written before its year, as papers do', () => {
    expect(read('Q3 2021/22')).toEqual({ kind: 'quarter', startYear: 2021, quarter: 3, cumulative: false });
    expect(read('Q3 2021-22')).toEqual(read('2021/22 Q3'));
    expect(read('q1 2020/2021')).toEqual({ kind: 'quarter', startYear: 2020, quarter: 1, cumulative: false });
  });

  it('reads quarters to date written before their year', () => {
    expect(read('Q1-Q2 2013/14')).toEqual({ kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true });
    expect(read('Q1–Q3 2013-14')).toEqual(read('2013/14 Q1-Q3'));
  });

  it('reads a financial year written with a hyphen or in full', () => {
    expect(read('2021-22')).toEqual({ kind: 'financial-year', startYear: 2021 });
    expect(read('2021/2022')).toEqual({ kind: 'financial-year', startYear: 2021 });
    expect(read('1999-00')).toEqual({ kind: 'financial-year', startYear: 1999 });
  });

  it('keeps the canonical month where the two forms read alike: 2011-12 is December 2011', () => {
    expect(read('2011-12')).toEqual({ kind: 'month', year: 2011, month: 12 });
  });

  it('reads a month and a date in words', () => {
    expect(read('March 2022')).toEqual({ kind: 'month', year: 2022, month: 3 });
    expect(read('Mar 2022')).toEqual(read('2022-03'));
    expect(read('Sept 2021')).toEqual(read('2021-09'));
    expect(read('31 March 2022')).toEqual({ kind: 'date', year: 2022, month: 3, day: 31 });
  });

  it('suggests the canonical form for a near miss', () => {
    expect(reason('Q3 21/22')).toBe('"Q3 21/22" is not a period: did you mean 2021/22 Q3? Write 2021/22 Q3');
    expect(reason('2021/22Q3')).toBe('"2021/22Q3" is not a period: did you mean 2021/22 Q3? Write 2021/22 Q3');
    expect(reason('Marhc 2022')).toBe('"Marhc 2022" is not a period: did you mean 2022-03? Write 2022-03');
    expect(suggestPeriod('Octobr 2020')).toBe('2020-10');
  });

  it('refuses what is no period at all, naming the forms it reads', () => {
    expect(reason('31/03/2020')).toBe(
      '"31/03/2020" is not a period: write 2020-03-31, 2020-10, 2019/20, 2013/14 Q2 or 2020; papers\' forms such as Q3 2021/22, 2021-22 and March 2022 are read too',
    );
    expect(reason('Q5 2021/22')).toContain('"Q5 2021/22" is not a period');
    expect(reason('31 February 2022')).toContain('"31 February 2022" is not a period');
    expect(reason('2021-23')).toContain('"2021-23"');
  });
});

describe('parsePeriod: data files keep the canonical text, and a paper’s form is told its canonical text', () => {
  it('says what to write for a paper’s form', () => {
    expect(parsePeriod('Q3 2021/22')).toEqual({ ok: false, reason: '"Q3 2021/22" is not a period: write 2021/22 Q3' });
    expect(parsePeriod('Oct 2020')).toEqual({ ok: false, reason: '"Oct 2020" is not a period: write 2020-10' });
  });
});
