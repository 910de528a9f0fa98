import type { Dataset } from '../../data/dataset.ts';
import type { NeighbourGroup } from '../../data/neighbours.ts';

/** A DfE statistical-neighbour model and the first reporting year it is the model of. */
export interface NeighbourModelInfo {
  /** File name under the DfE folder. */
  file: string;
  /** In words, for the page: "DfE's statistical neighbour groupings of April 2021". */
  name: string;
  from: number;
  /** The day from which councils compare with it (YYYY-MM-DD): a report uses the model in force at its meeting. */
  inForce: string;
}

/**
 * The models in use over time, latest last. DfE replaced its 2014 groupings in April 2021 and
 * published a new model in 2025; the 2014 groupings are not in data/dfe, so years before 2021 have
 * no model here rather than a later one standing in for it.
 */
export const NEIGHBOUR_MODELS: readonly NeighbourModelInfo[] = [
  { file: 'New_Statistical_Neighbour_Groupings_April_2021.csv', name: "DfE's statistical neighbour groupings of April 2021", from: 2021, inForce: '2021-04-01' },
  { file: 'sn_model_2025_wide.csv', name: "DfE's 2025 statistical neighbour model", from: 2025, inForce: '2025-04-01' },
];

export interface NeighbourModelInUse extends NeighbourModelInfo {
  /** The model's path as the dataset names it. */
  path: string;
  groups: ReadonlyMap<string, NeighbourGroup>;
}

/** The model of the time for a reporting year, or undefined when none in the dataset covers it. */
export function neighbourModelFor(dataset: Pick<Dataset, 'neighbourModels'>, year: number): NeighbourModelInUse | undefined {
  const info = NEIGHBOUR_MODELS.filter((model) => model.from <= year).at(-1);
  if (info === undefined) return undefined;
  for (const [path, groups] of dataset.neighbourModels) {
    if (path === info.file || path.endsWith(`/${info.file}`)) return { ...info, path, groups };
  }
  return undefined;
}

/**
 * The model in force on a day (a report's meeting date), or undefined when none in the dataset had come
 * into force by then.
 */
export function neighbourModelAt(dataset: Pick<Dataset, 'neighbourModels'>, day: string): NeighbourModelInUse | undefined {
  const info = NEIGHBOUR_MODELS.filter((model) => model.inForce <= day).at(-1);
  return info === undefined ? undefined : neighbourModelFor(dataset, info.from);
}
