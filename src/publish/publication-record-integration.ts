import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LEDGER_FILE, type LedgerEntry } from './ledger.ts';
import { checkLedger } from './ledger-check.ts';
import { tagProblems } from './ledger-tags.ts';
import { siteRecord, SITE_RECORD } from './site-record.ts';
import { sitePathProblems } from './site-paths.ts';
import { plural } from '../engine/plural.ts';

/** One message for everything found, located at `file` (Astro prints an error's `loc`). */
function failure(title: string, problems: readonly string[], file: string): Error {
  const message = [title, ...problems.map((problem) => problem.split('\n').map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)).join('\n'))].join('\n');
  return Object.assign(new Error(message), { loc: { file } });
}

/**
 * Checks, before anything is read or rendered, that the site's files are the site's (no symbolic link
 * out of it, report folders named as addresses) and that every published version is as the ledger
 * recorded it (content/ledger.jsonl, and its git tags); a build that would drop or alter a recorded
 * version stops here. After the build, writes the ledger into the site as /versions.json, so that a
 * deployed copy can be checked against the record (npm run report:verify -- --site <folder>).
 */
export function publicationRecord(siteRoot: string): AstroIntegration {
  let command = 'build';
  let entries: LedgerEntry[] = [];
  return {
    name: 'tabled:publication-record',
    hooks: {
      'astro:config:setup': ({ command: running }) => {
        command = running;
      },
      'astro:config:done': async ({ logger }) => {
        if (command !== 'build') return;
        const paths = await sitePathProblems(siteRoot);
        if (paths.length > 0) throw failure('The site cannot be built from these files:', paths, resolve(siteRoot, 'content'));
        const check = await checkLedger(siteRoot);
        const problems = [...check.problems, ...(check.problems.length === 0 ? tagProblems(siteRoot, check.entries) : [])];
        if (problems.length > 0) throw failure(`The published versions do not match their publication record (${LEDGER_FILE}):`, problems, resolve(siteRoot, LEDGER_FILE));
        entries = check.entries;
        const versions = entries.filter((entry) => entry.type === 'version').length;
        const corrections = entries.length - versions;
        logger.info(`publication record: ${plural(versions, 'published version')}${corrections > 0 ? ` and ${plural(corrections, 'correction')}` : ''}, each as recorded`);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), SITE_RECORD), siteRecord(entries));
      },
    },
  };
}
