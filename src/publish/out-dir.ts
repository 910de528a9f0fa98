import { existsSync, lstatSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Left in every output folder `npm run build` writes, so that a later build knows the folder is its own. */
export const BUILD_MARKER = '.tabled-build';
export const BUILD_MARKER_TEXT = 'Written by npm run build (Tabled). The next build replaces this folder whole.\n';

/** Folders of the project that hold what the build is made from. */
const PROJECT_SOURCES = ['content', 'data', 'src', 'public', 'scripts', 'test', 'docs', 'bench', 'node_modules', '.git'];
/** Those of a site kept elsewhere (TABLED_SITE), such as a test site inside test/. */
const SITE_SOURCES = ['content', 'data', '.git'];

/** A path with its symbolic links resolved as far as it exists. */
function real(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(existing.slice(dirname(existing).length + 1));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}${sep}`);
}

/**
 * Why the build may not use `target` as its output folder, or undefined when it may. The build replaces
 * its output whole and removes it when the build fails, so it must be a folder the build owns: one that
 * does not exist yet, is empty, is the site's dist/, or was written by an earlier build (it holds
 * BUILD_MARKER); never the site or the project, a folder holding them, or one inside their sources.
 */
export function outDirProblem(target: string, { root, project }: { root: string; project: string }): string | undefined {
  const out = real(target);
  const shown = relative(process.cwd(), out) || '.';
  const reason = `--outDir ${shown} is not a folder the build owns`;
  const fix = 'Give a new folder for the site, such as dist or ../site-build: the build deletes its output folder before writing it.';
  const [site, code] = [real(root), real(project)];
  for (const top of new Set([site, code])) {
    if (within(top, out)) return `${reason}: it holds the site's own files (${relative(process.cwd(), top) || '.'}), which the build would delete. ${fix}`;
  }
  // Judged by the innermost of the two that holds it: a test site's dist/ lies inside the project's test/.
  const top = within(out, site) ? site : within(out, code) ? code : undefined;
  for (const source of top === undefined ? [] : top === code ? PROJECT_SOURCES : SITE_SOURCES) {
    if (within(out, join(top ?? '', source))) return `${reason}: it is inside ${relative(process.cwd(), join(top ?? '', source))}/, whose files the build would delete. ${fix}`;
  }
  if (!existsSync(out)) return undefined;
  if (!lstatSync(out).isDirectory()) return `${reason}: it is a file, not a folder. ${fix}`;
  if (out === join(real(root), 'dist')) return undefined;
  const entries = readdirSync(out);
  if (entries.length === 0 || entries.includes(BUILD_MARKER)) return undefined;
  return `${reason}: it already holds files that no build of this site wrote (no ${BUILD_MARKER} in it), which the build would delete. ${fix}`;
}

/**
 * Puts a finished build (`building`, beside `target` on the same file system) in the target's place,
 * marked as the build's own; whatever was there before is removed only once the new one is in place.
 */
export function putInPlace(building: string, target: string): void {
  writeFileSync(join(building, BUILD_MARKER), BUILD_MARKER_TEXT);
  const previous = `${building}-previous`;
  try {
    renameSync(target, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  renameSync(building, target);
  rmSync(previous, { recursive: true, force: true });
}
