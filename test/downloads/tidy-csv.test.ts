import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, tidyCsv } from '../../src/publish/downloads/tidy-csv.ts';

describe('spreadsheetSafe (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/","Click")', '\'=HYPERLINK("http://evil.example/","Click")'],
    ['=1+1', "'=1+1"],
    ['+1+cmd|\' /C calc\'!A0', "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['  =1+1', "'  =1+1"],
    ['-', "'-"],
  ])('puts an apostrophe before a text cell a spreadsheet would run: %j', (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
  });

  it.each(['-3.2', '-3', '+4', '0.5', '1728.0', '1e5', '', '[c]', 'c', 'Children in care', 'E10000003', '2013/14 Q1-Q2', 'x'])('leaves a number or ordinary text as it is: %j', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });
});

describe('tidyCsv', () => {
  it('neutralises text cells and keeps numbers as numbers, quoting as RFC 4180 needs', () => {
    const text = tidyCsv(
      [
        { indicator_name: '=HYPERLINK("http://evil.example/","Referrals")', breakdown: '=1+1', value: '-3.2' },
        { indicator_name: 'Referrals', breakdown: 'Total', value: '[c]' },
      ],
      ['indicator_name', 'breakdown', 'value'],
    );
    expect(text).toBe('indicator_name,breakdown,value\n"\'=HYPERLINK(""http://evil.example/"",""Referrals"")",\'=1+1,-3.2\nReferrals,Total,[c]\n');
    // Read back as a CSV reader reads it: the same text, with the apostrophe in front.
    expect(csvParse(text)[0]).toEqual({ indicator_name: '\'=HYPERLINK("http://evil.example/","Referrals")', breakdown: "'=1+1", value: '-3.2' });
  });
});
