import { fileURLToPath } from 'node:url';
import { disagreements, formatDisagreements, siteMarks } from './consistency.ts';

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
        const marks = await siteMarks(fileURLToPath(dir));
        const found = disagreements(marks);
        if (found.length > 0) throw new Error(formatDisagreements(found));
        const figures = new Set(marks.map((m) => `${m.model}\u0000${m.key}`)).size;
        logger.info(`consistency check: ${marks.length} places show ${figures} figures, each with one value`);
      },
    },
  };
}
