import { problemReport, type DataProblem } from '../problems.ts';

const WHAT_TO_DO =
  "Correct each field named above in the council's file in content/councils/ (line numbers count from 1), " +
  'then build again. Every field is described in docs/guides/publishers.md.';


/** Everything wrong with the councils' configuration, in the data layer's file:line format. */
export class CouncilError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    super(problemReport('Council check failed', problems, WHAT_TO_DO));
    this.name = 'CouncilError';
    this.problems = problems;
  }
}
