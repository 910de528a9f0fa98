import type { IndicatorEntry } from './dataset.ts';
import { closestName } from './closest-name.ts';
import type { EesFile } from './ees.ts';
import type { DataProblem, ProblemLog } from './problems.ts';
import type { ValidatedTable } from './load-dataset.ts';
import type { DfeIndicator } from './dfe-indicator.ts';
import type { DfeIndicatorRow, FilterPair } from './dfe-indicator-schema.ts';

export interface DfeIndicatorContext {
  indicators: ReadonlyMap<string, IndicatorEntry>;
  /** The EES files as the dataset holds them, by path. */
  dfe: ReadonlyMap<string, EesFile>;
  /** The folder of the DfE files as messages name it, e.g. `data/dfe`. */
  dfeDir: string;
  indicatorsFile: string;
}

const hint = (name: string, candidates: readonly string[]) => {
  const guess = closestName(name, candidates);
  return guess === undefined ? '' : ` — did you mean "${guess}"?`;
};

/** The distinct trimmed labels of a column, for "did you mean" and to know a filter can match. */
function labels(file: EesFile, column: string): Set<string> {
  return new Set(file.rows.map((row) => row.cells[column]?.text ?? '').filter((text) => text !== ''));
}

/**
 * Checks each mapping row against the catalogue and the DfE file it names: a known indicator in the
 * same unit, a file under the DfE folder, columns that exist and are of the right kind (filters on
 * labels, figures on value columns), and filter values the file really has. A filter that matches
 * nothing would give an empty benchmark with no error, so it is reported here instead.
 */
export function checkDfeIndicators(table: ValidatedTable<DfeIndicatorRow>, context: DfeIndicatorContext, log: ProblemLog): DfeIndicator[] {
  const mappings: DfeIndicator[] = [];
  const seen = new Map<string, string>();
  const names = [...context.dfe.keys()].map((path) => path.slice(context.dfeDir.length + 1));
  for (const { file, line, row } of table.rows) {
    const before = log.problems.length;
    const at = (name: string, message: string): DataProblem => {
      const column = table.column(name);
      return { file, line, ...(column === undefined ? {} : { column }), message };
    };
    const indicator = context.indicators.get(row.indicator);
    if (indicator === undefined) {
      log.problem(at('indicator', `indicator "${row.indicator}" is not in ${context.indicatorsFile}${hint(row.indicator, [...context.indicators.keys()])}`));
    } else if (indicator.unit !== row.unit) {
      log.problem(at('unit', `unit "${row.unit}" is not the unit of "${indicator.id}" in ${context.indicatorsFile} (${indicator.unit})`));
    }
    const path = `${context.dfeDir}/${row.file}`;
    const ees = context.dfe.get(path);
    if (ees === undefined) {
      log.problem(at('file', `file "${row.file}" is not an EES file in ${context.dfeDir}/${hint(row.file, names)}`));
    } else {
      const kinds = new Map(ees.columns.map((column) => [column.name, column.kind]));
      const column = (cell: string, name: string, kind: 'label' | 'value') => {
        const found = kinds.get(name);
        if (found === undefined) {
          log.problem(at(cell, `${cell} column "${name}" is not in ${row.file}${hint(name, [...kinds.keys()])}`));
        } else if (found !== kind) {
          log.problem(at(cell, `${cell} column "${name}" of ${row.file} holds ${found === 'label' ? 'labels, not numbers' : 'numbers, not labels'}`));
        }
        return found === kind;
      };
      const filters = (cell: string, pairs: readonly FilterPair[]) => {
        for (const pair of pairs) {
          if (!column(cell, pair.column, 'label')) continue;
          const values = labels(ees, pair.column);
          if (!values.has(pair.value)) {
            log.problem(at(cell, `${cell} value "${pair.value}" never appears in column ${pair.column} of ${row.file}${hint(pair.value, [...values])}`));
          }
        }
      };
      filters('filter', row.filter ?? []);
      filters('denominator_filter', row.denominator_filter ?? []);
      column('numerator', row.numerator, 'value');
      for (const name of row.denominator ?? []) column('denominator', name, 'value');
      column('value', row.value, 'value');
    }
    const needsDenominator = row.unit === 'percent' || row.unit === 'rate' || row.unit === 'ratio';
    if (needsDenominator && row.denominator === undefined) {
      log.problem(at('denominator', `denominator is blank: a ${row.unit} needs the column it is out of`));
    }
    if (!needsDenominator && (row.denominator !== undefined || row.denominator_filter !== undefined)) {
      log.problem(at('denominator', `denominator is only for percentages, rates and ratios: leave it blank for a ${row.unit}`));
    }
    const key = `${row.indicator}\u0000${row.file}`;
    const first = seen.get(key);
    if (first !== undefined) log.problem(at('indicator', `repeats ${first}: the same indicator and file`));
    else seen.set(key, `${file}:${line}`);
    if (log.problems.length > before) continue;

    const mapping: DfeIndicator = {
      indicator: row.indicator,
      file: path,
      period: row.period,
      filter: row.filter ?? [],
      numerator: row.numerator,
      denominator: row.denominator ?? [],
      denominatorFilter: row.denominator_filter ?? [],
      value: row.value,
      decimals: row.decimals,
      unit: row.unit,
      source: `${file}:${line}`,
      publication: row.publication ?? row.file,
      releaseMonths: row.release_months ?? (row.period === '30-september' ? 5 : 9),
    };
    if (row.note !== undefined) mapping.note = row.note;
    mappings.push(mapping);
  }
  return mappings;
}
