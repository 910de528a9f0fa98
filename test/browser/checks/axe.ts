import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the issue asks for, and no best-practice rules. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

/** One element that breaks one rule. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  target: string;
  html: string;
}

/** Runs axe-core on the page (which must come from `browser.newContext()`), one finding per element. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags([...wcagTags]).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      target: node.target.map(String).join(' > '),
      html: node.html.length > 160 ? `${node.html.slice(0, 159)}…` : node.html,
    })),
  );
}

/** `color-contrast (serious): Elements must meet minimum color contrast ratio thresholds, at .meta: <span …>` */
export function formatAxeFinding(finding: AxeFinding): string {
  return `${finding.rule} (${finding.impact}): ${finding.help}, at ${finding.target}: ${finding.html}`;
}
