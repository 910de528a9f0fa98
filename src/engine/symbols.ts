/**
 * GSS shorthand symbols, defined once for the whole project.
 * Codes are what data files write (DfE writes the bare letters); `text` is what a page shows.
 * `replaces` symbols stand instead of a number; the others qualify a number that is shown.
 */
export const SYMBOLS = {
  c: { text: '[c]', meaning: 'confidential: suppressed to protect individuals', replaces: true },
  x: { text: '[x]', meaning: 'not available', replaces: true },
  z: { text: '[z]', meaning: 'not applicable', replaces: true },
  low: { text: '[low]', meaning: 'a positive number that rounds to zero', replaces: true },
  u: { text: '[u]', meaning: 'low reliability', replaces: false },
  p: { text: '[p]', meaning: 'provisional', replaces: false },
  r: { text: '[r]', meaning: 'revised', replaces: false },
  e: { text: '[e]', meaning: 'estimated', replaces: false },
  b: { text: '[b]', meaning: 'break in series', replaces: false },
} as const;

export type SymbolCode = keyof typeof SYMBOLS;

/** DfE files also write `k` for a number that rounds to zero; it means the same as `low`. */
const ALIASES: Readonly<Record<string, SymbolCode>> = { k: 'low' };

/** Reads `c`, `[c]`, `k` or `low` (any case, surrounding spaces ignored); undefined if not a GSS symbol. */
export function parseSymbol(text: string): SymbolCode | undefined {
  const bare = text.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare in SYMBOLS) return bare as SymbolCode;
  return ALIASES[bare];
}

export function symbolText(code: SymbolCode): string {
  return SYMBOLS[code].text;
}

export function symbolReplacesValue(code: SymbolCode): boolean {
  return SYMBOLS[code].replaces;
}
