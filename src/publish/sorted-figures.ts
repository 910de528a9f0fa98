/** A report's figures as a plain object in key order, so figures.json is the same text for the same figures. */
export type FigureTexts = Record<string, string>;

// Code-unit order rather than localeCompare: the order must not depend on the machine's locale.
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedFigures(shown: ReadonlyMap<string, string> | FigureTexts): FigureTexts {
  const entries = shown instanceof Map ? [...shown.entries()] : Object.entries(shown);
  const sorted: FigureTexts = {};
  for (const [key, text] of entries.sort(([a], [b]) => byKey(a, b))) sorted[key] = text;
  return sorted;
}
