/**
 * Array helpers for lists that can be as long as a site's whole dataset: spreading a list into
 * arguments (`push(...list)`, `Math.max(...list)`) overflows the call stack past about 100,000 items,
 * which a national site's download reaches.
 */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The longest of the lengths, or 0 for none. */
export function longest(lengths: Iterable<number>): number {
  let most = 0;
  for (const length of lengths) if (length > most) most = length;
  return most;
}
