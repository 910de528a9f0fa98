import type { AreaEntry } from './dataset.ts';
import type { ProblemLog } from './problems.ts';
import { parseGroupCode } from './group-code.ts';
import { isCouncilKind, type Area } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';

export interface AreaIndex {
  /** False when areas.csv could not be checked, so an unknown area is not worth reporting. */
  complete: boolean;
  areas: Map<string, AreaEntry>;
  areasByDfeCode: Map<string, AreaEntry>;
  /** Codes (ONS or DfE) of rows that had a problem: rows using them are not reported again. */
  rejected: Set<string>;
}

type At = (name: string) => { file: string; line: number; column?: number };

/**
 * A group is named after its council and only stands for a set of councils, so it has no DfE code
 * and no region of its own. Whether the council exists is checked once every row has been read.
 */
function checkGroupRow(row: Area, at: At, log: ProblemLog): void {
  if (row.kind !== 'group') {
    log.problem({ ...at('kind'), message: `kind "${row.kind}" needs a code without a suffix; a code such as "${row.code}" is for kind group` });
    return;
  }
  if (parseGroupCode(row.code) === undefined) {
    log.problem({ ...at('code'), message: `code "${row.code}" is not a group code: kind "group" needs the council's code, a hyphen and an upper-case suffix, such as E10000003-SN` });
  }
  if (row.dfe_code !== undefined) {
    log.problem({ ...at('dfe_code'), message: `dfe_code "${row.dfe_code}" must be blank for a group: DfE codes belong to single councils` });
  }
  if (row.region_code !== undefined) {
    log.problem({ ...at('region_code'), message: `region_code "${row.region_code}" must be blank for a group: a group of councils is not in one region` });
  }
}

/**
 * Codes and DfE codes must be unique, only fictional councils may use `X` codes, and a group's code
 * names a council in the same file.
 */
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
    if (row.kind === 'group' || parseGroupCode(row.code) !== undefined) {
      checkGroupRow(row, at, log);
    } else if ((row.kind === 'fictional') !== row.code.startsWith('X')) {
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
    const group = row.kind === 'group' ? parseGroupCode(row.code) : undefined;
    if (group !== undefined && !rejected.has(group.council)) {
      checkGroupCouncil(row.code, group.council, areas, { file, line, ...columnOf(table, 'code') }, log);
    }
    if (row.region_code !== undefined && !areas.has(row.region_code)) {
      log.warn({ file, line, ...columnOf(table, 'region_code'), message: `region_code "${row.region_code}" is not an area in this file, so no regional benchmark can be shown` });
    }
  }
  return { complete: table.complete, areas, areasByDfeCode, rejected };
}

function columnOf(table: ValidatedTable<Area>, name: string): { column?: number } {
  const column = table.column(name);
  return column === undefined ? {} : { column };
}

function checkGroupCouncil(code: string, council: string, areas: Map<string, AreaEntry>, where: ReturnType<At>, log: ProblemLog): void {
  const found = areas.get(council);
  if (found === undefined) {
    log.problem({ ...where, message: `code "${code}" is a group of ${council}'s comparators, but ${council} is not in ${where.file}: expected the code of a council in that file before the hyphen` });
  } else if (!isCouncilKind(found.kind)) {
    log.problem({ ...where, message: `code "${code}" is a group of ${council}'s comparators, but ${council} (${found.name}) is of kind ${found.kind}: expected the code of a council (local-authority or fictional) before the hyphen` });
  }
}

/** True when `code` names no area and no row with a problem of its own, so is worth reporting. */
export function isUnknownArea(index: AreaIndex, code: string): boolean {
  return index.complete && !index.rejected.has(code) && findArea(index, code) === undefined;
}

/** Finds an area by the ONS code or the DfE 3-digit code, as observation and population rows may use either. */
export function findArea(index: AreaIndex, code: string): AreaEntry | undefined {
  return index.areas.get(code) ?? index.areasByDfeCode.get(code);
}
