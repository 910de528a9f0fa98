import { symbolReplacesValue, type Figure } from '../../engine/index.ts';
import { plainNumber } from './plain-number.ts';

/**
 * A figure in an EES value cell: the number, or the bare symbol DfE writes instead of one (c, x, z, low).
 * EES has no place for a symbol that qualifies a number ([p], [r]…): those stay in the tidy downloads.
 */
export function eesValue(figure: Figure): string {
  if (figure.symbol !== undefined && symbolReplacesValue(figure.symbol)) return figure.symbol;
  return figure.value === undefined ? 'x' : plainNumber(figure.value, figure.decimals);
}
