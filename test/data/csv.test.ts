import { describe, expect, it } from 'vitest';
import { parseCsvRecords, parseCsvText } from '../../src/data/csv.ts';

describe('parseCsvRecords', () => {
  it('gives each record the physical line it starts on, counting line breaks inside quoted fields', () => {
    const text = 'a,b\n1,"two\nlines"\n3,"three\r\nmore\rlines"\n4,5\n';
    expect(parseCsvRecords(text).map((r) => r.line)).toEqual([1, 2, 4, 7]);
  });

  it('strips a byte-order mark and handles CRLF line endings', () => {
    const records = parseCsvRecords('\uFEFFid,name\r\n1,Ann\r\n2,Bo\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', 'Ann'] },
      { line: 3, fields: ['2', 'Bo'] },
    ]);
  });

  it('skips blank lines and rows of empty fields but keeps counting lines after them', () => {
    const records = parseCsvRecords('a,b\n\n1,2\n,\n3,4');
    expect(records.map((r) => [r.line, r.fields.join('|')])).toEqual([
      [1, 'a|b'],
      [3, '1|2'],
      [5, '3|4'],
    ]);
  });

  it('reads a header with repeated names and a trailing comma by position', () => {
    const [head] = parseCsvRecords('LA,SN1,SNP,SN2,SNP,\n');
    expect(head?.fields).toEqual(['LA', 'SN1', 'SNP', 'SN2', 'SNP', '']);
  });
});

describe('parseCsvText', () => {
  it('never guesses types: codes with leading zeros and numbers stay strings', () => {
    const table = parseCsvText('code,count\n08904,12\n', 'data/x.csv');
    expect(table.rows[0]?.record).toEqual({ code: '08904', count: '12' });
    expect(table.problems).toEqual([]);
  });

  it('rejects a repeated header name before reading any row', () => {
    const table = parseCsvText('a,b,a\n1,2,3\n', 'data/x.csv');
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      { file: 'data/x.csv', line: 1, column: 3, message: 'column "a" appears twice in the header (first at column 1)' },
    ]);
  });

  it('rejects a blank header name, such as the one a trailing comma makes', () => {
    const table = parseCsvText('a,b,\n1,2,\n', 'data/x.csv');
    expect(table.rows).toEqual([]);
    expect(table.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 3, 'column 3 has no name in the header'],
    ]);
  });

  it('reports every row with the wrong number of fields and keeps the good rows', () => {
    const table = parseCsvText('a,b\n1,2\n3\n4,5,6\n7,8\n', 'data/x.csv');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(table.problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '3 has 1 fields but the header has 2',
      '4 has 3 fields but the header has 2',
    ]);
  });

  it('reports a quoted field that is never closed on the line where it opens', () => {
    const table = parseCsvText('a,b\n1,2\n3,"open\n4,5\n', 'data/x.csv');
    expect(table.rows.map((r) => r.line)).toEqual([2]);
    expect(table.problems).toEqual([
      { file: 'data/x.csv', line: 3, message: 'opens a quoted field that is never closed: a closing quote is missing' },
    ]);
  });

  it('reports an empty file', () => {
    expect(parseCsvText('', 'data/x.csv').problems[0]?.message).toBe('is empty: expected a header line and rows');
  });
});

describe('parseCsvText with a row budget shared by a data folder', () => {
  it('counts every row but keeps only those within the budget, so a folder over it is refused before it is held', async () => {
    const { RowBudget } = await import('../../src/data/row-budget.ts');
    const budget = new RowBudget(5);
    const first = parseCsvText('a,b\n1,2\n3,4\n5,6\n', 'data/observations/one.csv', { budget });
    expect(first.rows).toHaveLength(3);
    expect(budget.exceeded).toBe(false);
    const second = parseCsvText('a,b\n1,2\n3,4\n5,6\n7,8\n', 'data/observations/two.csv', { budget });
    expect(second.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(budget.exceeded).toBe(true);
    expect(budget.problem('data')).toEqual({
      file: 'data',
      line: 0,
      message:
        "holds 7 rows in its CSV files, more than the 5 a site's data may hold together: every row is kept in memory while the site is built, and more would run it out of memory (largest: data/observations/two.csv 4, data/observations/one.csv 3)",
      fix: 'keep in data/ only the rows your reports use (for example, remove years no report shows), or split the councils into sites of their own',
    });
  });
});
