import { describe, expect, it } from 'vitest';
import { sortedFigures } from '../../src/publish/sorted-figures.ts';

describe('sortedFigures', () => {
  it('orders keys by code unit so that figures.json is the same text on every machine', () => {
    const shown = new Map([['b', '2'], ['B', '1'], ['a | z', '3'], ['a', '4']]);
    expect(JSON.stringify(sortedFigures(shown))).toBe('{"B":"1","a":"4","a | z":"3","b":"2"}');
  });

  it('accepts a plain object as well as the Map the page records into', () => {
    expect(Object.keys(sortedFigures({ z: '1', y: '2' }))).toEqual(['y', 'z']);
  });
});
