import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../../src/publish/recently-used.ts';

describe('RecentlyUsed', () => {
  it('makes a value once while it is kept, and lets go of the least recently used beyond its capacity', () => {
    const made: string[] = [];
    const cache = new RecentlyUsed<string, string>(2);
    const get = (key: string) => cache.get(key, () => (made.push(key), `${key}!`));
    expect(get('a')).toBe('a!');
    expect(get('b')).toBe('b!');
    expect(get('a')).toBe('a!'); // kept, and now the most recent
    expect(get('c')).toBe('c!'); // b, the least recent, goes
    expect(get('a')).toBe('a!');
    expect(get('b')).toBe('b!'); // made again
    expect(made).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('refuses a capacity of none', () => {
    expect(() => new RecentlyUsed(0)).toThrow('at least 1');
  });
});
