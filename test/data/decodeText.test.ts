import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/csv.ts';

describe('decodeText', () => {
  it('reads UTF-8, byte-order mark and all', () => {
    expect(decodeText(Buffer.from('\uFEFFid,label\na,£5\n', 'utf8'), 'data/x.csv')).toEqual({ text: '\uFEFFid,label\na,£5\n' });
  });

  it('refuses a Windows-1252 file, naming the line of the first byte that is not UTF-8', () => {
    const result = decodeText(Buffer.from('id,label\na,b\nc,£5\n', 'latin1'), 'data/x.csv');
    expect(result).toEqual({
      problem: {
        file: 'data/x.csv',
        line: 3,
        message:
          'is not UTF-8 from this line on (it was probably saved as Windows-1252 or Latin-1, where "£" and accented letters are stored differently): save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8 (Comma delimited))',
      },
    });
  });

  it('refuses a UTF-16 file, as Excel saves "Unicode text"', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,label\n', 'utf16le')]);
    const result = decodeText(bytes, 'data/x.csv');
    expect('problem' in result && result.problem.message).toMatch(/^is saved as UTF-16 \("Unicode text"\), not UTF-8: save it again as "CSV UTF-8"/);
  });
});
