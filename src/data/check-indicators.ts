import type { IndicatorEntry } from './dataset.ts';
import type { ProblemLog } from './problems.ts';
import type { Indicator } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';

export interface IndicatorIndex {
  indicators: Map<string, IndicatorEntry>;
  /** Ids of catalogue rows that had a problem: rows using them are not reported again. */
  rejected: Set<string>;
  complete: boolean;
}

/** Ids must be unique, and `rate_per` is given for rates and only for rates. */
export function checkIndicators(table: ValidatedTable<Indicator>, log: ProblemLog): IndicatorIndex {
  const indicators = new Map<string, IndicatorEntry>();
  const rejected = new Set(table.rejected.map(({ record }) => (record['id'] ?? '').trim()));
  for (const { file, line, row } of table.rows) {
    const first = indicators.get(row.id);
    if (first !== undefined) {
      log.problem({ file, line, column: table.column('id') ?? 1, message: `id "${row.id}" is already used at ${first.location}` });
      continue;
    }
    const problemsBefore = log.problems.length;
    const ratePer = table.column('rate_per');
    if (row.unit === 'rate' && row.rate_per === undefined) {
      log.problem({ file, line, ...(ratePer ? { column: ratePer } : {}), message: 'rate_per is blank: a rate needs the number it is per, such as 10000' });
    }
    if (row.unit !== 'rate' && row.rate_per !== undefined) {
      log.problem({ file, line, ...(ratePer ? { column: ratePer } : {}), message: `rate_per "${row.rate_per}" is only for rates: leave it blank for a ${row.unit} indicator` });
    }
    if (log.problems.length > problemsBefore) rejected.add(row.id);
    else indicators.set(row.id, { ...row, location: `${file}:${line}` });
  }
  return { indicators, rejected, complete: table.complete };
}
