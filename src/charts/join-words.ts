/** "a", "a and b", "a, b and c" (no serial comma, as GOV.UK style writes lists). */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
