import type { z } from 'zod';
import { posix } from 'node:path';
import type { DataProblem } from '../problems.ts';
import { isSlug, SLUG_RULE, suggestSlug } from '../reports/slug.ts';
import { colourProblems } from '../theme/colour-problems.ts';
import { jsonLines, lineOf } from './json-lines.ts';
import { councilSchema, type Council } from './schema.ts';

export interface ReadCouncil {
  /** Set only when the file has no problem at all. */
  council?: Council;
  /** The line of each key, for later checks that compare files with data/. */
  lines: ReadonlyMap<string, number>;
  problems: DataProblem[];
}

/** JSON.parse says "… (line 3 column 5)" in Node 22; older wording gives only a position. */
function syntaxLine(message: string, text: string): number {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? 0 : text.slice(0, Number(position)).split('\n').length;
}

function issueProblem(issue: z.core.$ZodIssue, file: string, lines: ReadonlyMap<string, number>): DataProblem {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const first = issue.keys[0] ?? '';
    return {
      file,
      line: lineOf(lines, [...issue.path, first]),
      message: `${where}: ${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of a council`,
      fix: 'remove it, or correct its spelling: the fields are listed in docs/guides/publishers.md',
    };
  }
  return { file, line: lineOf(lines, issue.path), message: `${where}: ${issue.message}` };
}

/**
 * Reads one council's JSON and checks it alone: its fields, and its colours for contrast the same
 * way as the site's theme. Collects every problem rather than stopping at the first.
 */
export function readCouncil(json: string, file: string): ReadCouncil {
  const slug = posix.basename(file, '.json');
  if (!isSlug(slug)) {
    return {
      lines: new Map(),
      problems: [{ file, line: 0, message: `is not named by a council slug: "${slug}" must be ${SLUG_RULE}`, fix: `rename the file, e.g. to ${posix.join(posix.dirname(file), `${suggestSlug(slug, 'council')}.json`)}` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    return {
      lines: new Map(),
      problems: [{ file, line: syntaxLine(message, json), message: `is not valid JSON (${message})`, fix: 'check for a missing comma or quote, or a comma after the last item' }],
    };
  }
  const lines = jsonLines(json);
  const result = councilSchema.safeParse(raw, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
  if (!result.success) return { lines, problems: result.error.issues.map((issue) => issueProblem(issue, file, lines)) };
  const council = result.data;
  const problems: DataProblem[] = colourProblems(council.theme.colours).map((problem) => ({
    file,
    line: lineOf(lines, ['theme', 'colours', problem.field]),
    message: `theme.colours.${problem.field}: ${problem.message}`,
  }));
  const fictional = council.code.startsWith('X');
  if (fictional && council.dfeCode !== undefined) {
    problems.push({ file, line: lineOf(lines, ['dfeCode']), message: `dfeCode: "${council.dfeCode}" given for a fictional council (${council.code})`, fix: 'remove dfeCode: DfE codes belong to real councils' });
  }
  if (fictional && council.neighbours !== undefined) {
    problems.push({ file, line: lineOf(lines, ['neighbours']), message: `neighbours: a fictional council (${council.code}) has no DfE statistical neighbours`, fix: "remove neighbours: never borrow a real council's neighbours for a fictional one" });
  }
  if (!fictional && council.neighbours !== undefined && council.dfeCode === undefined) {
    problems.push({ file, line: lineOf(lines, ['neighbours']), message: 'neighbours: listed, but the council has no dfeCode to find them by', fix: 'add the council\'s 3-digit DfE code as "dfeCode"' });
  }
  return problems.length > 0 ? { lines, problems } : { council, lines, problems };
}
