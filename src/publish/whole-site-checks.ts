import type { AstroIntegration } from 'astro';
import { consistencyCheck } from '../disclosure/consistency-integration.ts';
import { disclosureCheck } from '../disclosure/disclosure-integration.ts';
import { linkCheck } from './links/link-check-integration.ts';
import { pagefindIndex } from './search/pagefind-integration.ts';

/**
 * What must read the whole site, in order: the search index, the one-value check, the link check and
 * the disclosure scan (begun on other threads before the index, judged last). A whole build runs them
 * as integrations; a sharded build runs the same on the joined shards (src/publish/shards/).
 */
export function wholeSiteChecks(siteRoot: string): AstroIntegration[] {
  const disclosure = disclosureCheck(siteRoot);
  return [disclosure.begin as AstroIntegration, pagefindIndex(), consistencyCheck() as AstroIntegration, linkCheck() as AstroIntegration, disclosure.check as AstroIntegration];
}
