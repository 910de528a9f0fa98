import { fileURLToPath } from 'node:url';
import { formatNotes } from './format-notes.ts';
import { formatLeaks } from './leak.ts';
import { beginScan, finishScan, type BegunScan } from './scan-dist.ts';
import { siteSecrets } from './site-secrets.ts';

interface BuildDoneOptions {
  dir: URL;
  logger: { info(message: string): void; warn(message: string): void };
}

/**
 * Astro integrations (plain objects, so this folder imports nothing from Astro) that scan the finished
 * build and fail it, listing every leak, when a withheld figure can be read or worked out. `begin`,
 * registered before the search index, starts reading the pages and downloads on other threads while
 * the index is written; `check`, registered last of all, reads what was written since (search index,
 * anything changed) and judges the whole site. A build with only `check` still scans everything.
 */
export function disclosureCheck(siteRoot: string) {
  let begun: BegunScan | undefined;
  const secrets = () => siteSecrets(siteRoot);
  return {
    begin: {
      name: 'tabled:disclosure-begin',
      hooks: {
        'astro:build:done': async ({ dir }: BuildDoneOptions) => {
          begun = beginScan(fileURLToPath(dir), await secrets());
        },
      },
    },
    check: {
      name: 'tabled:disclosure-check',
      hooks: {
        'astro:build:done': async ({ dir, logger }: BuildDoneOptions) => {
          const scan = begun ?? beginScan(fileURLToPath(dir), await secrets(), { threads: 0 });
          begun = undefined;
          const result = await finishScan(scan);
          for (const line of formatNotes(result.notes)) logger.info(line);
          if (result.leaks.length > 0) throw new Error(formatLeaks(result.leaks));
          logger.info(`disclosure check: ${result.files} files read, ${scan.secrets.figures.length} withheld figures, none can be read or worked out`);
        },
      },
    },
  };
}
