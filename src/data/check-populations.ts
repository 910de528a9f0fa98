import { findArea, isUnknownArea, type AreaIndex } from './check-areas.ts';
import type { PopulationEntry } from './dataset.ts';
import type { ProblemLog } from './problems.ts';
import type { Population } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';

export interface PopulationIndex {
  /** By area code, then by mid-year estimate year. */
  byArea: Map<string, Map<number, PopulationEntry>>;
  /** Areas with a population row that had a problem: a rate missing its population is not reported again. */
  rejected: Set<string>;
  complete: boolean;
}

/** Every population belongs to a known area, once per mid-year estimate year. */
export function checkPopulations(
  table: ValidatedTable<Population>,
  index: AreaIndex,
  areasFile: string,
  log: ProblemLog,
): PopulationIndex {
  const populations = new Map<string, Map<number, PopulationEntry>>();
  const rejected = new Set<string>();
  for (const { record } of table.rejected) {
    const area = findArea(index, (record['area'] ?? '').trim());
    if (area !== undefined) rejected.add(area.code);
  }
  for (const { file, line, row } of table.rows) {
    const area = findArea(index, row.area);
    if (area === undefined) {
      if (isUnknownArea(index, row.area)) {
        log.problem({ file, line, column: table.column('area') ?? 1, message: `area "${row.area}" is not in ${areasFile} (by ONS code or DfE code)` });
      }
      continue;
    }
    const byYear = populations.get(area.code) ?? new Map<number, PopulationEntry>();
    populations.set(area.code, byYear);
    const first = byYear.get(row.period);
    if (first !== undefined) {
      log.problem({ file, line, column: table.column('period') ?? 1, message: `repeats ${first.source}: area ${area.code} already has a population for ${row.period}` });
      rejected.add(area.code);
      continue;
    }
    byYear.set(row.period, { ...row, areaCode: area.code, source: `${file}:${line}` });
  }
  return { byArea: populations, rejected, complete: table.complete };
}
