import { formatPeriod, longMonthName, periodKey, periodSpan } from '../engine/periods.ts';
import type { AreaIndex } from './check-areas.ts';
import type { IndicatorIndex } from './check-indicators.ts';
import type { TargetEntry } from './dataset.ts';
import type { DataProblem, ProblemLog } from './problems.ts';
import { isCouncilKind, type TargetRow } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';
import { lookupReferences } from './lookup-references.ts';

export interface TargetContext {
  indicators: IndicatorIndex;
  areas: AreaIndex;
  /** How messages name the catalogue files, e.g. `data/indicators.csv`. */
  indicatorsFile: string;
  areasFile: string;
}

/** `20220401` as `1 April 2022`, so a clash between `2022/23` and `2022-04` says where they meet. */
function dayText(yyyymmdd: number): string {
  const day = yyyymmdd % 100;
  const month = Math.floor(yyyymmdd / 100) % 100;
  return `${day} ${longMonthName(month)} ${Math.floor(yyyymmdd / 10000)}`;
}

/**
 * Checks targets.csv against the catalogue: a known indicator, a council (targets are a council's
 * own), and one row per indicator, council and start. Two rows starting the same day (`2022/23` and
 * `2022-04`) would leave it unclear which target is in force, so they count as a repeat too.
 */
export function checkTargets(table: ValidatedTable<TargetRow>, context: TargetContext, log: ProblemLog): TargetEntry[] {
  const targets: TargetEntry[] = [];
  const seen = new Map<string, { source: string; key: string; text: string }>();
  for (const { file, line, row } of table.rows) {
    const at = (name: string, message: string): DataProblem => {
      const column = table.column(name);
      return { file, line, ...(column === undefined ? {} : { column }), message };
    };
    const { indicator, area } = lookupReferences(row, context, at, log);
    if (area !== undefined && !isCouncilKind(area.kind)) {
      log.problem(at('area', `area "${row.area}" (${area.name}) is of kind ${area.kind}: a target belongs to a council (kind local-authority or fictional)`));
      continue;
    }
    if (indicator === undefined || area === undefined) continue;

    const start = periodSpan(row.from).first;
    const key = [indicator.id, area.code, start].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      log.problem(
        at(
          'from',
          first.key === periodKey(row.from)
            ? `repeats ${first.source}: the same indicator, area and from`
            : `from "${formatPeriod(row.from)}" starts on ${dayText(start)}, as from "${first.text}" at ${first.source} does: keep one row per indicator, area and start`,
        ),
      );
      continue;
    }
    seen.set(key, { source: `${file}:${line}`, key: periodKey(row.from), text: formatPeriod(row.from) });

    const entry: TargetEntry = { source: `${file}:${line}`, indicator: indicator.id, area: area.code, from: row.from, target: row.target };
    if (row.tolerance !== undefined) entry.tolerance = row.tolerance;
    if (row.note !== undefined) entry.note = row.note;
    targets.push(entry);
  }
  return targets;
}
