import type { EesCell, EesFile, EesRow } from '../../data/ees.ts';
import { addDecimals, decimalToString, toDecimal, type Decimal } from '../../engine/decimal.ts';
import type { Figure } from '../../engine/figure.ts';
import { given, percentage, ratePer, ratio } from '../../engine/measures.ts';
import type { Period } from '../../engine/period.ts';
import { symbolReplacesValue, type SymbolCode } from '../../engine/symbols.ts';
import type { DfeIndicator } from '../../data/dfe-indicator.ts';
import { findDfeRow, type DfePlace } from './dfe-row.ts';
import { reportingPeriod } from './reporting-period.ts';

/** One place's figure for one year, as DfE published it and as the engine recomputes it. */
export interface DfeFigure {
  place: DfePlace;
  /** England, the region's or the council's name as the file gives it. */
  name: string;
  year: number;
  period: Period;
  /** DfE's published figure at the decimals DfE publishes: the figure to show. */
  figure: Figure;
  /** The published cell exactly as written, e.g. `9` or `c`. */
  published: string;
  /**
   * The engine's figure from the counts in the file, at the same decimals, when they are all numbers.
   * National and regional counts are rounded to 10, so there it can differ from the published figure,
   * which DfE worked out from unrounded counts: the published one is shown.
   */
  computed?: Figure;
  check: 'agrees' | 'differs' | 'not computed';
  /** The row of the published figure: `data/dfe/la_cla_placement_stability.csv:4345`. */
  source: string;
}

const cellOf = (row: EesRow, column: string): EesCell | undefined => row.cells[column];

/** DfE's bare `u` stands instead of a number, so it is shown as not available, with what DfE wrote. */
function noNumber(cell: EesCell | undefined): SymbolCode {
  const symbol = cell?.symbol;
  return symbol !== undefined && symbolReplacesValue(symbol) ? symbol : 'x';
}

function recompute(mapping: DfeIndicator, row: EesRow, denominatorRow: EesRow | undefined, per: number | undefined, at: (row: EesRow) => string): Figure | undefined {
  const top = cellOf(row, mapping.numerator);
  if (top?.value === undefined) return undefined;
  const decimals = mapping.decimals;
  if (mapping.unit === 'count') return given({ value: top.text, unit: 'count', decimals, source: at(row) });
  if (denominatorRow === undefined) return undefined;
  const parts: Decimal[] = [];
  for (const column of mapping.denominator) {
    const cell = cellOf(denominatorRow, column);
    if (cell?.value === undefined) return undefined;
    parts.push(toDecimal(cell.text));
  }
  const first = parts[0];
  if (first === undefined) return undefined;
  const bottom = decimalToString(parts.slice(1).reduce(addDecimals, first));
  const sources = { numerator: at(row), denominator: at(denominatorRow) };
  switch (mapping.unit) {
    case 'percent':
      return percentage({ numerator: top.text, denominator: bottom, decimals, sources });
    case 'rate':
      return ratePer({ count: top.text, population: bottom, per: per ?? 10000, decimals, sources: { count: sources.numerator, population: sources.denominator } });
    default:
      return ratio({ numerator: top.text, denominator: bottom, decimals, sources });
  }
}

/**
 * The figure a DfE file gives for an indicator, a reporting year and a place, or undefined when the
 * file has no such row (a council that did not exist that year, a year the file does not cover).
 * `per` is the indicator's rate_per for rates.
 */
export function dfeFigure(file: EesFile, mapping: DfeIndicator, year: number, place: DfePlace, per?: number): DfeFigure | undefined {
  const row = findDfeRow(file, year, place, mapping.filter);
  if (row === undefined) return undefined;
  const at = (r: EesRow) => `${file.file}:${r.line}`;
  const overrides = new Map(mapping.denominatorFilter.map((pair) => [pair.column, pair.value]));
  const denominatorFilter = [
    ...mapping.filter.filter((pair) => !overrides.has(pair.column)),
    ...mapping.denominatorFilter,
  ];
  const denominatorRow = mapping.denominatorFilter.length === 0 ? row : findDfeRow(file, year, place, denominatorFilter);
  const cell = cellOf(row, mapping.value);
  const base = { unit: mapping.unit, decimals: mapping.decimals, ...(mapping.unit === 'rate' ? { per: per ?? 10000 } : {}) };
  const figure: Figure =
    cell?.value !== undefined
      ? { ...given({ value: cell.text, ...base, source: at(row) }), method: `as DfE published it (${at(row)})` }
      : { ...base, symbol: noNumber(cell), method: `DfE published "${cell?.text ?? ''}" instead of a number (${at(row)})`, inputs: [] };
  const computed = recompute(mapping, row, denominatorRow, per, at);
  const check =
    computed?.value === undefined || figure.value === undefined ? 'not computed' : computed.value === figure.value ? 'agrees' : 'differs';
  const name = place.level === 'National' ? 'England' : place.level === 'Regional' ? (row.region_name ?? place.region) : (row.la_name ?? place.dfeCode);
  return {
    place,
    name,
    year,
    period: reportingPeriod(year, mapping.period),
    figure,
    published: cell?.text ?? '',
    ...(computed === undefined ? {} : { computed }),
    check,
    source: at(row),
  };
}
