import { readFileSync } from 'node:fs';
import { themeSchema, type Theme } from './schema.ts';
import { colourProblems } from './colour-problems.ts';
import { plural } from '../../engine/plural.ts';

/** Reads and checks the theme; throws one message that lists every problem and how to fix it. */
export function parseTheme(json: string, file: string): Theme {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`Theme check failed: ${file} is not valid JSON (${(error as Error).message}).`);
  }
  const result = themeSchema.safeParse(raw, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      problems.push(`${file} ${where}: ${issue.message}`);
    }
  } else {
    for (const problem of colourProblems(result.data.colours)) problems.push(`${file} colours.${problem.field}: ${problem.message}`);
  }
  if (problems.length > 0 || !result.success) {
    throw new Error(`Theme check failed: ${plural(problems.length, 'problem')}\n${problems.join('\n')}`);
  }
  return result.data;
}

export function loadTheme(path: string, displayName = path): Theme {
  return parseTheme(readFileSync(path, 'utf8'), displayName);
}
