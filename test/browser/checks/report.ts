import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where browser tests leave what a person may want to look at: not committed (test-results/ is ignored). */
export const artifactsDir = 'test-results/browser';

/** `/reports/x/` → `reports-x`, `/` → `home`: a file name for a page's screenshots. */
export function pageSlug(path: string): string {
  return path.replace(/\.html$/, '').replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
}

export interface PageResult {
  page: string;
  /** axe violations, one per element. */
  violations: number;
  /** Problems found by each check beyond axe, by check name. */
  problems: Record<string, number>;
}

/** A table of every page checked, its axe violation count and the other checks' problem counts. */
export function formatReport(results: readonly PageResult[]): string {
  const checks = [...new Set(results.flatMap((r) => Object.keys(r.problems)))].sort();
  const lines = [
    '# Browser accessibility report',
    '',
    `axe-core with WCAG 2.0, 2.1 and 2.2 A and AA rules; ${results.length} pages.`,
    '',
    `| page | axe violations | ${checks.join(' | ')} |`,
    `| --- | ---: | ${checks.map(() => '---:').join(' | ')} |`,
    ...results.map((r) => `| ${r.page} | ${r.violations} | ${checks.map((c) => String(r.problems[c] ?? '–')).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export function writeReport(results: readonly PageResult[]): string {
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, 'report.md');
  writeFileSync(file, formatReport(results));
  writeFileSync(join(artifactsDir, 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
