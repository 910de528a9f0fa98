import { readFileSync } from 'node:fs';
import { themeSchema, type Theme } from './schema.ts';
// One WCAG contrast function for the whole project: the chart palette is checked with it too.
import { contrastRatio } from '../charts/contrast.ts';

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
    const ratio = contrastRatio(result.data.colours.brand, '#ffffff');
    if (ratio < 4.5) {
      problems.push(
        `${file} colours.brand: "${result.data.colours.brand}" has contrast ${ratio.toFixed(2)}:1 with white text; ` +
          'it needs at least 4.5:1 — choose a darker colour',
      );
    }
  }
  if (problems.length > 0 || !result.success) {
    throw new Error(`Theme check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.join('\n')}`);
  }
  return result.data;
}

export function loadTheme(path: string, displayName = path): Theme {
  return parseTheme(readFileSync(path, 'utf8'), displayName);
}
