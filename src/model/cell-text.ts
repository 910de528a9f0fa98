import { formatFigure, formatNumber, symbolReplacesValue, symbolText, type Figure } from '../engine/index.ts';

/**
 * A figure as a table cell or chart label whose column or axis already names the unit: rates and
 * durations show the number alone ("8.00", not "8.00 per 10,000" in every cell); percentages keep "%"
 * and money keeps "£", which read as part of the number.
 */
export function cellText(figure: Figure): string {
  const bare = figure.unit === 'rate' || figure.unit === 'days' || figure.unit === 'weeks' || figure.unit === 'months';
  if (!bare || figure.value === undefined || (figure.symbol !== undefined && symbolReplacesValue(figure.symbol))) return formatFigure(figure);
  const shown = formatNumber(figure.value, figure.decimals);
  return figure.symbol === undefined ? shown : `${shown} ${symbolText(figure.symbol)}`;
}
