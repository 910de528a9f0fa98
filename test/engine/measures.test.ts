import { describe, expect, it } from 'vitest';
import { given, percentage, ratePer, ratio } from '../../src/engine/measures.ts';

describe('percentage', () => {
  it('reproduces 47.4% from 1082 of 2285 with its method and inputs', () => {
    expect(
      percentage({
        numerator: 1082,
        denominator: 2285,
        decimals: 1,
        sources: { numerator: 'stockton.csv:4', denominator: 'stockton.csv:5' },
      }),
    ).toEqual({
      unit: 'percent',
      decimals: 1,
      value: 47.4,
      unrounded: 47.352297592997812,
      method: '1082 ÷ 2285 × 100',
      inputs: [
        { role: 'numerator', value: '1082', source: 'stockton.csv:4' },
        { role: 'denominator', value: '2285', source: 'stockton.csv:5' },
      ],
    });
  });

  it('rounds an exact half up from the exact inputs', () => {
    expect(percentage({ numerator: '1', denominator: '8', decimals: 0 }).value).toBe(13);
    expect(percentage({ numerator: 5, denominator: 16, decimals: 1 }).value).toBe(31.3);
  });

  it('gives zero, not a symbol, when nothing in the denominator met the measure', () => {
    const figure = percentage({ numerator: 0, denominator: 73, decimals: 1 });
    expect(figure.value).toBe(0);
    expect(figure.symbol).toBeUndefined();
  });

  it('gives not applicable [z] for a zero denominator and says why', () => {
    const figure = percentage({ numerator: 0, denominator: 0, decimals: 1 });
    expect(figure.value).toBeUndefined();
    expect(figure.unrounded).toBeUndefined();
    expect(figure.symbol).toBe('z');
    expect(figure.method).toBe('not applicable: the denominator is 0, so there is no percentage');
  });

  it('carries a suppressed input through as [c] with no number in it', () => {
    const figure = percentage({ numerator: 'c', denominator: 24, decimals: 1 });
    expect(figure.symbol).toBe('c');
    expect(figure.value).toBeUndefined();
    expect(figure.method).toBe('no percentage: the numerator is [c]');
    expect(figure.inputs[0]).toEqual({ role: 'numerator', value: '[c]' });
  });

  it('keeps a qualifier such as provisional on the figure', () => {
    expect(percentage({ numerator: 558, denominator: 876, decimals: 1, symbol: 'p' })).toMatchObject({
      value: 63.7,
      symbol: 'p',
    });
  });
});

describe('ratePer', () => {
  it('computes a rate per 10,000 and records the base', () => {
    const figure = ratePer({ count: 681, population: 136200, per: 10000, decimals: 1 });
    expect(figure).toMatchObject({ unit: 'rate', per: 10000, value: 50, method: '681 ÷ 136200 × 10,000' });
    expect(figure.inputs.map((i) => i.role)).toEqual(['count', 'population']);
  });

  it('reproduces DfE’s England rate of children ceasing care in 2025 (28 per 10,000)', () => {
    expect(ratePer({ count: 34450, population: 12183016, per: 10000, decimals: 0 }).value).toBe(28);
  });

  it('refuses a base that is not a whole number of people', () => {
    expect(() => ratePer({ count: 1, population: 10, per: 0.5, decimals: 1 })).toThrow('per a whole number of people');
  });

  it('gives [z] for a zero population and [x] for a missing one', () => {
    expect(ratePer({ count: 0, population: 0, per: 10000, decimals: 1 })).toMatchObject({ symbol: 'z', per: 10000 });
    expect(ratePer({ count: 12, population: 'x', per: 10000, decimals: 1 }).symbol).toBe('x');
  });
});

describe('ratio', () => {
  it('divides decimal FTE exactly: 212.5 cases over 12.5 FTE is 17.0', () => {
    expect(ratio({ numerator: 212.5, denominator: '12.5', decimals: 1 })).toMatchObject({
      unit: 'ratio',
      value: 17,
      method: '212.5 ÷ 12.5',
    });
  });
});

describe('given', () => {
  it('takes a published value as it is', () => {
    expect(given({ value: '86.0', unit: 'percent', decimals: 1, source: 'dfe.csv:9' })).toEqual({
      unit: 'percent',
      decimals: 1,
      value: 86,
      unrounded: 86,
      method: 'as published',
      inputs: [{ role: 'value', value: '86.0', source: 'dfe.csv:9' }],
    });
  });

  it('rounds a value published with more places half away from zero', () => {
    expect(given({ value: 101.65, unit: 'days', decimals: 1 })).toMatchObject({ value: 101.7, unrounded: 101.65 });
  });

  it('keeps a symbol published instead of a value', () => {
    expect(given({ value: 'x', unit: 'rate', per: 10000, decimals: 1 })).toEqual({
      unit: 'rate',
      decimals: 1,
      per: 10000,
      symbol: 'x',
      method: 'as published',
      inputs: [{ role: 'value', value: '[x]' }],
    });
  });
});
