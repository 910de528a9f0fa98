import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from './path-exists.ts';
import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { checkDfeIndicators } from './check-dfe-indicators.ts';
import { checkGlossary } from './check-glossary.ts';
import { DFE_INDICATOR_OPTIONAL_COLUMNS, dfeIndicatorSchema } from './dfe-indicator-schema.ts';
import { checkAreas } from './check-areas.ts';
import { checkIndicators } from './check-indicators.ts';
import { checkObservations } from './check-observations.ts';
import { checkRelations } from './check-relations.ts';
import { checkPopulations } from './check-populations.ts';
import { checkTargets } from './check-targets.ts';
import type { Dataset } from './dataset.ts';
import { DATA_FOLDER_ROWS, readCsvFile, type CsvTable } from './csv.ts';
import { parseEesText, type EesFile } from './ees.ts';
import { parseNeighbourModel, type NeighbourGroup } from './neighbours.ts';
import { DataError, ProblemLog, type DataProblem } from './problems.ts';
import { RowBudget } from './row-budget.ts';
import { readStoredFile, readStoredFileList, STORED_FILES } from './stored-files.ts';
import {
  GLOSSARY_OPTIONAL_COLUMNS,
  glossarySchema,
  areaSchema,
  indicatorSchema,
  OBSERVATION_OPTIONAL_COLUMNS,
  observationSchema,
  populationSchema,
  RELATION_OPTIONAL_COLUMNS,
  relationSchema,
  TARGET_OPTIONAL_COLUMNS,
  targetSchema,
} from './schemas/index.ts';

/** A validated row and where it came from, so every figure can be traced to file:line. */
export interface Located<T> {
  file: string;
  line: number;
  row: T;
}

export interface ValidatedTable<T> {
  file: string;
  rows: Located<T>[];
  /**
   * False when the file could not be read or its header is wrong, so none of its rows were checked:
   * other files are then not checked against it, which would only repeat the one problem per row.
   */
  complete: boolean;
  /**
   * Rows left out because a cell was wrong, as written. Their problems are reported already; other
   * files look here so that a row naming them is not reported a second time as naming nothing.
   */
  rejected: { line: number; record: Record<string, string> }[];
  /** 1-based position of a column in this file's header, for messages about a row. */
  column(name: string): number | undefined;
}

type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

function checkHeader(table: CsvTable, expected: readonly string[], optional: readonly string[], log: ProblemLog): boolean {
  const { file, header } = table;
  const line = 1;
  const missing = expected.filter((name) => !header.includes(name));
  const suggested = new Set<string>();
  let ok = true;
  header.forEach((name, index) => {
    if (expected.includes(name)) return;
    ok = false;
    const guess = closestName(name, missing);
    if (guess !== undefined) suggested.add(guess);
    log.problem({
      file,
      line,
      column: index + 1,
      message:
        guess === undefined
          ? `column "${name}" is not expected: the columns are ${expected.join(', ')}`
          : `column "${name}" is not expected — did you mean "${guess}"?`,
    });
  });
  for (const name of missing) {
    if (suggested.has(name) || optional.includes(name)) continue;
    ok = false;
    log.problem({ file, line, message: `column "${name}" is missing from the header` });
  }
  return ok;
}

/**
 * Checks the header against the schema's columns (reporting a misspelt column with the name it
 * probably meant), then every row, reporting each bad cell as file:line:column with the value found.
 * Rows with a bad cell are left out; the caller must not use the result when `log` has problems.
 */
export function validateTable<S extends RowSchema>(
  table: CsvTable,
  schema: S,
  log: ProblemLog,
  optional: readonly string[] = [],
): ValidatedTable<z.output<S>> {
  const { file } = table;
  const rows: Located<z.output<S>>[] = [];
  const rejected: ValidatedTable<unknown>['rejected'] = [];
  const column = (name: string) => {
    const index = table.header.indexOf(name);
    return index < 0 ? undefined : index + 1;
  };
  const readable = table.header.length > 0 && table.problems.every((p) => p.line > 1);
  if (!readable) {
    for (const problem of table.problems) log.problem(problem);
    return { file, rows, complete: false, rejected, column };
  }
  // With a wrong header, each row's field count is wrong too: the header is the one thing to report.
  if (!checkHeader(table, Object.keys(schema.shape), optional, log)) {
    return { file, rows, complete: false, rejected, column };
  }
  for (const problem of table.problems) log.problem(problem);
  for (const { line, record } of table.rows) {
    const input: Record<string, string> = {};
    for (const name of Object.keys(schema.shape)) input[name] = record[name] ?? '';
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ file, line, row: result.data });
      continue;
    }
    rejected.push({ line, record });
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      const raw = input[name] ?? '';
      log.problem({
        file,
        line,
        ...(column(name) === undefined ? {} : { column: column(name) as number }),
        message: raw.trim() === '' ? `${name} ${issue.message}` : `${name} "${raw}" ${issue.message}`,
      });
    }
  }
  return { file, rows, complete: true, rejected, column };
}

export interface DatasetLocation {
  /** The folder messages are relative to, usually the repository root. */
  root: string;
  /** The data folder inside `root`, written with `/`; messages start with it. Default `data`. */
  dir?: string;
}

/** CSV files in a folder, sorted so that problems and observations come in a stable order. */
async function csvFiles(root: string, dir: string): Promise<string[] | undefined> {
  try {
    const names = await readdir(join(root, dir));
    return names.filter((name) => name.toLowerCase().endsWith('.csv')).sort().map((name) => `${dir}/${name}`);
  } catch {
    return undefined;
  }
}

/**
 * A file with its header and no row is read as nothing at all: said, since a file saved before its
 * rows were pasted in, or exported from an empty filter, would otherwise leave its figures missing
 * without a word.
 */
function warnIfHeaderOnly(table: { file: string; header: readonly string[]; rows: readonly unknown[]; problems: readonly unknown[] }, log: ProblemLog, budget: RowBudget): void {
  if (table.problems.length > 0 || table.header.length === 0 || table.rows.length > 0 || budget.exceeded) return;
  log.warn({ file: table.file, line: 0, message: 'has a header but no rows, so nothing is read from it: add its rows, or check that this is the file you meant to save' });
}

/** Reads a headed data file against the folder's row budget, warning when it holds no row. */
async function readDataFile(root: string, file: string, log: ProblemLog, budget: RowBudget): Promise<CsvTable> {
  const table = await readCsvFile(root, file, budget);
  warnIfHeaderOnly(table, log, budget);
  return table;
}

/** DfE's files by name: those in the folder, and those a frozen data folder names by content (stored-files.ts). */
async function dfeTexts(root: string, dataDir: string, dir: string, log: ProblemLog): Promise<[file: string, read: () => Promise<string | undefined>][]> {
  const problem = (found: DataProblem) => log.problem(found);
  const texts = new Map<string, () => Promise<string | undefined>>();
  for (const file of (await csvFiles(root, dir)) ?? []) texts.set(file, () => readFile(join(root, file), 'utf8'));
  for (const entry of (await readStoredFileList(root, dataDir, problem)) ?? []) {
    const file = `${dataDir}/${entry.name}`;
    if (!file.startsWith(`${dir}/`) || texts.has(file)) {
      problem({ file: `${dataDir}/${STORED_FILES}`, line: 0, message: `names ${entry.name}, which is not a file of ${dir}/ that the folder lacks` });
      continue;
    }
    texts.set(file, () => readStoredFile(root, dataDir, entry, problem));
  }
  return [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function loadDfe(root: string, dataDir: string, dir: string, log: ProblemLog, budget: RowBudget) {
  const dfe = new Map<string, EesFile>();
  const neighbourModels = new Map<string, Map<string, NeighbourGroup>>();
  for (const [file, read] of await dfeTexts(root, dataDir, dir, log)) {
    const text = await read();
    if (text === undefined) continue;
    // EES tidy files start with time_period; the wide neighbour models have no time column.
    if (/^\uFEFF?"?time_period"?,/.test(text)) {
      const ees = parseEesText(text, file, { budget });
      for (const problem of ees.problems) log.problem(problem);
      warnIfHeaderOnly({ file, header: ees.columns.map((column) => column.name), rows: ees.rows, problems: ees.problems }, log, budget);
      dfe.set(file, ees);
      continue;
    }
    try {
      neighbourModels.set(file, parseNeighbourModel(text, file));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      for (const problem of error.problems) log.problem(problem);
    }
  }
  return { dfe, neighbourModels };
}

/**
 * Reads and checks the whole data folder. Either every file is read and every rule holds, or it
 * throws a DataError listing every problem found in every file: a report is never built from part
 * of the data. Warnings (which do not stop the build) come back with the dataset.
 */
export async function loadDataset({ root, dir = 'data' }: DatasetLocation): Promise<Dataset> {
  const log = new ProblemLog();
  const budget = new RowBudget(DATA_FOLDER_ROWS);
  const indicatorsFile = `${dir}/indicators.csv`;
  const areasFile = `${dir}/areas.csv`;
  const populationsFile = `${dir}/populations.csv`;
  const observationsDir = `${dir}/observations`;
  const targetsFile = `${dir}/targets.csv`;

  const indicatorTable = validateTable(await readDataFile(root, indicatorsFile, log, budget), indicatorSchema, log);
  const indicators = checkIndicators(indicatorTable, log);
  const areaIndex = checkAreas(validateTable(await readDataFile(root, areasFile, log, budget), areaSchema, log), log);
  const populations = checkPopulations(validateTable(await readDataFile(root, populationsFile, log, budget), populationSchema, log), areaIndex, areasFile, log);

  const observationFiles = await csvFiles(root, observationsDir);
  if (observationFiles === undefined || observationFiles.length === 0) {
    log.problem({
      file: observationsDir,
      line: 0,
      message: `${observationFiles === undefined ? 'is missing' : 'has no .csv files'}: expected one CSV of observations per council or report`,
    });
  }
  const observationTables = [];
  for (const file of observationFiles ?? []) {
    observationTables.push(validateTable(await readDataFile(root, file, log, budget), observationSchema, log, OBSERVATION_OPTIONAL_COLUMNS));
  }
  // Past the budget the tables are cut short: stop before anything is computed from part of the data.
  if (budget.exceeded) {
    log.problem(budget.problem(dir));
    log.throwIfAny();
  }
  // Without a readable catalogue every row would be reported as unknown: one problem is enough.
  const observations =
    indicators.complete && areaIndex.complete
      ? checkObservations(observationTables, { indicators, areas: areaIndex, populations, indicatorsFile, areasFile, populationsFile }, log)
      : [];
  // targets.csv is optional: without it every council is judged against the catalogue's targets.
  const targetTable = (await pathExists(join(root, targetsFile)))
    ? validateTable(await readDataFile(root, targetsFile, log, budget), targetSchema, log, TARGET_OPTIONAL_COLUMNS)
    : undefined;
  const targets =
    targetTable !== undefined && indicators.complete && areaIndex.complete
      ? checkTargets(targetTable, { indicators, areas: areaIndex, indicatorsFile, areasFile }, log)
      : [];
  const { dfe, neighbourModels } = await loadDfe(root, dir, `${dir}/dfe`, log, budget);
  // dfe-indicators.csv is optional: without it no benchmark is derived from the DfE files.
  const dfeIndicatorsFile = `${dir}/dfe-indicators.csv`;
  const dfeIndicatorTable = (await pathExists(join(root, dfeIndicatorsFile)))
    ? validateTable(await readDataFile(root, dfeIndicatorsFile, log, budget), dfeIndicatorSchema, log, DFE_INDICATOR_OPTIONAL_COLUMNS)
    : undefined;
  const dfeIndicators =
    dfeIndicatorTable !== undefined && indicators.complete
      ? checkDfeIndicators(dfeIndicatorTable, { indicators: indicators.indicators, dfe, dfeDir: `${dir}/dfe`, indicatorsFile }, log)
      : undefined;
  if (budget.exceeded) log.problem(budget.problem(dir));

  // relations.csv is optional: without it a figure is withheld only for its own inputs.
  const relationsFile = `${dir}/relations.csv`;
  const relationTable = (await pathExists(join(root, relationsFile)))
    ? validateTable(await readCsvFile(root, relationsFile), relationSchema, log, RELATION_OPTIONAL_COLUMNS)
    : undefined;
  const relations = relationTable !== undefined && indicators.complete ? checkRelations(relationTable, indicators, indicatorsFile, log) : [];

  // glossary.csv is optional: with it, the catalogue's words are checked against the sector's.
  const glossaryFile = `${dir}/glossary.csv`;
  if (await pathExists(join(root, glossaryFile))) {
    checkGlossary(validateTable(await readCsvFile(root, glossaryFile), glossarySchema, log, GLOSSARY_OPTIONAL_COLUMNS), indicatorTable, dfe, `${dir}/dfe`, log);
  }

  log.throwIfAny();
  return {
    indicators: indicators.indicators,
    areas: areaIndex.areas,
    areasByDfeCode: areaIndex.areasByDfeCode,
    populations: populations.byArea,
    observations,
    targets,
    dfe,
    neighbourModels,
    ...(dfeIndicators === undefined ? {} : { dfeIndicators }),
    relations,
    warnings: log.warnings,
  };
}
