import { fileURLToPath } from 'node:url';
import { formatDisagreements, siteAgreement } from './consistency.ts';

interface BuildDoneOptions {
  dir: URL;
  logger: { info(message: string): void };
}

/**
 * An Astro integration (a plain object: this folder imports nothing from Astro) that reads every page
 * and download the build wrote and fails it when one figure of one model shows two values: a second
 * line behind the page's own record, which catches a component that prints what the model did not give.
 */
export function consistencyCheck() {
  return {
    name: 'tabled:consistency-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }: BuildDoneOptions) => {
        const agreement = await siteAgreement(fileURLToPath(dir));
        if (agreement.found.length > 0) throw new Error(formatDisagreements(agreement.found));
        logger.info(`consistency check: ${agreement.places} places show ${agreement.figures} figures, each with one value`);
      },
    },
  };
}
