import { parseSymbol, type SymbolCode } from '../engine/symbols.ts';

export interface MissingGroup {
  /** What the reader sees instead of a number, e.g. "[c]". */
  display: string;
  /** Why there is no number, for "is …" / "are …", e.g. "suppressed". */
  reason: string;
  /** Labels of the entries with this display, in the order given. */
  labels: string[];
}

// Short forms for a sentence; SYMBOLS' `meaning` is written for a key above a table.
const REASONS: Partial<Record<SymbolCode, string>> = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
  low: 'rounded to zero',
};

/** Entries without a number, grouped by what is displayed instead, in order of first appearance. */
export function missingGroups(entries: readonly { label: string; display: string }[]): MissingGroup[] {
  const groups = new Map<string, MissingGroup>();
  for (const { label, display } of entries) {
    const shown = display.trim();
    let group = groups.get(shown);
    if (!group) {
      const symbol = parseSymbol(shown);
      group = { display: shown, reason: (symbol && REASONS[symbol]) ?? 'without a figure', labels: [] };
      groups.set(shown, group);
    }
    group.labels.push(label);
  }
  return [...groups.values()];
}
