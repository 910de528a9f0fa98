import { formatNumber, type Unit } from '../../engine/index.ts';

/**
 * How a unit is named on an axis and after a bare number in a sentence. Charts and tables show rates and
 * durations as bare numbers (see cellText in figure-of.ts), so the words after them carry the unit.
 */
export function unitWords(unit: Unit, per: number | undefined): { axis: string; after?: string } {
  switch (unit) {
    case 'percent':
      return { axis: 'Per cent (%)' };
    case 'rate': {
      const base = per === undefined ? '' : ` per ${formatNumber(per)} children`;
      return { axis: `Rate${base}`, after: base.trim() };
    }
    case 'ratio':
      return { axis: 'Ratio' };
    case 'count':
      return { axis: 'Number' };
    case 'days':
      return { axis: 'Days', after: 'days' };
    case 'weeks':
      return { axis: 'Weeks', after: 'weeks' };
    case 'months':
      return { axis: 'Months', after: 'months' };
    case 'currency':
      return { axis: 'Pounds (£)' };
  }
}
