import { findArea, type AreaIndex } from './checkAreas.ts';
import type { PopulationEntry } from './dataset.ts';
import type { ProblemLog } from './problems.ts';
import type { Population } from './schemas/index.ts';
import type { ValidatedTable } from './validateTable.ts';

/** Every population belongs to a known area, once per mid-year estimate year. */
export function checkPopulations(
  table: ValidatedTable<Population>,
  index: AreaIndex,
  log: ProblemLog,
): Map<string, Map<number, PopulationEntry>> {
  const populations = new Map<string, Map<number, PopulationEntry>>();
  for (const { file, line, row } of table.rows) {
    const area = findArea(index, row.area);
    if (area === undefined) {
      log.problem({ file, line, column: table.column('area') ?? 1, message: `area "${row.area}" is not in areas.csv (by ONS code or DfE code)` });
      continue;
    }
    const byYear = populations.get(area.code) ?? new Map<number, PopulationEntry>();
    populations.set(area.code, byYear);
    const first = byYear.get(row.period);
    if (first !== undefined) {
      log.problem({ file, line, column: table.column('period') ?? 1, message: `repeats ${first.source}: area ${area.code} already has a population for ${row.period}` });
      continue;
    }
    byYear.set(row.period, { ...row, areaCode: area.code, source: `${file}:${line}` });
  }
  return populations;
}
