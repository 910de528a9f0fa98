import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { buildSite, type BuiltSite } from './build-site.ts';
import { recordLedger } from './record-ledger.ts';

/**
 * Builds one report of the example site alone, with the repository's theme, its councils' files (a
 * council's disclosure policy decides what its report withholds) and the whole of data/, in its own
 * scenario folder, so that seed page tests can run side by side without rebuilding each
 * other's site. Throws with Astro's output if the build fails.
 */
export function buildOneReport(slug: string, scenario: string): BuiltSite {
  rmSync(scenario, { recursive: true, force: true });
  mkdirSync(`${scenario}/content/reports`, { recursive: true });
  cpSync('content/theme.json', `${scenario}/content/theme.json`);
  cpSync('content/councils', `${scenario}/content/councils`, { recursive: true });
  cpSync(`content/reports/${slug}`, `${scenario}/content/reports/${slug}`, { recursive: true });
  cpSync('data', `${scenario}/data`, { recursive: true });
  recordLedger(scenario);
  const site = buildSite(scenario);
  if (!site.ok) throw new Error(site.output);
  return site;
}
