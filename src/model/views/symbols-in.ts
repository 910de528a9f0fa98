import { parseSymbol, type SymbolCode } from '../../engine/index.ts';

/** The GSS symbols that appear in some displayed cells ("[c]", "12.4% [p]"), in a stable order, for a table's key. */
export function symbolsIn(cells: readonly string[]): SymbolCode[] {
  const found = new Set<SymbolCode>();
  for (const cell of cells) {
    for (const match of cell.matchAll(/\[([a-z]+)\]/g)) {
      const code = parseSymbol(match[1]!);
      if (code !== undefined) found.add(code);
    }
  }
  return [...found].sort();
}
