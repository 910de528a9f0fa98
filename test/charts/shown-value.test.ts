import { describe, expect, it } from 'vitest';
import { shownValue } from '../../src/charts/shown-value.ts';

describe('shownValue', () => {
  it('gives the number when there is one', () => {
    expect(shownValue({ value: 86, display: '86.0%' })).toBe(86);
    expect(shownValue({ value: 0, display: '0' })).toBe(0);
  });

  it('gives undefined, never zero, where there is no number', () => {
    expect(shownValue({ display: '[x]' })).toBeUndefined();
    expect(shownValue({ value: Number.NaN, display: '' })).toBeUndefined();
  });

  it('refuses a value passed alongside a symbol that stands instead of it', () => {
    expect(shownValue({ value: 3, display: '[c]' })).toBeUndefined();
    expect(shownValue({ value: 3, display: 'c' })).toBeUndefined();
    expect(shownValue({ value: 0.2, display: '[low]' })).toBeUndefined();
  });

  it('keeps a value whose display carries a qualifier', () => {
    expect(shownValue({ value: 81, display: '[p]' })).toBe(81);
  });
});
