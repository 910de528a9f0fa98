import { formatNumber } from '../../engine/index.ts';

/**
 * A number for machines: the engine's rounding and places, without thousands separators, and an
 * ASCII hyphen-minus, so spreadsheets and csv readers take it as a number (1728.0, -2.5).
 */
export function plainNumber(value: number, decimals: number): string {
  return formatNumber(value, decimals).replaceAll(',', '').replace('\u2212', '-');
}
