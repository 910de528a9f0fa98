import { readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSlug, SLUG_RULE, suggestSlug } from '../data/reports/slug.ts';
import { reportIds } from './report-folders.ts';

/** The folders of a site the build reads. */
const READ_FOLDERS = ['content', 'data'];

function posix(path: string): string {
  return path.split(sep).join('/');
}

/** The repository that holds Tabled and its sites: the example site's data/ is as reviewable as a site's own. */
const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Symbolic links under the site's content/ and data/ that lead out of the site: the build would read
 * and publish whatever they point at (another checkout, a home folder, /etc), which no review of the
 * repository shows. Links that stay inside the site are left alone, as are links to the repository's
 * own committed files (the national site reads the example site's data/ so), but not into a hidden
 * folder or node_modules, which a review does not show either.
 */
async function linksOut(root: string): Promise<string[]> {
  const top = await realpath(root);
  const repository = await realpath(REPOSITORY);
  const inRepository = (target: string): boolean =>
    target.startsWith(`${repository}${sep}`) && !relative(repository, target).split(sep).some((part) => part.startsWith('.') || part === 'node_modules');
  const problems: string[] = [];
  for (const folder of READ_FOLDERS) {
    let entries;
    try {
      entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries.filter((e) => e.isSymbolicLink())) {
      const path = join(entry.parentPath, entry.name);
      const shown = posix(relative(root, path));
      let target: string;
      try {
        target = await realpath(path);
      } catch {
        problems.push(`${shown} is a symbolic link to nothing: remove it, or put the file itself there.`);
        continue;
      }
      if (target !== top && !target.startsWith(`${top}${sep}`) && !inRepository(target)) {
        problems.push(`${shown} is a symbolic link to ${target}, outside the site: the build reads only files kept in the site itself. Copy the files in instead of linking to them.`);
      }
    }
  }
  return problems;
}

/** Report folders whose names would not make clean addresses (/reports/<id>/). */
async function badReportIds(root: string): Promise<string[]> {
  return (await reportIds(root))
    .filter((id) => !isSlug(id))
    .map((id) => `content/reports/${id} is not a report id: a report's folder must be named with ${SLUG_RULE}, since it becomes the report's address. Rename the folder, e.g. to content/reports/${suggestSlug(id)}.`);
}

/** Every problem with where the site's files are and what they are called, before anything is read. */
export async function sitePathProblems(root: string): Promise<string[]> {
  return [...(await linksOut(root)), ...(await badReportIds(root))];
}
