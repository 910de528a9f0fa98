/** `1 problem`, `3 problems`: a count (or a number as shown) and the word it counts, which takes an s. */
export function plural(count: number | string, word: string): string {
  return `${count} ${word}${String(count) === '1' ? '' : 's'}`;
}
