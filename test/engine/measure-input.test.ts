import { describe, expect, it } from 'vitest';
import { combinedSymbol, inputOf, readValue } from '../../src/engine/measure-input.ts';

describe('readValue', () => {
  it('keeps the text of a decimal as it was written', () => {
    const read = readValue('12.50', 'denominator');
    expect(read.kind === 'number' && read.text).toBe('12.50');
    expect(inputOf('denominator', read, 'caseloads.csv:3')).toEqual({
      role: 'denominator',
      value: '12.50',
      source: 'caseloads.csv:3',
    });
  });

  it('reads the bare letters DfE writes as GSS symbols and records them in brackets', () => {
    const read = readValue('c', 'numerator');
    expect(read).toEqual({ kind: 'symbol', code: 'c' });
    expect(inputOf('numerator', read, undefined)).toEqual({ role: 'numerator', value: '[c]' });
    expect(readValue('k', 'count')).toEqual({ kind: 'symbol', code: 'low' });
  });

  it('refuses a qualifier alone and text that is neither number nor symbol, naming the role', () => {
    expect(() => readValue('p', 'numerator')).toThrow('The numerator "p" is a qualifier with no number');
    expect(() => readValue('N/A', 'denominator')).toThrow('The denominator "N/A" is neither a number nor a GSS symbol');
    expect(() => readValue('1,082', 'numerator')).toThrow(RangeError);
  });
});

describe('combinedSymbol', () => {
  it('lets confidential win so a suppressed count never leaks', () => {
    expect(combinedSymbol(['x', 'c'])).toBe('c');
    expect(combinedSymbol(['z', 'x'])).toBe('z');
    expect(combinedSymbol(['low'])).toBe('x');
    expect(combinedSymbol([])).toBeUndefined();
  });
});
