import type { DisplayedValue } from './shown-value.ts';

type Shown = DisplayedValue & { value: number };

/**
 * Polarity-neutral relation of `a` to `b`: "above", "below" or "the same as". Two values displayed
 * alike are the same to a reader, whatever unrounded digits the caller passed.
 */
export function compareWords(a: Shown, b: Shown): 'above' | 'below' | 'the same as' {
  if (a.display === b.display || a.value === b.value) return 'the same as';
  return a.value > b.value ? 'above' : 'below';
}
