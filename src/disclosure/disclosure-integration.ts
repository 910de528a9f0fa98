import { fileURLToPath } from 'node:url';
import { formatNotes } from './format-notes.ts';
import { formatLeaks } from './leak.ts';
import { scanDistOnThreads } from './scan-dist.ts';
import { siteSecrets } from './site-secrets.ts';

interface BuildDoneOptions {
  dir: URL;
  logger: { info(message: string): void; warn(message: string): void };
}

/**
 * An Astro integration (a plain object, so this folder imports nothing from Astro) that scans the
 * finished build and fails it, listing every leak, when a withheld figure can be read or worked out.
 * It runs after every other integration's output is written (search index, feeds, downloads), as
 * long as it is registered last.
 */
export function disclosureCheck(siteRoot: string) {
  return {
    name: 'tabled:disclosure-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }: BuildDoneOptions) => {
        const secrets = await siteSecrets(siteRoot);
        const result = await scanDistOnThreads(fileURLToPath(dir), secrets);
        for (const line of formatNotes(result.notes)) logger.info(line);
        if (result.leaks.length > 0) throw new Error(formatLeaks(result.leaks));
        logger.info(`disclosure check: ${result.files} files read, ${secrets.figures.length} withheld figures, none can be read or worked out`);
      },
    },
  };
}
