import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' });

/**
 * A dated correction of a published version's page, when the site's rules changed what it must show
 * (a figure that gave a withheld one away, a comparator now taken from DfE's files): each changed figure
 * in words, as published and as now shown. The version's frozen figures stay as published.
 */
export const correctionSchema = z
  .object({
    date: day,
    note: z.string().min(1),
    changes: z.array(z.object({ figure: z.string().min(1), before: z.string().nullable(), after: z.string().nullable() }).strict()).min(1),
  })
  .strict();

export type Correction = z.output<typeof correctionSchema>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 written as 64 lowercase hex digits' });

/** The facts of one published version, kept in its folder as version.json. */
export const versionRecordSchema = z
  .object({
    /** 1 for the first publication, then one more for each amendment. */
    version: z.number().int().positive(),
    /** The day it was published, YYYY-MM-DD, as given to the publishing command. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' }),
    /** What an amendment changed and why; the first version has none. */
    note: z.string().min(1).optional(),
    /** checksumOf(files): one hash for every frozen file. */
    checksum: sha256,
    /** The SHA-256 of each frozen file, so a changed file can be named. */
    files: z.record(z.string(), sha256),
    /** Corrections of the page since, oldest first. */
    corrections: z.array(correctionSchema).optional(),
  })
  .strict();

export type VersionRecord = z.output<typeof versionRecordSchema>;

export const VERSION_FILE = 'version.json';
export const FIGURES_FILE = 'figures.json';

export async function readVersionRecord(dir: string): Promise<VersionRecord> {
  const path = join(dir, VERSION_FILE);
  const parsed = versionRecordSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${path} is not a valid version record:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
