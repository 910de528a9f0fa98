/** A map that keeps only its `capacity` most recently used entries. */
export class RecentlyUsed<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`RecentlyUsed: capacity must be a whole number, at least 1, not ${capacity}`);
    this.#capacity = capacity;
  }

  /** The value for `key`, made by `make` if it is not kept; either way it becomes the most recent. */
  get(key: K, make: () => V): V {
    const value = this.#entries.has(key) ? (this.#entries.get(key) as V) : make();
    // A Map iterates in insertion order, so the first key is the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#capacity) break;
      this.#entries.delete(oldest);
    }
    return value;
  }

  /** Keeps `value` for `key` as the most recent, in place of any kept before. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.get(key, () => value);
  }

  /** The value kept for `key`, without making it the most recent. */
  peek(key: K): V | undefined {
    return this.#entries.get(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
