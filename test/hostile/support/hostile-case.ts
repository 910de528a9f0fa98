import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** Checks on a file the command wrote (a download of the built site, say), relative to the case's site. */
const fileCheck = z.object({ contains: z.array(z.string()).default([]), lacks: z.array(z.string()).default([]) }).strict();

/**
 * `cases/<NN-name>/case.json`: one hostile input, as a change to a copy of the bad-input corpus's base
 * site, the real command run on it, and what it must do: refuse with a pinned message, or build with
 * the input neutralised (checked in the files it wrote).
 */
const caseSchema = z
  .object({
    /** What the attacker or the careless author tries, in a sentence. */
    about: z.string().min(1),
    /** Which item of the issue the case belongs to: authoring, downloads, record, limits, dates. */
    item: z.enum(['authoring', 'downloads', 'record', 'limits', 'dates']),
    /** base: test/bad-input/base. published: the base with its report published as version 1 (and recorded). */
    from: z.enum(['base', 'published']).default('base'),
    /** Put a built copy of the published site at deployed/ (for verify --site). */
    deployed: z.boolean().default(false),
    /** Text replacements, each of which must match exactly once, so a case cannot silently stop applying. */
    edit: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))).default({}),
    /** Replacements made wherever the text occurs (at least once): a figure as every record of it shows it. */
    replaceAll: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))).default({}),
    write: z.record(z.string(), z.string()).default({}),
    remove: z.array(z.string()).default([]),
    /** Large files written row by row: a header, then `count` rows of `row` with {i} replaced by the row's number. */
    generate: z.record(z.string(), z.object({ header: z.string(), row: z.string(), count: z.number().int().positive() }).strict()).default({}),
    /** Symbolic links to make: path in the site → target; {outside} is a folder outside the site. */
    symlink: z.record(z.string(), z.string()).default({}),
    /** Version folders whose version.json is recomputed after the edits, with sha256sum as docs/publishing.md shows. */
    reseal: z.array(z.string()).default([]),
    /** The npm script and its arguments; {site} is the case's site folder. Default: build. */
    run: z.array(z.string()).min(1).default(['build']),
    expect: z.enum(['refused', 'accepted']).default('refused'),
    /** Refused: the file (and line and column where there are some) the message must name. */
    where: z.string().min(1).optional(),
    /** Fragments the output must contain; the first is the message's core and must be printed exactly once. */
    says: z.array(z.string().min(1)).min(1),
    /** Accepted: files the command wrote and what they must and must not hold. */
    files: z.record(z.string(), fileCheck).default({}),
    /** Paths that must still be there afterwards (what the command must not have deleted). */
    keeps: z.array(z.string()).default([]),
    /** Paths the command must not leave behind. */
    leaves: z.array(z.string()).default([]),
  })
  .strict()
  .refine((c) => c.expect === 'accepted' || c.where !== undefined, { message: 'a refused case names where the message points' });

export type HostileCase = z.output<typeof caseSchema> & { name: string };

export const CASES_DIR = 'test/hostile/cases';

export function readCases(): HostileCase[] {
  return readdirSync(CASES_DIR)
    .sort()
    .map((name) => ({ name, ...caseSchema.parse(JSON.parse(readFileSync(join(CASES_DIR, name, 'case.json'), 'utf8'))) }));
}

/** Recomputes a version's version.json as someone covering their tracks would: sha256sum of each file, and of their listing. */
function reseal(dir: string): void {
  const listing = spawnSync('sh', ['-c', "find . -type f ! -name version.json | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum"], { cwd: dir, encoding: 'utf8' });
  if (listing.status !== 0) throw new Error(`sha256sum failed in ${dir}: ${listing.stderr}`);
  const checksum = spawnSync('sha256sum', { input: listing.stdout, encoding: 'utf8' }).stdout.split(' ')[0] ?? '';
  const files = Object.fromEntries(listing.stdout.trim().split('\n').map((line) => line.split('  ').reverse() as [string, string]));
  const record = JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'version.json'), `${JSON.stringify({ ...record, checksum, files }, null, 2)}\n`);
}

/**
 * Makes `site` a copy of `from` with the case's changes made, in this order: the deployed copy, large
 * files and links, then edits, whole files and removals (which may reach into deployed/), then reseals.
 */
export function applyHostileCase(hostile: HostileCase, { from, site, deployed, outside }: { from: string; site: string; deployed: string; outside: string }): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(from, site, { recursive: true, filter: (path) => !/[/\\](dist|\.astro-cache)$/.test(path) });
  if (hostile.deployed) cpSync(deployed, join(site, 'deployed'), { recursive: true });
  for (const [file, { header, row, count }] of Object.entries(hostile.generate)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    const chunks = [`${header}\n`];
    for (let i = 1; i <= count; i += 1) chunks.push(`${row.replaceAll('{i}', String(i))}\n`);
    writeFileSync(join(site, file), chunks.join(''));
  }
  for (const [path, target] of Object.entries(hostile.symlink)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    symlinkSync(target.replaceAll('{outside}', outside), join(site, path));
  }
  for (const [file, replacements] of Object.entries(hostile.edit)) {
    let text = readFileSync(join(site, file), 'utf8');
    for (const [find, replace] of replacements) {
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`${hostile.name}: "${find}" occurs ${count} times in ${file}, not once`);
      text = text.replace(find, () => replace);
    }
    writeFileSync(join(site, file), text);
  }
  for (const [file, replacements] of Object.entries(hostile.replaceAll)) {
    let text = readFileSync(join(site, file), 'utf8');
    for (const [find, replace] of replacements) {
      if (!text.includes(find)) throw new Error(`${hostile.name}: "${find}" does not occur in ${file}`);
      text = text.replaceAll(find, replace);
    }
    writeFileSync(join(site, file), text);
  }
  for (const [file, text] of Object.entries(hostile.write)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  for (const file of hostile.remove) {
    if (!existsSync(join(site, file))) throw new Error(`${hostile.name}: ${file} is not there, so removing it changes nothing`);
    rmSync(join(site, file), { recursive: true });
  }
  for (const folder of hostile.reseal) reseal(join(site, folder));
}
