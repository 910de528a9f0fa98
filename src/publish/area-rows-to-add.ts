import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { LocalAuthority } from '../data/councils/la-directory.ts';

/** A row of data/areas.csv, in its column order. */
export type AreaCsvRow = readonly [code: string, dfeCode: string, name: string, kind: string, regionCode: string];

export interface AreaAdditions {
  /** The file with the rows added at the end; the existing bytes are kept as they were. */
  text: string;
  added: AreaCsvRow[];
}

/**
 * Adds what a new council's reports need to data/areas.csv, each only if missing (by ONS code, or by
 * DfE code for a council already there under another code): the council, its statistical neighbours
 * (so that their figures can be compared once added), the regions of all of them, and the council's
 * neighbour group for an average a paper states.
 */
export function areaRowsToAdd(existing: string, council: LocalAuthority, neighbours: readonly LocalAuthority[]): AreaAdditions {
  const rows = csvParseRows(existing.startsWith('\uFEFF') ? existing.slice(1) : existing);
  const codes = new Set(rows.map((r) => r[0] ?? ''));
  const dfeCodes = new Set(rows.map((r) => r[1] ?? '').filter((c) => c !== ''));
  const added: AreaCsvRow[] = [];
  const add = (row: AreaCsvRow): void => {
    if (codes.has(row[0]) || (row[1] !== '' && dfeCodes.has(row[1]))) return;
    codes.add(row[0]);
    if (row[1] !== '') dfeCodes.add(row[1]);
    added.push(row);
  };
  for (const la of [council, ...neighbours]) {
    if (la.regionCode !== '') add([la.regionCode, '', la.regionName, 'region', '']);
  }
  add([council.code, council.dfeCode, council.name, 'local-authority', council.regionCode]);
  for (const la of neighbours) add([la.code, la.dfeCode, la.name, 'local-authority', la.regionCode]);
  add([`${council.code}-SN`, '', `${council.name}'s statistical neighbours (average stated in a paper)`, 'group', '']);
  if (added.length === 0) return { text: existing, added };
  const body = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  return { text: `${body}${csvFormatRows(added.map((row) => [...row]))}\n`, added };
}
