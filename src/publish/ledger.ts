import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The publication ledger: `content/ledger.jsonl`, one line per entry, only ever appended to. Each entry
 * holds the SHA-256 of the one before it (`prev`) and its own (`hash`, of everything else in it), so
 * changing, removing or reordering any entry changes every hash after it, and the last one, the head,
 * says what the whole record was. The head is anchored outside the working files: each version's git
 * tag records its entry, and every built site publishes the ledger as /versions.json, so a rewritten
 * record disagrees with the tags and with the deployed copy (see docs/publishing.md).
 */
export const LEDGER_FILE = 'content/ledger.jsonl';

/** `prev` of the first entry. */
export const GENESIS = '0'.repeat(64);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 written as 64 lowercase hex digits' });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' });

/** What every entry has: its place in the chain. */
const chained = { prev: sha256, hash: sha256 };

/**
 * A version published: `report:publish` (version 1) or `report:amend` (the next). Its `checksum` is
 * version.json's: over every frozen file (MDX, figures.json as bytes, data), so the ledger fixes the
 * files, and `published` and `note` are fixed by the ledger itself.
 */
export const versionEntrySchema = z
  .object({
    type: z.literal('version'),
    /** The report's id, its folder under content/reports. */
    report: z.string().min(1),
    version: z.number().int().positive(),
    /** The day it was published, YYYY-MM-DD. */
    published: isoDay,
    /** What an amendment changed and why; null for a first version. */
    note: z.string().min(1).nullable(),
    /** checksumOf(files) of the version's folder, as version.json gives it. */
    checksum: sha256,
    ...chained,
  })
  .strict();

/**
 * A dated correction of a published version's page, kept in the version's version.json
 * (`corrections`, oldest first) outside its files' checksum: the ledger fixes its date, its note and,
 * by `digest`, the whole of it. `correction` is its place in that list, from 1.
 */
export const correctionEntrySchema = z
  .object({
    type: z.literal('correction'),
    report: z.string().min(1),
    version: z.number().int().positive(),
    correction: z.number().int().positive(),
    /** The day of the correction, YYYY-MM-DD. */
    date: isoDay,
    note: z.string().min(1),
    /** SHA-256 of the correction's canonical JSON (canonicalJson), as version.json holds it. */
    digest: sha256,
    ...chained,
  })
  .strict();

/**
 * Every kind of entry. Another kind is another member here with its own `type`, and a case in
 * ledger-check.ts that checks it against the files; the chain, the tags and /versions.json treat every
 * kind alike. A ledger holding a kind this code does not know is refused, never skipped: an older
 * Tabled must not build a record it cannot check.
 */
export const ledgerEntrySchema = z.discriminatedUnion('type', [versionEntrySchema, correctionEntrySchema]);
const KINDS: readonly string[] = ['version', 'correction'];

export type VersionEntry = z.output<typeof versionEntrySchema>;
export type CorrectionEntry = z.output<typeof correctionEntrySchema>;
export type LedgerEntry = z.output<typeof ledgerEntrySchema>;
/** An entry before it is chained: what the caller knows. */
export type NewEntry = Omit<VersionEntry, 'prev' | 'hash'> | Omit<CorrectionEntry, 'prev' | 'hash'>;

/** An entry in words, for messages: "version 2 of x, published 2025-05-01 with checksum …". */
export function describeEntry(entry: LedgerEntry): string {
  if (entry.type === 'correction') return `correction ${entry.correction} of version ${entry.version} of ${entry.report}, dated ${entry.date}`;
  return `version ${entry.version} of ${entry.report}, published ${entry.published} with checksum ${entry.checksum}`;
}

/** The digest a correction entry records: of the correction as version.json holds it. */
export function correctionDigest(correction: unknown): string {
  return createHash('sha256').update(canonicalJson(correction)).digest('hex');
}

/** JSON with keys sorted and no spaces: one text per value, the same as `jq -cS` prints. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An entry's hash: SHA-256 of its canonical JSON without `hash` (`jq -cS 'del(.hash)' | tr -d '\n' | sha256sum`). */
export function entryHash(entry: Omit<LedgerEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...body } = entry;
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** The entry that follows `previous` (or starts the ledger), with its chain filled in. */
export function chain(entry: NewEntry, previous: LedgerEntry | undefined): LedgerEntry {
  const body = { ...entry, prev: previous?.hash ?? GENESIS };
  return { ...body, hash: entryHash(body) };
}

/** The line an entry is written as. */
export function ledgerLine(entry: LedgerEntry): string {
  return `${canonicalJson(entry)}\n`;
}

export interface ReadLedger {
  entries: LedgerEntry[];
  /** Each problem as `content/ledger.jsonl:<line> …`; an entry after a broken one is not read. */
  problems: string[];
  /** The ledger's text as read, '' when there is none. */
  text: string;
  exists: boolean;
}

/** The hash of the last entry, which stands for the whole record; GENESIS for an empty one. */
export function ledgerHead(entries: readonly LedgerEntry[]): string {
  return entries.at(-1)?.hash ?? GENESIS;
}

/**
 * Parses a ledger and checks its chain: each line an entry of a known kind, each `prev` the hash of the
 * entry before, each `hash` its own. `where` names the ledger in messages.
 */
export function parseLedger(text: string, where: string = LEDGER_FILE): Omit<ReadLedger, 'exists'> {
  const entries: LedgerEntry[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  if (text !== '' && !text.endsWith('\n')) problems.push(`${where}:${lines.length} does not end with a line break: an entry was cut short, or the file was edited by hand`);
  for (let index = 0; index < lines.length && problems.length === 0; index += 1) {
    const line = lines[index] ?? '';
    const at = `${where}:${index + 1}`;
    if (line === '') {
      if (index < lines.length - 1) problems.push(`${at} is blank: the ledger has one entry on every line`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      problems.push(`${at} is not a JSON entry (${(error as Error).message})`);
      break;
    }
    const type = (raw as { type?: unknown } | null)?.type;
    const parsed = ledgerEntrySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        typeof type === 'string' && !KINDS.includes(type)
          ? `${at} is an entry of kind "${type}", which this version of Tabled does not know how to check: update Tabled before building`
          : `${at} is not a ledger entry: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'} ${issue.message}`).join('; ')}`,
      );
      break;
    }
    const entry = parsed.data;
    const expectedPrev = entries.at(-1)?.hash ?? GENESIS;
    if (entry.prev !== expectedPrev) {
      problems.push(`${at} does not follow the entry before it: its prev is ${entry.prev}, but the entry before it has hash ${expectedPrev}. An entry has been removed, inserted or reordered`);
      break;
    }
    if (entryHash(entry) !== entry.hash) {
      problems.push(`${at} has been changed since it was written: its contents hash to ${entryHash(entry)}, not to the ${entry.hash} it records`);
      break;
    }
    entries.push(entry);
  }
  return { entries, problems, text };
}

/** Reads `content/ledger.jsonl` under `root`; a site that has never published has none. */
export async function readLedger(root: string): Promise<ReadLedger> {
  let text: string;
  try {
    text = await readFile(join(root, LEDGER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [], text: '', exists: false };
    throw error;
  }
  return { ...parseLedger(text), exists: true };
}

/** The ledger as it was before an append, to put back if what the append recorded is not published after all. */
export interface LedgerBefore {
  root: string;
  text: string;
  exists: boolean;
}

/**
 * Appends entries to the ledger, chained to its last one, after checking the chain so far; returns
 * them chained, and the ledger as it was. The only writer of the ledger besides `restoreLedger`.
 */
export async function appendToLedger(root: string, added: readonly NewEntry[]): Promise<{ entries: LedgerEntry[]; before: LedgerBefore }> {
  const ledger = await readLedger(root);
  if (ledger.problems.length > 0) throw new Error(`${ledger.problems.join('\n')}: the ledger must be whole before anything is added to it (git checkout -- ${LEDGER_FILE})`);
  const entries: LedgerEntry[] = [];
  let previous = ledger.entries.at(-1);
  for (const entry of added) {
    previous = chain(entry, previous);
    entries.push(previous);
  }
  await writeFile(join(root, LEDGER_FILE), `${ledger.text}${entries.map(ledgerLine).join('')}`);
  return { entries, before: { root, text: ledger.text, exists: ledger.exists } };
}

/** Puts the ledger back as it was before an append whose version was then not published. */
export async function restoreLedger(before: LedgerBefore): Promise<void> {
  const path = join(before.root, LEDGER_FILE);
  if (before.exists) await writeFile(path, before.text);
  else await rm(path, { force: true });
}
