import { symbolText, type Unit } from '../engine/index.ts';

/**
 * What stands for the number a figure counts or is out of where the data gives none, on every page and
 * download alike: a count is its own number, so it has no parts ([z], not applicable); a percentage or
 * rate given without its parts has them, unpublished ([x], not available); a withheld figure's are [c].
 */
export function missingPart(unit: Unit, withheld: boolean): string {
  if (withheld) return symbolText('c');
  return symbolText(unit === 'count' ? 'z' : 'x');
}
