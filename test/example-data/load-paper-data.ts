import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type Dataset, type Observation } from '../../src/data/index.ts';
import { formatPeriod } from '../../src/engine/periods.ts';
import { ROOT } from './read-example-data.ts';

const CATALOGUE = ['indicators.csv', 'areas.csv', 'populations.csv', 'targets.csv'] as const;

/**
 * Loads one paper's observations through the real data layer, with the committed catalogue, areas,
 * populations and targets. The other observation files are left out so that a paper's test is about
 * that paper: a colleague's half-finished file elsewhere in data/ does not fail it.
 */
export async function loadPaperData(observationsFile: string): Promise<Dataset> {
  const root = mkdtempSync(join(tmpdir(), 'tabled-paper-'));
  mkdirSync(join(root, 'data', 'observations'), { recursive: true });
  const repository = fileURLToPath(ROOT);
  for (const name of CATALOGUE) {
    const from = join(repository, 'data', name);
    if (existsSync(from)) copyFileSync(from, join(root, 'data', name));
  }
  copyFileSync(join(repository, 'data', 'observations', observationsFile), join(root, 'data', 'observations', observationsFile));
  return loadDataset({ root });
}

export interface Where {
  indicator: string;
  /** ONS or DfE code; matched to the area's ONS code as the loader does. */
  area: string;
  /** Canonical period text, e.g. `2013/14 Q1-Q2`. */
  period: string;
  breakdown?: string;
}

/** Every observation at one indicator × area × period × breakdown (the loader allows at most one). */
export function observationsAt(dataset: Dataset, where: Where): Observation[] {
  const area = dataset.areas.get(where.area) ?? dataset.areasByDfeCode.get(where.area);
  return dataset.observations.filter(
    (o) =>
      o.indicator === where.indicator &&
      o.area === area?.code &&
      formatPeriod(o.period) === where.period &&
      (o.breakdown ?? '') === (where.breakdown ?? ''),
  );
}

/** The cells of an observation as written in the file, blank where empty, to compare with the paper as text. */
export function cellsOf(observation: Observation | undefined): { numerator: string; denominator: string; value: string; marker: string } {
  return {
    numerator: observation?.numerator?.raw ?? '',
    denominator: observation?.denominator?.raw ?? '',
    value: observation?.value?.raw ?? '',
    marker: observation?.marker ?? '',
  };
}
