/**
 * A worker thread that scans its share of a built site's files for scanDistOnThreads. Node loads this
 * file directly (type stripping), so its imports are the scanner's own modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanFiles } from './scan-files.ts';
import type { SecretList } from './suppressed-figure.ts';

export interface ScanWork {
  dir: string;
  paths: string[];
  secrets: SecretList;
}

if (parentPort === null) throw new Error('scan-worker.ts runs as a worker thread of scanDistOnThreads, not on its own');
const { dir, paths, secrets } = workerData as ScanWork;
parentPort.postMessage(scanFiles(dir, paths, secrets));
