import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pushAll } from './bulk.ts';
import { placeLeaks } from './find-leaks.ts';
import type { Leak } from './leak.ts';
import type { Place } from './place.ts';
import { scanFiles, type FileScan } from './scan-files.ts';
import type { ScanWork } from './scan-worker.ts';
import type { SecretList } from './suppressed-figure.ts';
import { Vocabulary } from './vocabulary.ts';
import { SCAN_FILES_PER_THREAD, SCAN_THREAD_HEAP_MB } from '../adapters/build-tuning.ts';

export interface ScanResult {
  files: number;
  leaks: Leak[];
  /** Files or parts not read, and why: a reader of the result sees what was not checked. */
  notes: string[];
}

export interface ThreadOptions {
  /** Threads to read files on; by default one per core. */
  threads?: number;
  /** Fewest files worth a thread of their own: starting one costs about as much as reading 50 pages. */
  filesPerThread?: number;
}

/** A scan begun on other threads over the files written so far (beginScan), to be finished by finishScan. */
export interface BegunScan {
  dir: string;
  secrets: SecretList;
  /** Each file read early, with its size and time of change then: one changed since is read again. */
  stamps: Map<string, string>;
  shares: Promise<Map<string, FileScan>>[];
}

const WORKER = new URL('./scan-worker.ts', import.meta.url);

function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk(root);
  return found.sort();
}

function stamp(path: string): string {
  const stats = statSync(path);
  return `${stats.size}:${stats.mtimeMs}`;
}

/** The files' findings in the site's file order, whichever thread read them, then the leaks across files. */
function assemble(files: readonly string[], scans: ReadonlyMap<string, FileScan>, secrets: SecretList): ScanResult {
  const candidates: Place[] = [];
  const leaks: Leak[] = [];
  const notes: string[] = [];
  const published = new Set<number>();
  for (const path of files) {
    const scan = scans.get(path);
    if (scan === undefined) throw new Error(`disclosure scan: ${path} was not read`);
    pushAll(candidates, scan.candidates);
    pushAll(leaks, scan.leaks);
    pushAll(notes, scan.notes);
    for (const value of scan.published) published.add(value);
  }
  return { files: files.length, leaks: [...placeLeaks(candidates, secrets, new Vocabulary(secrets), published), ...leaks], notes };
}

function byPath(paths: readonly string[], scans: readonly FileScan[]): Map<string, FileScan> {
  return new Map(paths.map((path, i) => [path, scans[i] as FileScan]));
}

function onThread(work: ScanWork): Promise<Map<string, FileScan>> {
  return new Promise((resolve, reject) => {
    // Not the host's flags: a test runner's loaders and conditions are not meant for a bare worker.
    const worker = new Worker(WORKER, { workerData: work, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: SCAN_THREAD_HEAP_MB } });
    let reply: FileScan[] | undefined;
    worker.once('message', (scans: FileScan[]) => (reply = scans));
    worker.once('error', reject);
    worker.once('exit', (code) => (reply === undefined ? reject(new Error(`a disclosure scan thread stopped (exit code ${code}) before it finished`)) : resolve(byPath(work.paths, reply))));
  });
}

/**
 * Starts reading the files written so far on other threads and returns at once, so this thread can
 * go on writing (the search index) while they read. Too few files for a thread are left to finishScan.
 */
export function beginScan(dir: string, secrets: SecretList, { threads = availableParallelism(), filesPerThread = SCAN_FILES_PER_THREAD }: ThreadOptions = {}): BegunScan {
  const files = listFiles(dir);
  const n = Math.min(threads, Math.floor(files.length / filesPerThread));
  const stamps = new Map(n > 0 ? files.map((path) => [path, stamp(path)]) : []);
  // Every nth file from the kth: shares of about the same mix of pages, downloads and search files.
  const shares = Array.from({ length: n }, (_, k) => onThread({ dir, paths: files.filter((_, i) => i % n === k), secrets }));
  // A share that fails is read again in finishScan; until then its failure must not count as unhandled.
  for (const share of shares) share.catch(() => undefined);
  return { dir, secrets, stamps, shares };
}

/** Reads, on this thread, what the begun scan did not (files written or changed since), and judges the whole site. */
export async function finishScan({ dir, secrets, stamps, shares }: BegunScan): Promise<ScanResult> {
  const files = listFiles(dir);
  const late = files.filter((path) => !stamps.has(path) || stamps.get(path) !== stamp(path));
  const scans = byPath(late, scanFiles(dir, late, secrets));
  for (const share of await Promise.allSettled(shares)) {
    if (share.status === 'fulfilled') for (const [path, scan] of share.value) if (!scans.has(path)) scans.set(path, scan);
  }
  // A share whose thread failed (a file removed under it, a heap too small) is read again here, where
  // a failure stops the build with its own message.
  const missed = files.filter((path) => !scans.has(path));
  for (const [path, scan] of byPath(missed, scanFiles(dir, missed, secrets))) scans.set(path, scan);
  return assemble(files, scans, secrets);
}

/**
 * Reads every file of a built site and finds each withheld figure written where it is identified,
 * given away by a table's total, or worked out from a related rate and its published base; the files
 * are shared between threads (`threads: 0` reads them all on this one).
 */
export function scanDistOnThreads(dir: string, secrets: SecretList, options: ThreadOptions = {}): Promise<ScanResult> {
  return finishScan(beginScan(dir, secrets, options));
}
