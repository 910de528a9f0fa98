import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const fileText = z.union([z.string(), z.object({ latin1: z.string() }).strict(), z.object({ utf16le: z.string() }).strict()]);

/** `cases/<NN-name>/case.json`: one bad input, as a change to a copy of `base/` and the message it must give. */
const caseSchema = z
  .object({
    /** What is wrong, in a sentence. */
    about: z.string().min(1),
    /** The npm script and its arguments; default `build`. */
    run: z.array(z.string()).min(1).default(['build']),
    /** Start from the base with version 1 of its report already published (amend and verify cases). */
    published: z.boolean().default(false),
    /** Put the base's good dist/ in place first, to prove a failed build removes it. */
    staleDist: z.boolean().default(false),
    /** Text replacements, each of which must match exactly once, so a case cannot silently stop applying. */
    edit: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))).default({}),
    /** Whole files written as given (text is UTF-8 unless marked latin1 or utf16le). */
    write: z.record(z.string(), fileText).default({}),
    remove: z.array(z.string()).default([]),
    /** The file, with its line where the input has lines, that the message must name. */
    where: z.string().min(1),
    /** Fragments the message must contain; the first is its core and must be printed exactly once. */
    says: z.array(z.string().min(1)).min(1),
    /** Files or folders the command must not leave behind, relative to the site. */
    leaves: z.array(z.string()).default([]),
    /** Why the message is not yet clear enough to pin: the case is listed as a test to do until it is. */
    pending: z.string().min(1).optional(),
  })
  .strict();

export type BadInputCase = z.output<typeof caseSchema> & { name: string };

export const CASES_DIR = 'test/bad-input/cases';
export const BASE_DIR = 'test/bad-input/base';

export function readCases(): BadInputCase[] {
  return readdirSync(CASES_DIR)
    .sort()
    .map((name) => ({ name, ...caseSchema.parse(JSON.parse(readFileSync(join(CASES_DIR, name, 'case.json'), 'utf8'))) }));
}

function encoded(text: z.output<typeof fileText>): Buffer {
  if (typeof text === 'string') return Buffer.from(text, 'utf8');
  if ('latin1' in text) return Buffer.from(text.latin1, 'latin1');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.utf16le, 'utf16le')]);
}

/** Makes `site` a copy of `from` with the case's one change applied. */
export function applyCase(badCase: BadInputCase, from: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(from, site, { recursive: true, filter: (path) => !/[/\\](dist|\.astro-cache)$/.test(path) });
  for (const [file, replacements] of Object.entries(badCase.edit)) {
    let text = readFileSync(join(site, file), 'utf8');
    for (const [find, replace] of replacements) {
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`${badCase.name}: "${find}" occurs ${count} times in ${file}, not once`);
      text = text.replace(find, () => replace);
    }
    writeFileSync(join(site, file), text);
  }
  for (const [file, text] of Object.entries(badCase.write)) writeFileSync(join(site, file), encoded(text));
  for (const file of badCase.remove) {
    if (!existsSync(join(site, file))) throw new Error(`${badCase.name}: ${file} is not in the base, so removing it changes nothing`);
    rmSync(join(site, file), { recursive: true });
  }
}
