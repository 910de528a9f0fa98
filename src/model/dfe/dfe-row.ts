import type { EesFile, EesRow } from '../../data/ees.ts';
import type { FilterPair } from '../../data/dfe-indicator-schema.ts';

/** Which geography a DfE figure is for: England, a region by ONS code, or a council by DfE code. */
export type DfePlace = { level: 'National' } | { level: 'Regional'; region: string } | { level: 'Local authority'; dfeCode: string };

const indexes = new WeakMap<EesFile, Map<string, EesRow[]>>();

function placeKey(year: string, place: DfePlace): string {
  if (place.level === 'National') return `${year}|N`;
  if (place.level === 'Regional') return `${year}|R|${place.region}`;
  return `${year}|L|${place.dfeCode}`;
}

function rowKey(row: EesRow): string | undefined {
  if (row.geographic_level === 'National') return placeKey(row.time_period, { level: 'National' });
  if (row.geographic_level === 'Regional' && row.region_code !== undefined) return placeKey(row.time_period, { level: 'Regional', region: row.region_code });
  // Councils are matched on the old DfE code: DfE gives some councils their post-2023 ONS code in every year.
  if (row.geographic_level === 'Local authority' && row.old_la_code !== undefined) return placeKey(row.time_period, { level: 'Local authority', dfeCode: row.old_la_code });
  return undefined;
}

/** Rows of one year and place, indexed once per file: a build asks for thousands of them. */
export function rowsAt(file: EesFile, year: number, place: DfePlace): readonly EesRow[] {
  let index = indexes.get(file);
  if (index === undefined) {
    index = new Map();
    for (const row of file.rows) {
      const key = rowKey(row);
      if (key === undefined) continue;
      const list = index.get(key) ?? [];
      list.push(row);
      index.set(key, list);
    }
    indexes.set(file, index);
  }
  return index.get(placeKey(String(year), place)) ?? [];
}

/** The first row of that year and place whose labels match every condition. */
export function findDfeRow(file: EesFile, year: number, place: DfePlace, filter: readonly FilterPair[]): EesRow | undefined {
  return rowsAt(file, year, place).find((row) => filter.every(({ column, value }) => row.cells[column]?.text === value));
}

/** The years a file has rows for, as numbers, oldest first. */
export function dfeYears(file: EesFile): number[] {
  const years = new Set<number>();
  for (const row of file.rows) if (/^\d{4}$/.test(row.time_period)) years.add(Number(row.time_period));
  return [...years].sort((a, b) => a - b);
}

/** The DfE codes of the councils a file has a row for in a year, matching `filter`, in file order. */
export function dfeCouncilCodes(file: EesFile, year: number, filter: readonly FilterPair[]): string[] {
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const row of file.rows) {
    if (row.time_period !== String(year) || row.geographic_level !== 'Local authority' || row.old_la_code === undefined) continue;
    if (seen.has(row.old_la_code) || !filter.every(({ column, value }) => row.cells[column]?.text === value)) continue;
    seen.add(row.old_la_code);
    codes.push(row.old_la_code);
  }
  return codes;
}

/** The regions a file names, by ONS code, with their names. */
export function dfeRegions(file: EesFile): Map<string, string> {
  const regions = new Map<string, string>();
  for (const row of file.rows) {
    if (row.geographic_level === 'Regional' && row.region_code !== undefined && !regions.has(row.region_code)) regions.set(row.region_code, row.region_name ?? row.region_code);
  }
  return regions;
}
