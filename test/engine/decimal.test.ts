import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  compareDecimals,
  decimalToNumber,
  decimalToString,
  isDecimalText,
  sumDecimals,
  toDecimal,
} from '../../src/engine/decimal.ts';

describe('toDecimal', () => {
  it('reads a decimal string digit for digit', () => {
    expect(toDecimal('12.5')).toEqual({ digits: 125n, scale: 1 });
    expect(toDecimal('-0.005')).toEqual({ digits: -5n, scale: 3 });
  });

  it('reads a number through its shortest round-trip text, not its binary value', () => {
    expect(toDecimal(1.005)).toEqual({ digits: 1005n, scale: 3 });
    expect(toDecimal(1e-7)).toEqual({ digits: 1n, scale: 7 });
    expect(toDecimal(1.5e21)).toEqual({ digits: 1500000000000000000000n, scale: 0 });
  });

  it('refuses text that is not a plain decimal, naming it', () => {
    expect(() => toDecimal('1,728')).toThrow('"1,728" is not a decimal number');
    expect(() => toDecimal('')).toThrow('"" is not a decimal number');
    expect(() => toDecimal('c')).toThrow(RangeError);
    expect(() => toDecimal(Number.NaN)).toThrow('NaN is not a finite number');
  });
});

describe('decimal arithmetic', () => {
  it('adds without float artefacts: 0.1 + 0.2 is exactly 0.3', () => {
    expect(decimalToString(addDecimals(toDecimal(0.1), toDecimal(0.2)))).toBe('0.3');
  });

  it('sums the ten statistical neighbours of 2017 to exactly 90.3', () => {
    const values = ['6.50', '10.80', '8.00', '7.60', '7.10', '11.10', '7.40', '12.90', '9.40', '9.50'];
    expect(decimalToString(sumDecimals(values.map((v) => toDecimal(v))))).toBe('90.3');
  });

  it('compares exactly, whatever the number of places written', () => {
    expect(compareDecimals(toDecimal('8.50'), toDecimal('8.5'))).toBe(0);
    expect(compareDecimals(toDecimal('-1'), toDecimal('0.001'))).toBe(-1);
    expect(compareDecimals(toDecimal('10'), toDecimal('9.99'))).toBe(1);
  });

  it('writes plain text without exponent, keeps the sign and pads small values', () => {
    expect(decimalToString(toDecimal('1e-7'))).toBe('0.0000001');
    expect(decimalToString(toDecimal('-0.050'))).toBe('-0.05');
    expect(decimalToString(toDecimal('0'))).toBe('0');
    expect(decimalToNumber(toDecimal('47.35'))).toBe(47.35);
  });

  it('tells decimal text from other text', () => {
    expect(isDecimalText('12.5')).toBe(true);
    expect(isDecimalText('.5')).toBe(true);
    expect(isDecimalText('c')).toBe(false);
    expect(isDecimalText('.')).toBe(false);
  });
});
