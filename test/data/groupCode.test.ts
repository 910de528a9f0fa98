import { describe, expect, it } from 'vitest';
import { parseGroupCode } from '../../src/data/group-code.ts';

describe('parseGroupCode', () => {
  it('splits a group code into the council it belongs to and its suffix', () => {
    expect(parseGroupCode('E10000003-SN')).toEqual({ council: 'E10000003', suffix: 'SN' });
    expect(parseGroupCode('E10000008-GOOD')).toEqual({ council: 'E10000008', suffix: 'GOOD' });
    expect(parseGroupCode('X00000001-SN2021')).toEqual({ council: 'X00000001', suffix: 'SN2021' });
  });

  it('does not read a plain area code, a lower-case suffix or a DfE code as a group', () => {
    for (const code of ['E10000003', 'E10000003-sn', 'E10000003-', '873-SN', 'E10000003-SN-2', 'E10000003-2SN']) {
      expect(parseGroupCode(code)).toBeUndefined();
    }
  });
});
