import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';

/** The jar from the npm package vnu-jar; its install script (which downloads a Java) is not run. */
const vnuJar: string = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env['TABLED_JAVA'] ?? 'java';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export interface NuError {
  /** The file, relative to the folder checked, e.g. `reports/x/index.html`. */
  file: string;
  line: number;
  message: string;
}

/**
 * The W3C Nu HTML Checker's errors for every HTML file under a folder (warnings are left out): one
 * run of `java -jar vnu.jar`, which checks a few hundred pages in seconds.
 */
export function nuErrors(directory: string): NuError[] {
  const root = resolve(directory);
  const run = spawnSync(java, ['-jar', vnuJar, '--format', 'json', '--skip-non-html', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Nu HTML Checker: cannot run ${java} (${run.error.message}). Install Java 17 or later: apt-get install -y openjdk-17-jre-headless (or set TABLED_JAVA).`);
  let messages: NuMessage[];
  try {
    // The checker writes its JSON report to standard error and exits 1 when it finds an error.
    messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`Nu HTML Checker gave no JSON report (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
  return messages
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const path = m.url === undefined ? '' : decodeURIComponent(new URL(m.url).pathname);
      return { file: path === '' ? '(no file)' : relative(root, path).split(sep).join('/'), line: m.lastLine ?? 0, message: m.message };
    });
}

export function formatNuError(error: NuError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}
