import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pushAll } from './bulk.ts';
import { placeLeaks } from './find-leaks.ts';
import type { Leak } from './leak.ts';
import type { Place } from './place.ts';
import { scanFiles, type PartScan } from './scan-files.ts';
import type { ScanWork } from './scan-worker.ts';
import type { SecretList } from './suppressed-figure.ts';
import { Vocabulary } from './vocabulary.ts';

export interface ScanResult {
  files: number;
  leaks: Leak[];
  /** Files or parts not read, and why: a reader of the result sees what was not checked. */
  notes: string[];
}

export interface ThreadOptions {
  /** Threads to read files on, this one included; by default one per core. */
  threads?: number;
  /** Fewest files worth a thread of their own: starting one costs about as much as reading 50 pages. */
  filesPerThread?: number;
}

const WORKER = new URL('./scan-worker.ts', import.meta.url);
/** Old-generation heap of a scan thread, in MB: as much as the build's own (scripts/build.ts). */
const WORKER_HEAP_MB = 1536;

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

/** The files' findings in the site's file order, whichever thread read them, then the leaks across files. */
function assemble(parts: readonly PartScan[], fileCount: number, secrets: SecretList): ScanResult {
  const candidates: Place[] = [];
  const leaks: Leak[] = [];
  const notes: string[] = [];
  const published = new Set<number>();
  for (const part of parts) for (const value of part.published) published.add(value);
  for (let i = 0; i < fileCount; i += 1) {
    const file = parts[i % parts.length]?.files[Math.floor(i / parts.length)];
    if (file === undefined) throw new Error(`disclosure scan: no result for file ${i + 1} of ${fileCount}`);
    pushAll(candidates, file.candidates);
    pushAll(leaks, file.leaks);
    pushAll(notes, file.notes);
  }
  return { files: fileCount, leaks: [...placeLeaks(candidates, secrets, new Vocabulary(secrets), published), ...leaks], notes };
}

/** Every nth file from the kth: shares of about the same mix of pages, downloads and search files. */
function share(paths: readonly string[], k: number, n: number): string[] {
  return paths.filter((_, i) => i % n === k);
}

function onThread(work: ScanWork): Promise<PartScan> {
  return new Promise((resolve, reject) => {
    // Not the host's flags: a test runner's loaders and conditions are not meant for a bare worker.
    const worker = new Worker(WORKER, { workerData: work, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let reply: PartScan | undefined;
    worker.once('message', (part: PartScan) => (reply = part));
    worker.once('error', reject);
    worker.once('exit', (code) => (reply === undefined ? reject(new Error(`a disclosure scan thread stopped (exit code ${code}) before it finished`)) : resolve(reply)));
  });
}

/**
 * Reads every file of a built site and finds each withheld figure written where it is identified,
 * given away by a table's total, or worked out from a related rate and its published base.
 */
export function scanDist(dir: string, secrets: SecretList): ScanResult {
  const files = listFiles(dir);
  return assemble([scanFiles(dir, files, secrets)], files.length, secrets);
}

/**
 * scanDist with the files shared between threads, this one included: the same result, in less time
 * on more cores (it runs at the end of every build, when the page and chart threads are done).
 */
export async function scanDistOnThreads(dir: string, secrets: SecretList, { threads = availableParallelism(), filesPerThread = 100 }: ThreadOptions = {}): Promise<ScanResult> {
  const files = listFiles(dir);
  const n = Math.max(1, Math.min(threads, Math.floor(files.length / filesPerThread)));
  const others = Array.from({ length: n - 1 }, (_, k) => onThread({ dir, paths: share(files, k + 1, n), secrets }));
  // Read while the others start, and catch their failures now so none goes unhandled meanwhile.
  const settled = Promise.allSettled(others);
  const mine = scanFiles(dir, share(files, 0, n), secrets);
  const parts: PartScan[] = [mine];
  for (const result of await settled) {
    if (result.status === 'rejected') throw result.reason instanceof Error ? result.reason : new Error(String(result.reason));
    parts.push(result.value);
  }
  return assemble(parts, files.length, secrets);
}
