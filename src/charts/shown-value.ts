import { parseSymbol, symbolReplacesValue } from '../engine/symbols.ts';

/** A value as a chart receives it: a number if there is one, and the text a reader sees. */
export interface DisplayedValue {
  value?: number;
  display: string;
  /** The key of the model's figure shown, so that the page can mark it and check it reads the same everywhere. */
  figure?: string;
}

/**
 * The number a chart may draw, or undefined. A display that is a symbol standing instead of a number
 * ([c], [x], [z], [low]) wins over a value passed by mistake: a suppressed number must never reach Plot.
 */
export function shownValue(entry: DisplayedValue): number | undefined {
  const { value } = entry;
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const symbol = parseSymbol(entry.display);
  if (symbol !== undefined && symbolReplacesValue(symbol)) return undefined;
  return value;
}
