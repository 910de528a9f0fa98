import type { Unit } from '../engine/figure.ts';
import { formatPeriod, periodKey } from '../engine/periods.ts';
import { symbolReplacesValue } from '../engine/symbols.ts';
import type { AreaIndex } from './check-areas.ts';
import type { IndicatorIndex } from './check-indicators.ts';
import type { PopulationIndex } from './check-populations.ts';
import { computedValueWarning } from './check-computed-value.ts';
import type { IndicatorEntry, Observation } from './dataset.ts';
import { populationYear } from './population-year.ts';
import type { DataProblem, ProblemLog } from './problems.ts';
import type { ExactNumber, ObservationRow } from './schemas/index.ts';
import type { ValidatedTable } from './load-dataset.ts';
import { lookupReferences } from './lookup-references.ts';

export interface ObservationContext {
  indicators: IndicatorIndex;
  areas: AreaIndex;
  populations: PopulationIndex;
  /** How messages name the catalogue files, e.g. `data/indicators.csv`. */
  indicatorsFile: string;
  areasFile: string;
  populationsFile: string;
}

/**
 * Units whose numerator and denominator count children, cases or events, so must be whole.
 * Percentages are left out on purpose: workforce percentages (vacancy, agency rates) are of FTE.
 */
const WHOLE_COUNTS: ReadonlySet<Unit> = new Set(['count', 'rate']);

type Cell = 'numerator' | 'denominator' | 'value';

/**
 * Checks observation rows against the catalogue: known indicator and area, no duplicate, and the
 * numbers each unit needs. Rows are checked independently so that every problem is reported.
 */
export function checkObservations(tables: readonly ValidatedTable<ObservationRow>[], context: ObservationContext, log: ProblemLog): Observation[] {
  const observations: Observation[] = [];
  const seen = new Map<string, string>();
  for (const table of tables) {
    for (const { file, line, row } of table.rows) {
      const problemsBefore = log.problems.length;
      const at = (name: string, message: string): DataProblem => {
        const column = table.column(name);
        return { file, line, ...(column === undefined ? {} : { column }), message };
      };
      const { indicator, area } = lookupReferences(row, context, at, log);
      if (indicator === undefined || area === undefined) continue;

      const key = [indicator.id, area.code, periodKey(row.period), row.breakdown ?? ''].join('\u0000');
      const first = seen.get(key);
      if (first !== undefined) {
        log.problem(at('period', `repeats ${first}: the same indicator, area, period and breakdown`));
        continue;
      }
      seen.set(key, `${file}:${line}`);

      const given = (['numerator', 'denominator', 'value'] as const).filter((name) => row[name] !== undefined);
      const population = checkNumbers(row, indicator, area.code, given, context, (name, message) => log.problem(at(name, message)), (name, message) => log.warn(at(name, message)));
      if (log.problems.length > problemsBefore) continue;
      const mismatch = computedValueWarning(row, indicator);
      if (mismatch !== undefined) log.warn(at('value', mismatch));

      const observation: Observation = { source: `${file}:${line}`, indicator: indicator.id, area: area.code, period: row.period };
      if (row.breakdown !== undefined) observation.breakdown = row.breakdown;
      if (row.numerator !== undefined) observation.numerator = row.numerator;
      if (row.denominator !== undefined) observation.denominator = row.denominator;
      if (row.value !== undefined) observation.value = row.value;
      if (row.marker !== undefined) observation.marker = row.marker;
      if (row.note !== undefined) observation.note = row.note;
      checkPrinted(row, indicator, (name, message) => log.problem(at(name, message)));
      if (row.printed !== undefined) observation.printed = row.printed;
      if (row.not_printed !== undefined) observation.notPrinted = row.not_printed;
      if (row.why !== undefined) observation.why = row.why;
      if (population !== undefined) observation.population = population;
      observations.push(observation);
    }
  }
  return observations;
}

type Report = (name: Cell | 'marker' | 'period' | 'printed' | 'not_printed' | 'why', message: string) => void;

/**
 * The columns that say how the row's figure differs from the paper it comes from: a number the paper did
 * not print must say how it was worked out, a figure printed as `k` or `m` is money, and a figure that
 * stands instead of a symbol has nothing printed to differ from.
 */
function checkPrinted(row: ObservationRow, indicator: IndicatorEntry, problem: Report): void {
  if (row.not_printed !== undefined && row.why === undefined) {
    problem('why', `why is blank: say how the ${row.not_printed.join(' and ')} the paper did not print ${row.not_printed.length === 1 ? 'was' : 'were'} worked out, e.g. "6,859 contacts less 3,651 closed and logged"`);
  }
  for (const part of row.not_printed ?? []) {
    if (part !== 'value' && row[part] === undefined) problem('not_printed', `not_printed names the ${part}, but the row has none`);
  }
  if (row.printed !== undefined) {
    if (row.printed.suffix !== '' && indicator.unit !== 'currency') {
      problem('printed', `printed "${row.printed.raw}${row.printed.suffix}" ends in ${row.printed.suffix}, which only money is printed with; "${indicator.id}" is a ${indicator.unit}`);
    }
    if (row.not_printed?.includes('value')) {
      problem('printed', 'printed is given, but not_printed says the paper did not print the figure: keep one of the two');
    }
    if (row.marker !== undefined && symbolReplacesValue(row.marker)) {
      problem('printed', `printed is given, but marker "${row.marker}" stands in place of the figure: there is no figure to print`);
    }
  }
}

function isWhole(number: ExactNumber): boolean {
  return Number.isInteger(number.value);
}

function checkNumbers(
  row: ObservationRow,
  indicator: IndicatorEntry,
  areaCode: string,
  given: readonly Cell[],
  context: ObservationContext,
  problem: Report,
  warn: Report,
): Observation['population'] {
  if (row.marker !== undefined && symbolReplacesValue(row.marker)) {
    if (given.length > 0) {
      problem('marker', `marker "${row.marker}" stands in place of the figure, so ${given.join(' and ')} must be blank`);
    }
    return undefined;
  }
  if (row.numerator === undefined && row.value === undefined) {
    const what = row.marker === undefined ? 'marker is blank' : `marker "${row.marker}" qualifies a figure`;
    problem('marker', `${what} but the row has no numerator or value: give the figure, or a marker such as x (not available) or c (suppressed)`);
    return undefined;
  }
  const { unit } = indicator;
  if (WHOLE_COUNTS.has(unit)) {
    for (const name of ['numerator', 'denominator'] as const) {
      const number = row[name];
      if (number !== undefined && !isWhole(number)) {
        problem(name, `${name} "${number.raw}" is not a whole number: a ${unit} indicator counts children, cases or events`);
      }
    }
  }
  if (unit === 'count') {
    if (row.value !== undefined && !isWhole(row.value)) problem('value', `value "${row.value.raw}" is not a whole number: a count indicator counts children, cases or events`);
    if (row.value !== undefined && row.value.value < 0) problem('value', `value "${row.value.raw}" is negative: a count cannot be below 0`);
    if (row.denominator !== undefined) warn('denominator', `denominator is not used by count indicator "${indicator.id}" and is ignored`);
    return undefined;
  }
  if (unit === 'percent' && row.value !== undefined && (row.value.value < 0 || row.value.value > 100)) {
    problem('value', `value "${row.value.raw}" is not between 0 and 100: a percent indicator's value is a percentage`);
  }
  if (row.numerator === undefined) return undefined;

  if (unit === 'rate') {
    if (row.denominator !== undefined) {
      if (row.denominator.value === 0) problem('denominator', 'denominator "0" is zero: a rate needs the population it is per');
      return undefined;
    }
    const year = populationYear(row.period);
    const found = context.populations.byArea.get(areaCode)?.get(year);
    if (found === undefined) {
      if (!context.populations.complete || context.populations.rejected.has(areaCode)) return undefined;
      problem(
        'numerator',
        `numerator "${row.numerator.raw}" cannot become a rate: ${context.populationsFile} has no population of ${areaCode} for mid-year ${year} (used for ${formatPeriod(row.period)}) and the denominator is blank`,
      );
      return undefined;
    }
    return { value: found.population, year, source: found.source };
  }

  if (row.denominator === undefined) {
    problem('denominator', `denominator is blank: a ${unit} indicator needs what the numerator "${row.numerator.raw}" is out of`);
    return undefined;
  }
  if (row.denominator.value === 0) {
    problem('denominator', 'denominator "0" is zero: use marker z (not applicable) when there is nothing to divide by');
    return undefined;
  }
  if (unit === 'percent' && row.numerator.value > row.denominator.value) {
    problem('numerator', `numerator "${row.numerator.raw}" is more than the denominator "${row.denominator.raw}": a percentage cannot be above 100`);
  }
  if (['days', 'weeks', 'months', 'currency'].includes(unit) && !isWhole(row.denominator)) {
    problem('denominator', `denominator "${row.denominator.raw}" is not a whole number: an average in ${unit} is a total over a number of children or cases`);
  }
  return undefined;
}
