import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { buildSite, type BuiltSite } from './build-site.ts';

export interface CouncilReport {
  /** The report's folder in content/reports/. */
  slug: string;
  /** The council's file in content/councils/, e.g. "darlington-borough-council.json". */
  council: string;
  /** The council's files in data/observations/. */
  observations: readonly string[];
  scenario: string;
}

/**
 * Builds one council's report with the real `astro build`, drafts included: the repository's theme,
 * the council's own file, and data/ with no observations but the council's. Other councils' figures
 * are left out so that what the page shows depends on this council's data and configuration alone
 * (another council's rows change the shared indicator pages, and what they withhold is theirs).
 * Throws with Astro's output if the build fails.
 */
export function buildCouncilReport(report: CouncilReport): BuiltSite {
  const { scenario } = report;
  rmSync(scenario, { recursive: true, force: true });
  mkdirSync(`${scenario}/content/reports`, { recursive: true });
  mkdirSync(`${scenario}/content/councils`);
  mkdirSync(`${scenario}/data/observations`, { recursive: true });
  cpSync('content/theme.json', `${scenario}/content/theme.json`);
  cpSync(`content/reports/${report.slug}`, `${scenario}/content/reports/${report.slug}`, { recursive: true });
  cpSync(`content/councils/${report.council}`, `${scenario}/content/councils/${report.council}`);
  for (const name of readdirSync('data')) {
    if (name !== 'observations') cpSync(`data/${name}`, `${scenario}/data/${name}`, { recursive: true });
  }
  for (const file of report.observations) cpSync(`data/observations/${file}`, `${scenario}/data/observations/${file}`);
  const site = buildSite(scenario, { TABLED_DRAFTS: '1' });
  if (!site.ok) throw new Error(site.output);
  return site;
}

/** The text of the summary card for an indicator on a built page, as a reader sees it. */
export function summaryCard(html: string, indicator: string, period: string): string {
  const cards = [...html.matchAll(/<section class="summary-card"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1] ?? '');
  const found = cards.find((card) => card.includes(`data-figure="${indicator}|`) && card.includes(`|${period}||value"`));
  if (found === undefined) throw new Error(`no summary card for ${indicator} at ${period}`);
  return found;
}
