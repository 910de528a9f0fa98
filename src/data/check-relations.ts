import type { IndicatorIndex } from './check-indicators.ts';
import { closestName } from './closest-name.ts';
import type { Relation } from './dataset.ts';
import type { ProblemLog } from './problems.ts';
import type { RelationRow } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';

/** Both indicators must be in the catalogue, a figure is made one way only, and a share is a part of a whole. */
export function checkRelations(table: ValidatedTable<RelationRow>, indicators: IndicatorIndex, indicatorsFile: string, log: ProblemLog): Relation[] {
  const relations: Relation[] = [];
  const seen = new Map<string, string>();
  for (const { file, line, row } of table.rows) {
    const at = (name: string, message: string) => {
      const column = table.column(name);
      log.problem({ file, line, ...(column === undefined ? {} : { column }), message });
    };
    let ok = true;
    for (const name of ['indicator', 'of_indicator'] as const) {
      const id = row[name];
      if (indicators.indicators.has(id) || indicators.rejected.has(id)) continue;
      const guess = closestName(id, [...indicators.indicators.keys()]);
      at(name, `${name} "${id}" is not in ${indicatorsFile}${guess === undefined ? '' : ` — did you mean "${guess}"?`}`);
      ok = false;
    }
    if (row.relation === 'share' && row.of_breakdown === undefined) {
      at('of_breakdown', 'of_breakdown is blank: a share is of a part (a breakdown) of its whole, so name the part.');
      ok = false;
    }
    const key = `${row.indicator}\u0000${row.breakdown ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      at('indicator', `${row.indicator}${row.breakdown ? ` (${row.breakdown})` : ''} is already related at ${first}: a figure is made from one other figure.`);
      ok = false;
    }
    seen.set(key, `${file}:${line}`);
    if (!ok) continue;
    relations.push({
      indicator: row.indicator,
      breakdown: row.breakdown ?? '',
      kind: row.relation,
      of: row.of_indicator,
      ofBreakdown: row.of_breakdown ?? '',
      source: `${file}:${line}`,
    });
  }
  return relations;
}
