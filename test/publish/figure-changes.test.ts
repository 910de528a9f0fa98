import { describe, expect, it } from 'vitest';
import { changeLine, figureChanges } from '../../src/publish/figure-changes.ts';

describe('figureChanges', () => {
  it('lists only the figures whose text differs, in key order', () => {
    const before = { 'Value b': '71 per 10,000', 'Value a': '367', 'Value c': '98.3%' };
    const after = { 'Value a': '367', 'Value c': '98.3%', 'Value b': '72 per 10,000' };
    expect(figureChanges(before, after)).toEqual([{ key: 'Value b', before: '71 per 10,000', after: '72 per 10,000' }]);
  });

  it('lists a figure that appears or disappears with undefined on the missing side', () => {
    expect(figureChanges({ old: '1' }, { new: '[c]' })).toEqual([
      { key: 'new', before: undefined, after: '[c]' },
      { key: 'old', before: '1', after: undefined },
    ]);
  });

  it('finds nothing between identical sets of figures', () => {
    expect(figureChanges({ a: '1', b: '2' }, { b: '2', a: '1' })).toEqual([]);
  });

  it('writes a change as "key: old → new", saying when a figure is not shown', () => {
    expect(changeLine({ key: 'Value x', before: '71 per 10,000', after: '72 per 10,000' })).toBe('Value x: 71 per 10,000 → 72 per 10,000');
    expect(changeLine({ key: 'Value x', before: undefined, after: '5' })).toBe('Value x: (not shown) → 5');
  });
});
