import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

type Hook = (options: unknown) => unknown;

/**
 * Runs integrations' build hooks on a folder outside an Astro build: each is told the site's address
 * (`astro:config:done`) and then given the folder (`astro:build:done`), in the order Astro would.
 * Only for this project's own integrations, which read no more of those hooks' options than these.
 */
export async function runBuildChecks(integrations: readonly AstroIntegration[], dir: string, site: string | undefined, log: (line: string) => void): Promise<void> {
  const logger = (name: string) => ({ info: (message: string) => log(`[${name}] ${message}`), warn: (message: string) => log(`[${name}] ${message}`) });
  for (const integration of integrations) {
    const configDone = integration.hooks['astro:config:done'] as Hook | undefined;
    await configDone?.({ config: { site }, logger: logger(integration.name) });
  }
  const url = pathToFileURL(`${dir.replace(/\/$/, '')}/`);
  for (const integration of integrations) {
    const buildDone = integration.hooks['astro:build:done'] as Hook | undefined;
    await buildDone?.({ dir: url, logger: logger(integration.name) });
  }
}
