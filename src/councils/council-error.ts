import { formatProblem, type DataProblem } from '../data/problems.ts';

const WHAT_TO_DO =
  "Correct each field named above in the council's file in content/councils/ (line numbers count from 1), " +
  'then build again. Every field is described in docs/guides/publishers.md.';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Everything wrong with the councils' configuration, in the data layer's file:line format. */
export class CouncilError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    const files = new Set(problems.map((p) => p.file)).size;
    const lines = [`Council check failed: ${plural(problems.length, 'problem')} in ${plural(files, 'file')}`];
    for (const problem of problems) {
      lines.push(formatProblem(problem));
      if (problem.fix !== undefined) lines.push(`  fix: ${problem.fix}`);
    }
    lines.push(WHAT_TO_DO);
    super(lines.join('\n'));
    this.name = 'CouncilError';
    this.problems = problems;
  }
}
