import { findArea, isUnknownArea, type AreaIndex } from './check-areas.ts';
import type { IndicatorIndex } from './check-indicators.ts';
import { closestName } from './closest-name.ts';
import type { AreaEntry, IndicatorEntry } from './dataset.ts';
import type { DataProblem, ProblemLog } from './problems.ts';

export interface ReferenceContext {
  indicators: IndicatorIndex;
  areas: AreaIndex;
  indicatorsFile: string;
  areasFile: string;
}

/**
 * The indicator and area a row names, with a problem for each that the catalogue or areas.csv lacks.
 * Names already reported as bad rows of their own files are not reported again.
 */
export function lookupReferences(
  row: { indicator: string; area: string },
  context: ReferenceContext,
  at: (column: string, message: string) => DataProblem,
  log: ProblemLog,
): { indicator: IndicatorEntry | undefined; area: AreaEntry | undefined } {
  const indicator = context.indicators.indicators.get(row.indicator);
  if (indicator === undefined && !context.indicators.rejected.has(row.indicator)) {
    const guess = closestName(row.indicator, [...context.indicators.indicators.keys()]);
    const hint = guess === undefined ? '' : ` — did you mean "${guess}"?`;
    log.problem(at('indicator', `indicator "${row.indicator}" is not in ${context.indicatorsFile}${hint}`));
  }
  const area = findArea(context.areas, row.area);
  if (area === undefined && isUnknownArea(context.areas, row.area)) {
    log.problem(at('area', `area "${row.area}" is not in ${context.areasFile} (by ONS code or DfE code)`));
  }
  return { indicator, area };
}
