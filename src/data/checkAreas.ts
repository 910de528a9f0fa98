import type { AreaEntry } from './dataset.ts';
import type { ProblemLog } from './problems.ts';
import type { Area } from './schemas/index.ts';
import type { ValidatedTable } from './validateTable.ts';

export interface AreaIndex {
  /** False when areas.csv could not be checked, so an unknown area is not worth reporting. */
  complete: boolean;
  areas: Map<string, AreaEntry>;
  areasByDfeCode: Map<string, AreaEntry>;
  /** Codes (ONS or DfE) of rows that had a problem: rows using them are not reported again. */
  rejected: Set<string>;
}

/** Codes and DfE codes must be unique, and only fictional councils may use `X` codes. */
export function checkAreas(table: ValidatedTable<Area>, log: ProblemLog): AreaIndex {
  const areas = new Map<string, AreaEntry>();
  const areasByDfeCode = new Map<string, AreaEntry>();
  const rejected = new Set<string>();
  for (const { record } of table.rejected) {
    for (const name of ['code', 'dfe_code']) {
      const code = (record[name] ?? '').trim();
      if (code !== '') rejected.add(code);
    }
  }
  for (const { file, line, row } of table.rows) {
    const at = (name: string) => ({ file, line, ...(table.column(name) ? { column: table.column(name) as number } : {}) });
    const entry = { ...row, source: `${file}:${line}` };
    const first = areas.get(row.code);
    if (first !== undefined) {
      log.problem({ ...at('code'), message: `code "${row.code}" is already used at ${first.source}` });
      continue;
    }
    if ((row.kind === 'fictional') !== row.code.startsWith('X')) {
      log.problem({
        ...at('kind'),
        message:
          row.kind === 'fictional'
            ? `kind "fictional" needs a code starting with X, such as X00000001, not "${row.code}"`
            : `kind "${row.kind}" needs an ONS code; codes starting with X are for kind fictional`,
      });
    }
    if (row.dfe_code !== undefined) {
      const sameDfe = areasByDfeCode.get(row.dfe_code);
      if (sameDfe !== undefined) log.problem({ ...at('dfe_code'), message: `dfe_code "${row.dfe_code}" is already used at ${sameDfe.source}` });
      else areasByDfeCode.set(row.dfe_code, entry);
    }
    areas.set(row.code, entry);
  }
  for (const { file, line, row } of table.rows) {
    if (row.region_code !== undefined && !areas.has(row.region_code)) {
      const column = table.column('region_code');
      log.warn({ file, line, ...(column ? { column } : {}), message: `region_code "${row.region_code}" is not an area in this file, so no regional benchmark can be shown` });
    }
  }
  return { complete: table.complete, areas, areasByDfeCode, rejected };
}

/** True when `code` names no area and no row with a problem of its own, so is worth reporting. */
export function isUnknownArea(index: AreaIndex, code: string): boolean {
  return index.complete && !index.rejected.has(code) && findArea(index, code) === undefined;
}

/** Finds an area by the ONS code or the DfE 3-digit code, as observation and population rows may use either. */
export function findArea(index: AreaIndex, code: string): AreaEntry | undefined {
  return index.areas.get(code) ?? index.areasByDfeCode.get(code);
}
